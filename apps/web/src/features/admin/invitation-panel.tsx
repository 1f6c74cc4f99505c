import { useEffect, useRef } from 'react';
import { Button, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyableField } from '../../app/copyable-field';
import { Warning } from '../../app/form-status';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { invitationLink } from '../account/invitation-link';
import classes from './admin.module.css';

export interface IssuedInvitation {
  token: string;
  expiresAt: string;
  account: { displayName: string; email: string };
}

/**
 * The invitation link to hand over: the product sends no email yet, so the administrator passes
 * it on. The token is in the answer only, so the link is shown this once.
 */
export function InvitationPanel({ invitation, onDone }: { invitation: IssuedInvitation; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const panelRef = useRef<HTMLDivElement>(null);
  // The link is what the administrator came for: read it next.
  useEffect(() => panelRef.current?.focus(), [invitation.token]);
  const link = invitationLink(window.location.origin, language, invitation.token);
  return (
    <div className={classes.panel} ref={panelRef} tabIndex={-1} role="region" aria-labelledby="invitation-link-title">
      <Title order={3} size="h4" id="invitation-link-title" mb="xs">
        {t('admin.invitation.title')} <bdi>{invitation.account.displayName}</bdi>
      </Title>
      <Text mb="xs">
        {t('admin.invitation.handOver')} <bdi>{invitation.account.displayName}</bdi> (
        <span dir="ltr">{invitation.account.email}</span>).{' '}
        {t('admin.invitation.expires', { date: formatDateTime(invitation.expiresAt, language) })}
      </Text>
      <Warning>{t('admin.invitation.once')}</Warning>
      <CopyableField label={t('admin.invitation.link')} value={link} />
      <Button variant="default" mt="md" onClick={onDone}>
        {t('admin.invitation.done')}
      </Button>
    </div>
  );
}

import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { ApiTokens } from './api-tokens';
import { ChangePasswordForm } from './change-password-form';
import { RequireViewer } from './require-viewer';
import { RoleLabel } from './role-label';
import type { Viewer } from './use-viewer';
import classes from './account.module.css';

/** The signed-in person's own account: who they are here, their password, their API tokens. */
export default function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  return <RequireViewer>{(viewer) => <Account viewer={viewer} />}</RequireViewer>;
}

function Account({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1} mb="lg">
        {t('account.title')}
      </Title>
      <section aria-labelledby="details-title">
        <Title order={2} id="details-title" mb="sm">
          {t('account.details.title')}
        </Title>
        <dl className={classes.details}>
          <dt>{t('account.details.name')}</dt>
          <dd>
            <bdi>{viewer.displayName}</bdi>
          </dd>
          <dt>{t('account.details.email')}</dt>
          <dd>
            <span dir="ltr">{viewer.email}</span>
          </dd>
          <dt>{t('account.details.roles')}</dt>
          <dd>
            {viewer.roles.length === 0 ? (
              t('account.details.noRoles')
            ) : (
              <ul className={classes.plainList}>
                {viewer.roles.map((grant) => (
                  <li key={grant.id}>
                    <RoleLabel grant={grant} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <Text size="sm" maw="48rem">
          {t('account.details.help')}
        </Text>
      </section>
      <ChangePasswordForm email={viewer.email} />
      <ApiTokens />
    </>
  );
}

import { Anchor, List, Text } from '@mantine/core';
import type { ContactKind, ContactVisibility } from '@roundtable/shared/pool';
import { useTranslation } from 'react-i18next';

export interface ContactEntry {
  kind: ContactKind;
  value: string;
  visibility: ContactVisibility;
}

function href(contact: ContactEntry): string | undefined {
  switch (contact.kind) {
    case 'EMAIL':
      return `mailto:${contact.value}`;
    case 'PHONE':
      return `tel:${contact.value.replace(/[\s-]/g, '')}`;
    case 'WEBSITE':
    case 'LINKEDIN':
      return /^https?:\/\//i.test(contact.value) ? contact.value : undefined;
    default:
      return undefined;
  }
}

/**
 * The contact details the API returned for this viewer: the person's choice is enforced there
 * (rule 5), so the page shows what it got and nothing more. Values read left to right.
 */
export function ContactList({
  contacts,
  showVisibility = false,
}: {
  contacts: readonly ContactEntry[];
  showVisibility?: boolean;
}) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Text size="sm">{t('pool.contacts.none')}</Text>;
  return (
    <List listStyleType="none" spacing={4} aria-label={t('pool.contacts.title')}>
      {contacts.map((contact) => {
        const link = href(contact);
        return (
          <List.Item key={`${contact.kind}:${contact.value}`}>
            {t(`pool.contactKind.${contact.kind}`)}
            {t('common.labelSeparator')}
            {link ? (
              <Anchor href={link} dir="ltr" rel="noopener noreferrer">
                {contact.value}
              </Anchor>
            ) : (
              <span dir="ltr">{contact.value}</span>
            )}
            {showVisibility && <> ({t(`pool.visibility.${contact.visibility}.short`)})</>}
          </List.Item>
        );
      })}
    </List>
  );
}

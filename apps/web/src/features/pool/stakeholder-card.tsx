import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import type { StakeholderCardFieldsFragment } from '../../gql/graphql';
import { SectorName } from '../forums/sector-label';
import { ContactList } from './contact-list';
import classes from './pool.module.css';

/** One person in the results: who they are, where they work, on what, and how to reach them if they allow it. */
export function StakeholderCard({ person }: { person: StakeholderCardFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `person-${person.id}`;
  return (
    <article className={classes.card} aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        <Anchor component={Link} to={`/${language}/pool/people/${person.id}`}>
          <Name value={person.name} />
        </Anchor>
      </Title>
      <dl className={classes.facts}>
        {person.title && (
          <>
            <dt>{t('pool.fields.title')}</dt>
            <dd>
              <Name value={person.title} />
            </dd>
          </>
        )}
        {person.organisation && (
          <>
            <dt>{t('pool.fields.organisation')}</dt>
            <dd>
              <Name value={person.organisation.name} />
            </dd>
          </>
        )}
        <dt>{t('pool.fields.sector')}</dt>
        <dd>
          <SectorName code={person.sector} />
        </dd>
        {person.topics.length > 0 && (
          <>
            <dt>{t('pool.fields.topics')}</dt>
            <dd>
              <NameList items={person.topics} />
            </dd>
          </>
        )}
        {person.districts.length > 0 && (
          <>
            <dt>{t('pool.fields.districts')}</dt>
            <dd>
              <NameList items={person.districts} />
            </dd>
          </>
        )}
        {person.contacts.length > 0 && (
          <>
            <dt>{t('pool.contacts.title')}</dt>
            <dd>
              <ContactList contacts={person.contacts} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}

/** Names separated by the language's list separator, each isolated. */
export function NameList({
  items,
}: {
  items: ReadonlyArray<{ code: string; name: Parameters<typeof Name>[0]['value'] }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {items.map((item, index) => (
        <span key={item.code}>
          {index > 0 && t('pool.listSeparator')}
          <Name value={item.name} />
        </span>
      ))}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, List, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { errorKind } from '../../app/error-code';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { PoolMatchesQuery, PoolProfileQuery } from '../../gql/graphql';
import { SectorName } from '../forums/sector-label';
import { useViewer } from '../account/use-viewer';
import { signInPath } from '../account/next-path';
import { ContactList } from './contact-list';
import { districtName, languageName } from './pool-labels';
import { STAKEHOLDER_MATCHES_QUERY, STAKEHOLDER_QUERY } from './pool.graphql';
import { NameList } from './stakeholder-card';
import classes from './pool.module.css';

type Profile = PoolProfileQuery['stakeholder'];
type Match = PoolMatchesQuery['stakeholderMatches'][number];

/** One person's profile: public, with contact details only as they allowed (rule 5). */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const localize = useLocalizedString();
  const { data, loading, error, refetch } = useQuery(STAKEHOLDER_QUERY, { variables: { id } });
  const profile = data?.stakeholder;
  useDocumentTitle(profile ? localize(profile.name) : error ? undefined : t('pool.profile.loading'));

  if (loading && !profile) return <Loading />;
  if (error && !profile) {
    if (errorKind(error) === 'NOT_FOUND' || errorKind(error) === 'BAD_USER_INPUT') return <NotFoundPage />;
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!profile) return null;
  return <Profile profile={profile} />;
}

function Profile({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { viewer } = useViewer();
  return (
    <>
      <Anchor component={Link} to={`/${language}/pool`} mb="sm" display="inline-block">
        {t('pool.profile.back')}
      </Anchor>
      <Title order={1} mb="xs">
        <Name value={profile.name} />
      </Title>
      {profile.title && (
        <Text size="lg" mb="md">
          <Name value={profile.title} />
        </Text>
      )}
      {profile.isMine && (
        <Text mb="md">
          <Anchor component={Link} to={`/${language}/pool/me`}>
            {t('pool.profile.editMine')}
          </Anchor>
        </Text>
      )}
      <section aria-labelledby="profile-about" className={classes.section}>
        <Title order={2} id="profile-about" mb="sm">
          {t('pool.profile.about')}
        </Title>
        <dl className={classes.facts}>
          {profile.organisation && (
            <>
              <dt>{t('pool.fields.organisation')}</dt>
              <dd>
                <Name value={profile.organisation.name} />
              </dd>
            </>
          )}
          <dt>{t('pool.fields.sector')}</dt>
          <dd>
            <SectorName code={profile.sector} />
          </dd>
          <dt>{t('pool.fields.topics')}</dt>
          <dd>{profile.topics.length ? <NameList items={profile.topics} /> : t('pool.profile.noneGiven')}</dd>
          <dt>{t('pool.fields.districts')}</dt>
          <dd>
            {profile.districts.length ? (
              <NameList
                items={profile.districts.map((district) => ({
                  code: district.code,
                  name: districtName(district.code),
                }))}
              />
            ) : (
              t('pool.profile.noneGiven')
            )}
          </dd>
          <dt>{t('pool.fields.languages')}</dt>
          <dd>
            {profile.languages.length
              ? profile.languages.map((code) => languageName(code, language)).join(t('pool.listSeparator'))
              : t('pool.profile.noneGiven')}
          </dd>
          {profile.expertise.length > 0 && (
            <>
              <dt>{t('pool.fields.expertise')}</dt>
              <dd dir="auto">{profile.expertise.join(t('pool.listSeparator'))}</dd>
            </>
          )}
          {profile.interests.length > 0 && (
            <>
              <dt>{t('pool.fields.interests')}</dt>
              <dd dir="auto">{profile.interests.join(t('pool.listSeparator'))}</dd>
            </>
          )}
          <dt>{t('pool.fields.openToConsultation')}</dt>
          <dd>{profile.openToConsultation ? t('pool.filters.yes') : t('pool.filters.no')}</dd>
          <dt>{t('pool.fields.openToSectorMove')}</dt>
          <dd>{profile.openToSectorMove ? t('pool.filters.yes') : t('pool.filters.no')}</dd>
        </dl>
        {profile.bio && (
          <Text mt="md" maw="48rem" dir="auto" style={{ whiteSpace: 'pre-line' }}>
            {profile.bio}
          </Text>
        )}
      </section>

      <section aria-labelledby="profile-contacts" className={classes.section}>
        <Title order={2} id="profile-contacts" mb="sm">
          {t('pool.contacts.title')}
        </Title>
        {profile.contacts.length === 0 && !viewer ? (
          <Text>{t('pool.profile.contactsSignIn')}</Text>
        ) : (
          <ContactList contacts={profile.contacts} showVisibility={profile.isMine} />
        )}
      </section>

      <Positions profile={profile} />
      <Matches profile={profile} signedIn={viewer !== null} />
    </>
  );
}

/** The roles they held, latest first, and how many times they moved between sectors. */
function Positions({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="profile-positions" className={classes.section}>
      <Title order={2} id="profile-positions" mb="sm">
        {t('pool.profile.positions')}
      </Title>
      <Text mb="sm">
        {t('pool.profile.sectorMoves', {
          count: profile.sectorMoves,
          formatted: formatNumber(profile.sectorMoves, language),
        })}
      </Text>
      {profile.positions.length === 0 ? (
        <Text>{t('pool.profile.noPositions')}</Text>
      ) : (
        <List spacing="xs">
          {profile.positions.map((position, index) => (
            <List.Item key={`${position.startYear}-${index}`}>
              <bdi dir="auto">{position.title}</bdi>
              {position.organisationName && (
                <>
                  {t('pool.listSeparator')}
                  <bdi dir="auto">{position.organisationName}</bdi>
                </>
              )}
              {t('pool.listSeparator')}
              <SectorName code={position.sector} />
              {t('pool.listSeparator')}
              <bdi dir="ltr">
                {position.endYear != null
                  ? `${position.startYear}–${position.endYear}`
                  : t('pool.profile.since', { year: position.startYear })}
              </bdi>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

/** Partners from the other sectors, each with why (docs/pool.md, "Matches"); for signed-in accounts. */
function Matches({ profile, signedIn }: { profile: Profile; signedIn: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="profile-matches" className={classes.section}>
      <Title order={2} id="profile-matches" mb="sm">
        {t('pool.matches.title')}
      </Title>
      {signedIn ? (
        <MatchList personId={profile.id} />
      ) : (
        <Text>
          {t('pool.matches.signIn')}{' '}
          <Anchor component={Link} to={signInPath(language, `/${language}/pool/people/${profile.id}`)}>
            {t('pool.matches.signInLink')}
          </Anchor>
        </Text>
      )}
    </section>
  );
}

function MatchList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(STAKEHOLDER_MATCHES_QUERY, { variables: { personId } });
  const matches = data?.stakeholderMatches;
  if (loading && !matches) return <Loading />;
  if (error && !matches) return <QueryError error={error} onRetry={retry(refetch)} />;
  if (!matches?.length) return <Text>{t('pool.matches.none')}</Text>;
  return (
    <ul className={classes.results}>
      {matches.map((match) => (
        <li key={match.stakeholder.id}>
          <MatchCard match={match} />
        </li>
      ))}
    </ul>
  );
}

function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { stakeholder, reason } = match;
  const headingId = `match-${stakeholder.id}`;
  return (
    <article className={classes.card} aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        <Anchor component={Link} to={`/${language}/pool/people/${stakeholder.id}`}>
          <Name value={stakeholder.name} />
        </Anchor>
      </Title>
      {(stakeholder.title || stakeholder.organisation) && (
        <Text size="sm">
          {stakeholder.title && <Name value={stakeholder.title} />}
          {stakeholder.title && stakeholder.organisation && t('pool.listSeparator')}
          {stakeholder.organisation && <Name value={stakeholder.organisation.name} />}
        </Text>
      )}
      <Text fw={600} mt="xs">
        {t('pool.matches.why')}
      </Text>
      <List spacing={2} size="sm">
        <List.Item>
          {t('pool.matches.sector')}
          {t('common.labelSeparator')}
          <SectorName code={reason.sector} />
          {reason.complementarySector && <> ({t('pool.matches.complementary')})</>}
        </List.Item>
        {reason.sharedTopics.length > 0 && (
          <List.Item>
            {t('pool.matches.sharedTopics')}
            {t('common.labelSeparator')}
            <NameList items={reason.sharedTopics} />
          </List.Item>
        )}
        {reason.sharedDistricts.length > 0 && (
          <List.Item>
            {t('pool.matches.sharedDistricts')}
            {t('common.labelSeparator')}
            <NameList items={reason.sharedDistricts.map((code) => ({ code, name: districtName(code) }))} />
          </List.Item>
        )}
        {reason.openToConsultation && <List.Item>{t('pool.matches.openToConsultation')}</List.Item>}
      </List>
    </article>
  );
}

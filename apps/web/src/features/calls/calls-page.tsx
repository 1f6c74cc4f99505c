import { useQuery } from '@apollo/client/react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { PublicCallsQuery } from '../../gql/graphql';
import { CallStatusLabel, DeadlineText, SectorList, TimeLeftText, useDayFormat, useNow } from './call-labels';
import { splitCalls } from './call-list';
import { CALLS_QUERY } from './calls-public.graphql';
import classes from './calls.module.css';

type ListedCall = PublicCallsQuery['calls'][number];

/** Every call anyone may read: the open ones with the time left, then the past ones (issue #5). */
export default function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.list.title'));
  const { data, loading, error, refetch } = useQuery(CALLS_QUERY, { fetchPolicy: 'cache-and-network' });
  const { open, past } = splitCalls(data?.calls ?? []);
  const now = useNow();

  return (
    <>
      <Title order={1} mb="sm">
        {t('calls.list.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('calls.list.intro')}
      </Text>
      {loading && !data && <Loading />}
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && (
        <>
          <section aria-labelledby="calls-open" className={classes.section}>
            <Title order={2} id="calls-open" mb="sm">
              {t('calls.list.open')}
            </Title>
            {open.length === 0 ? (
              <Text>{t('calls.list.noneOpen')}</Text>
            ) : (
              <ul className={classes.list}>
                {open.map((call) => (
                  <CallCard key={call.id} call={call} now={now} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="calls-past" className={classes.section}>
            <Title order={2} id="calls-past" mb="sm">
              {t('calls.list.past')}
            </Title>
            {past.length === 0 ? (
              <Text>{t('calls.list.nonePast')}</Text>
            ) : (
              <ul className={classes.list}>
                {past.map((call) => (
                  <CallCard key={call.id} call={call} now={now} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function CallCard({ call, now }: { call: ListedCall; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  const titleId = `call-${call.id}-title`;
  const cluster = call.forum.cluster;
  const notYetOpen = call.status === 'OPEN' && !call.acceptingApplications && Date.parse(call.closesAt) > now;
  return (
    <li>
      <article className={classes.card} aria-labelledby={titleId}>
        <h3 className={classes.cardTitle} id={titleId}>
          <Anchor component={Link} to={`/${language}/calls/${call.id}`}>
            <Name value={call.title} />
          </Anchor>
        </h3>
        {call.status === 'OPEN' && (
          <p className={classes.cardLead}>
            {notYetOpen && formatDay(call.opensOn) ? (
              t('calls.opensOn', { date: formatDay(call.opensOn) })
            ) : (
              <TimeLeftText closesAt={call.closesAt} />
            )}
          </p>
        )}
        <dl className={classes.facts}>
          <div>
            <dt>{t('calls.facts.status')}</dt>
            <dd>
              <CallStatusLabel status={call.status} />
            </dd>
          </div>
          <div>
            <dt>{t('calls.facts.forum')}</dt>
            <dd>
              <Anchor component={Link} to={`/${language}/forums/${call.forum.id}`}>
                <Name value={call.forum.name} />
              </Anchor>
            </dd>
          </div>
          <div>
            <dt>{t('calls.facts.cluster')}</dt>
            <dd>
              {cluster ? (
                <Anchor component={Link} to={`/${language}/clusters/${cluster.slug}`}>
                  <Name value={cluster.name} />
                </Anchor>
              ) : (
                t('calls.facts.national')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('calls.facts.deadline')}</dt>
            <dd>
              <DeadlineText deadline={call.deadline} extended={call.extensions.length > 0} />
            </dd>
          </div>
          <div>
            <dt>{t('calls.facts.sectors')}</dt>
            <dd>
              <SectorList codes={call.eligibleSectors} />
            </dd>
          </div>
        </dl>
      </article>
    </li>
  );
}

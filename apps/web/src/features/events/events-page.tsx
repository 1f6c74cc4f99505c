import { useQuery } from '@apollo/client/react';
import { Anchor, Button, NativeSelect, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type EventTiming } from '@roundtable/shared/events';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { useDocumentTitle } from '../../app/document-title';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { EventFilter, EventListingFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../account/use-viewer';
import { sectorName } from '../forums/sector-label';
import { SectorList } from '../calls/call-labels';
import { forSector, groupByMonth, splitByTiming } from './event-labels';
import { EventDays, EventKindLabel, EventPlace, OrganiserName, RegistrationText, SeatsText } from './event-text';
import { EVENT_ORGANISERS_QUERY, EVENTS_QUERY } from './events.graphql';
import classes from './events.module.css';

const TIMINGS: readonly EventTiming[] = ['UPCOMING', 'PAST', 'UNDATED'];
const NATIONAL = 'national';

function isKind(value: string | null): value is EventKind {
  return (EVENT_KINDS as readonly (string | null)[]).includes(value);
}

function isSector(value: string | null): value is SectorCode {
  return (SECTOR_CODES as readonly (string | null)[]).includes(value);
}

/** The API's filter from the address: the kind and the organiser (a cluster, or the PMO unit's national events). */
export function eventFilter(kind: string | null, organiser: string | null): EventFilter | null {
  const filter: EventFilter = {};
  if (isKind(kind)) filter.kind = kind;
  if (organiser === NATIONAL) filter.national = true;
  else if (organiser) filter.clusterId = organiser;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** /:lang/events: the public calendar, upcoming and past events by month, with filters (issue #8). */
export default function EventsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  useDocumentTitle(t('events.calendar.title'));
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const organiser = params.get('organiser');
  const sectorParam = params.get('sector');
  const sector = isSector(sectorParam) ? sectorParam : null;
  const { data, loading, error, refetch } = useQuery(EVENTS_QUERY, {
    variables: { filter: eventFilter(kind, organiser) },
    fetchPolicy: 'cache-and-network',
  });
  const organisers = useQuery(EVENT_ORGANISERS_QUERY);
  const { viewer, access } = useViewer();
  // Who organises events: the PMO unit (national ones) and a cluster's CEO (their cluster's); the API checks again.
  const canCreate = (viewer?.roles ?? []).some(
    (grant) => grant.role === 'PMO_ANALYST' || (grant.role === 'CLUSTER_CEO' && grant.cluster),
  );
  const events = forSector(data?.events.nodes ?? [], sector);
  const parts = splitByTiming(events);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Title order={1} mb="sm">
        {t('events.calendar.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('events.calendar.intro')}
      </Text>
      {access.canReadEventParticipation && (
        <Text mb="md">
          <Anchor component={Link} to={`/${language}/events/participation`}>
            {t('events.calendar.participationLink')}
          </Anchor>
        </Text>
      )}
      {canCreate && (
        <Button component={Link} to={`/${language}/events/new`} mb="lg">
          {t('events.calendar.new')}
        </Button>
      )}
      <div role="search" className={classes.filters} aria-label={t('events.calendar.filters')}>
        <NativeSelect
          label={t('events.calendar.kind')}
          value={isKind(kind) ? kind : ''}
          onChange={(event) => setParam('kind', event.currentTarget.value)}
          data={[
            { value: '', label: t('events.calendar.anyKind') },
            ...EVENT_KINDS.map((value) => ({ value, label: t(`events.kind.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('events.calendar.organiser')}
          value={organiser ?? ''}
          onChange={(event) => setParam('organiser', event.currentTarget.value)}
          data={[
            { value: '', label: t('events.calendar.anyOrganiser') },
            { value: NATIONAL, label: t('events.pmo') },
            ...(organisers.data?.clusters ?? []).map((cluster) => ({
              value: cluster.id,
              label: localize(cluster.name),
            })),
          ]}
        />
        <NativeSelect
          label={t('events.calendar.sector')}
          value={sector ?? ''}
          onChange={(event) => setParam('sector', event.currentTarget.value)}
          data={[
            { value: '', label: t('events.calendar.anySector') },
            ...SECTOR_CODES.map((value) => ({ value, label: localize(sectorName(value)) })),
          ]}
        />
      </div>
      {loading && !data && <Loading />}
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && (
        <>
          <Text role="status" mb="md">
            {t('events.calendar.count', { count: events.length })}
          </Text>
          {TIMINGS.map((timing) => {
            const inPart = parts[timing];
            if (timing === 'UNDATED' && inPart.length === 0) return null;
            const headingId = `events-${timing.toLowerCase()}`;
            return (
              <section key={timing} aria-labelledby={headingId} className={classes.section}>
                <Title order={2} id={headingId} mb="sm">
                  {t(`events.calendar.timing.${timing}`)}
                </Title>
                {inPart.length === 0 ? (
                  <Text>{t(`events.calendar.none.${timing}`)}</Text>
                ) : (
                  groupByMonth(inPart).map((group) => {
                    const monthId = `${headingId}-${group.month ?? 'undated'}`;
                    return (
                      <section key={monthId} aria-labelledby={monthId} className={classes.month}>
                        <Title order={3} id={monthId} mb="xs" size="h4">
                          {group.month ? formatPartialDate(group.month, language) : t('events.calendar.noMonth')}
                        </Title>
                        <ul className={classes.list}>
                          {group.events.map((event) => (
                            <EventCard key={event.id} event={event} />
                          ))}
                        </ul>
                      </section>
                    );
                  })
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

function EventCard({ event }: { event: EventListingFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = `event-${event.id}-title`;
  return (
    <li>
      <article className={classes.card} aria-labelledby={titleId}>
        <h4 className={classes.cardTitle} id={titleId}>
          <Anchor component={Link} to={`/${language}/events/${event.id}`}>
            <Name value={event.title} />
          </Anchor>
        </h4>
        <dl className={classes.facts}>
          <div>
            <dt>{t('events.facts.kind')}</dt>
            <dd>
              <EventKindLabel kind={event.kind} />
            </dd>
          </div>
          <div>
            <dt>{t('events.facts.days')}</dt>
            <dd>
              <EventDays startsOn={event.startsOn} endsOn={event.endsOn} />
            </dd>
          </div>
          <div>
            <dt>{t('events.facts.place')}</dt>
            <dd>
              <EventPlace event={event} />
            </dd>
          </div>
          <div>
            <dt>{t('events.facts.organiser')}</dt>
            <dd>
              <OrganiserName cluster={event.cluster} />
            </dd>
          </div>
          <div>
            <dt>{t('events.facts.audience')}</dt>
            <dd>
              <SectorList codes={event.audienceSectors} />
            </dd>
          </div>
          <div>
            <dt>{t('events.facts.seats')}</dt>
            <dd>
              <SeatsText event={event} />
            </dd>
          </div>
          {event.timing !== 'PAST' && (
            <div>
              <dt>{t('events.facts.registration')}</dt>
              <dd>
                <RegistrationText event={event} />
              </dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}

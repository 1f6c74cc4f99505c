import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { EventPageQuery } from '../../gql/graphql';
import { SectorList } from '../calls/call-labels';
import { SourceName } from '../clusters/source-label';
import { EventRegistrationBox } from './event-registration';
import { EventDays, EventKindLabel, EventPlace, OrganiserName, RegistrationText, SeatsText } from './event-text';
import { EVENT_QUERY } from './events.graphql';
import classes from './events.module.css';

type EventData = EventPageQuery['event'];

/** /:lang/events/:id: an event's facts, tracks and outcomes, and registration (issue #8). */
export default function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { data, error, refetch } = useQuery(EVENT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.event ?? null;
  const isNotFound = error !== undefined && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorKind(error));
  useDocumentTitle(
    isNotFound ? undefined : event ? localize(event.title) : error ? t('errors.title') : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error && !event) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!event) return <Loading />;

  return (
    <article>
      <Title order={1} mb="sm">
        <Name value={event.title} />
      </Title>
      <OrganiserLinks event={event} />
      {event.summary && <LocalizedBlock value={event.summary} className={classes.text} />}
      <EventFacts event={event} />
      <EventRegistrationBox event={event} />
      <Tracks tracks={event.tracks} />
      <Outcomes event={event} />
    </article>
  );
}

/**
 * For who organises it: editing, and the organiser's page (registrants, check-in). The PMO unit and
 * administrators read any event's registrants through the API, but the page is the organiser's.
 */
function OrganiserLinks({ event }: { event: EventData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!event.viewerCanOrganise) return null;
  return (
    <nav aria-label={t('events.page.organiserLinks')} className={classes.actions} style={{ marginBlockEnd: '1rem' }}>
      <Anchor component={Link} to={`/${language}/events/${event.id}/manage`}>
        {t('events.page.manage')}
      </Anchor>
      <Anchor component={Link} to={`/${language}/events/${event.id}/edit`}>
        {t('events.page.edit')}
      </Anchor>
    </nav>
  );
}

function EventFacts({ event }: { event: EventData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts: Array<[string, ReactNode]> = [
    ['events.facts.kind', <EventKindLabel key="kind" kind={event.kind} />],
    ['events.facts.days', <EventDays key="days" startsOn={event.startsOn} endsOn={event.endsOn} />],
    ['events.facts.place', <EventPlace key="place" event={event} />],
    [
      'events.facts.link',
      event.isOnline ? (
        event.onlineLink ? (
          <Anchor href={event.onlineLink} dir="ltr">
            {event.onlineLink}
          </Anchor>
        ) : (
          t('events.noLink')
        )
      ) : null,
    ],
    [
      'events.facts.organiser',
      event.cluster ? (
        <Anchor component={Link} to={`/${language}/clusters/${event.cluster.slug}`}>
          <OrganiserName cluster={event.cluster} />
        </Anchor>
      ) : (
        <OrganiserName cluster={null} />
      ),
    ],
    [
      'events.facts.forum',
      event.forum ? (
        <Anchor component={Link} to={`/${language}/forums/${event.forum.id}`}>
          <Name value={event.forum.name} />
        </Anchor>
      ) : null,
    ],
    ['events.facts.audience', <SectorList key="audience" codes={event.audienceSectors} />],
    ['events.facts.seats', <SeatsText key="seats" event={event} />],
    [
      'events.facts.registrations',
      event.capacity !== null || event.confirmedCount > 0 || event.waitlistedCount > 0
        ? t('events.facts.registrationCounts', {
            confirmed: formatNumber(event.confirmedCount, language),
            waitlisted: formatNumber(event.waitlistedCount, language),
          })
        : null,
    ],
    [
      'events.facts.registration',
      event.timing === 'PAST' ? null : <RegistrationText key="registration" event={event} />,
    ],
    [
      'events.facts.reported',
      event.reportedParticipantCount !== null
        ? t(event.reportedParticipantCountApproximate ? 'events.facts.reportedAbout' : 'events.facts.reportedExact', {
            count: event.reportedParticipantCount,
          })
        : null,
    ],
    ['events.facts.source', event.source ? <SourceName key="source" source={event.source} /> : null],
  ];
  return (
    <section aria-labelledby="event-facts" className={classes.section}>
      <Title order={2} id="event-facts" mb="sm">
        {t('events.facts.title')}
      </Title>
      <dl className={classes.facts}>
        {facts
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function Tracks({ tracks }: { tracks: EventData['tracks'] }) {
  const { t } = useTranslation();
  if (tracks.length === 0) return null;
  const ordered = [...tracks].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="event-tracks" className={classes.section}>
      <Title order={2} id="event-tracks" mb="sm">
        {t('events.tracks.title', { count: tracks.length })}
      </Title>
      <ol className={classes.tracks}>
        {ordered.map((track) => (
          <li key={track.id}>
            <strong>
              <Name value={track.topic} />
            </strong>
            <div>
              {t('events.tracks.facilitator')}
              {t('common.labelSeparator')}
              {track.facilitator ? <Name value={track.facilitator} /> : t('events.tracks.noFacilitator')}
            </div>
            <div>
              {t('events.tracks.outcome')}
              {t('common.labelSeparator')}
              {track.outcomeSummary ? (
                <LocalizedBlock as="span" value={track.outcomeSummary} />
              ) : (
                t('events.tracks.noOutcome')
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Outcomes({ event }: { event: EventData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { outcomeSummary, outcomeDirections, outcomePartnerships } = event;
  if (!outcomeSummary && outcomeDirections.length === 0 && outcomePartnerships.length === 0) return null;
  return (
    <section aria-labelledby="event-outcomes" className={classes.section}>
      <Title order={2} id="event-outcomes" mb="sm">
        {t('events.outcomes.title')}
      </Title>
      {outcomeSummary && <LocalizedBlock value={outcomeSummary} className={classes.text} />}
      {outcomeDirections.length > 0 && (
        <>
          <Title order={3} size="h4" mb="xs">
            {t('events.outcomes.directions', { count: outcomeDirections.length })}
          </Title>
          <ol className={classes.tracks}>
            {[...outcomeDirections]
              .sort((a, b) => a.number - b.number)
              .map((direction) => (
                <li key={direction.number} value={direction.number}>
                  <Anchor component={Link} to={`/${language}/directions`}>
                    <Name value={direction.title} />
                  </Anchor>
                </li>
              ))}
          </ol>
        </>
      )}
      {outcomePartnerships.length > 0 && (
        <>
          <Title order={3} size="h4" mb="xs" mt="md">
            {t('events.outcomes.partnerships', { count: outcomePartnerships.length })}
          </Title>
          <ul className={classes.tracks}>
            {outcomePartnerships.map((partnership) => (
              <li key={partnership.id}>
                <Anchor component={Link} to={`/${language}/partnerships/${partnership.id}`}>
                  <Name value={partnership.title} />
                </Anchor>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SectorCode } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { formatDateTime, formatNumber } from '../../app/format';
import { FormError, FormSuccess } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { EventManageQuery, EventManageRegistrationFieldsFragment } from '../../gql/graphql';
import { NotAllowed, RequireViewer } from '../account/require-viewer';
import { useDayFormat } from '../calls/call-labels';
import { FORUM_CHART_COLOURS } from '../forums/forum-chart-colours';
import { ForumBarChart } from '../forums/forum-bar-chart';
import forumClasses from '../forums/forums.module.css';
import { sectorName } from '../forums/sector-label';
import { downloadCsv, toCsv } from '../partnerships/figure-csv';
import {
  ATTENDEES_EXPORT_QUERY,
  CHECK_IN_MUTATION,
  CLOSE_REGISTRATION_MUTATION,
  EVENT_MANAGE_PARTICIPATION_QUERY,
  EVENT_MANAGE_QUERY,
  EVENT_MANAGE_REGISTRATIONS_QUERY,
  EVENT_MANAGE_WAITLIST_QUERY,
  REOPEN_REGISTRATION_MUTATION,
  UNDO_CHECK_IN_MUTATION,
} from './events-manage.graphql';
import {
  participationCsvRows,
  REGISTRANT_SEARCH_MAX,
  registrantSearch,
  waitlistInOrder,
  withRegistrantSearch,
  type SectorCounts,
} from './manage-data';
import classes from './manage.module.css';

type ManagedEvent = NonNullable<EventManageQuery['event']>;
type Registration = EventManageRegistrationFieldsFragment;

/**
 * An event's page for its organiser (issue #8, item 6): its registrations, 50 at a time and
 * searchable by name, with a check-in per confirmed one; the waitlist in order (its own list);
 * closing and reopening registration; participation by sector (chart, table, CSV) and the
 * attendees' file. Others read why they cannot; the API checks every request.
 */
export function EventManagePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.manage.title'));
  return <RequireViewer>{() => <ManageEvent />}</RequireViewer>;
}

function ManageEvent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { data, error, refetch } = useQuery(EVENT_MANAGE_QUERY, { variables: { id } });
  const event = data?.event ?? null;
  const kind = error ? errorKind(error) : null;
  useDocumentTitle(event ? t('events.manage.pageTitle', { title: localize(event.title) }) : undefined);

  if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (kind === 'FORBIDDEN') return <NotAllowed />;
  if (error && !event) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!event) return <Loading />;
  if (!event.viewerCanOrganise) return <NotOrganiser />;
  return <Organise event={event} />;
}

/** Signed in, but not this event's organiser. */
function NotOrganiser() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Title order={1} mb="md">
        {t('notAllowed.title')}
      </Title>
      <Text mb="md">{t('events.manage.notOrganiser')}</Text>
      <Anchor component={Link} to={`/${language}`}>
        {t('notFound.home')}
      </Anchor>
    </>
  );
}

function Organise({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <article>
      <Title order={1} mb="xs">
        <Name value={event.title} />
      </Title>
      <Text mb="xs">{t('events.manage.subtitle')}</Text>
      <Anchor component={Link} to={`/${language}/events/${event.id}`} mb="md" display="inline-block">
        {t('events.manage.eventPage')}
      </Anchor>
      <EventFacts event={event} />
      <RegistrationControls event={event} />
      <Registrations eventId={event.id} />
      <Waitlist eventId={event.id} />
      <Participation eventId={event.id} />
      <AttendeesFile eventId={event.id} />
    </article>
  );
}

function EventFacts({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  const days = [formatDay(event.startsOn), formatDay(event.endsOn)].filter(Boolean).join(' – ');
  return (
    <section aria-labelledby="event-facts" className={classes.section}>
      <Title order={2} id="event-facts" mb="sm">
        {t('events.manage.facts.title')}
      </Title>
      <dl className={classes.facts}>
        <div>
          <dt>{t('events.manage.facts.dates')}</dt>
          <dd>{days || t('events.manage.facts.noDate')}</dd>
        </div>
        <div>
          <dt>{t('events.manage.facts.capacity')}</dt>
          <dd>{event.capacity === null ? t('events.manage.facts.noLimit') : formatNumber(event.capacity, language)}</dd>
        </div>
        <div>
          <dt>{t('events.manage.facts.confirmed')}</dt>
          <dd>{formatNumber(event.confirmedCount, language)}</dd>
        </div>
        <div>
          <dt>{t('events.manage.facts.waitlisted')}</dt>
          <dd>{formatNumber(event.waitlistedCount, language)}</dd>
        </div>
        <div>
          <dt>{t('events.manage.facts.registration')}</dt>
          <dd>{t(`events.manage.registrationState.${event.registrationState}`)}</dd>
        </div>
        {event.forum && (
          <div>
            <dt>{t('events.manage.facts.forum')}</dt>
            <dd>
              <Anchor component={Link} to={`/${language}/forums/${event.forum.id}`}>
                <Name value={event.forum.name} />
              </Anchor>
            </dd>
          </div>
        )}
      </dl>
      {event.forum && <Text size="sm">{t('events.manage.facts.forumAttendance')}</Text>}
    </section>
  );
}

/** Closing registration by hand, and reopening it; the window (if any) still applies. */
function RegistrationControls({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [close, closing] = useMutation(CLOSE_REGISTRATION_MUTATION);
  const [reopen, reopening] = useMutation(REOPEN_REGISTRATION_MUTATION);
  const busy = closing.loading || reopening.loading;

  const toggle = async () => {
    setMessage(null);
    setFailure(null);
    try {
      if (event.registrationClosed) {
        await reopen({ variables: { id: event.id } });
        setMessage(t('events.manage.reopened'));
      } else {
        await close({ variables: { id: event.id } });
        setMessage(t('events.manage.closed'));
      }
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="event-registration" className={classes.section}>
      <Title order={2} id="event-registration" mb="sm">
        {t('events.manage.registration.title')}
      </Title>
      <Text mb="sm">
        {event.registrationClosed
          ? t('events.manage.registration.closedByHand')
          : t('events.manage.registration.openByHand')}
      </Text>
      <BusyButton busy={busy} variant="outline" onClick={() => void toggle()}>
        {event.registrationClosed ? t('events.manage.reopen') : t('events.manage.close')}
      </BusyButton>
      <FormSuccess>{message}</FormSuccess>
      <FormError>{failure}</FormError>
    </section>
  );
}

/**
 * The registrations, 50 a page with "show more", and a search by name for check-in at a large
 * event (kept in the address, `?q=`). A check-in updates its row in the cache from the mutation's
 * answer, so the pages already shown stay; only the participation counts are asked again.
 */
function Registrations({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const search = registrantSearch(params);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(EVENT_MANAGE_REGISTRATIONS_QUERY, {
    variables: { id: eventId, search },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.eventRegistrations ?? null;
  const shown = connection?.nodes.length ?? 0;

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const text = new FormData(formEvent.currentTarget).get('q');
    setParams(withRegistrantSearch(params, typeof text === 'string' ? text : ''), { replace: true });
  };
  const more = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="event-registrations" className={classes.section}>
      <Title order={2} id="event-registrations" mb="sm">
        {t('events.manage.registrations.title')}
      </Title>
      <form role="search" aria-label={t('events.manage.registrations.search')} onSubmit={submit}>
        <Group align="flex-end" gap="sm" mb="sm">
          <TextInput
            type="search"
            name="q"
            label={t('events.manage.registrations.search')}
            description={t('events.manage.registrations.searchHint')}
            key={search ?? ''}
            defaultValue={search ?? ''}
            maxLength={REGISTRANT_SEARCH_MAX}
            dir="auto"
            autoComplete="off"
            enterKeyHint="search"
          />
          <Button type="submit">{t('events.manage.registrations.searchButton')}</Button>
          {search && (
            <Button variant="subtle" onClick={() => setParams(withRegistrantSearch(params, ''), { replace: true })}>
              {t('events.manage.registrations.clearSearch')}
            </Button>
          )}
        </Group>
      </form>
      {/* Announces the result of every search and every "show more" (WCAG 4.1.3). */}
      <Text role="status" mb="sm" fw={600}>
        {connection &&
          connection.totalCount > 0 &&
          t('events.manage.registrations.shown', {
            shown: formatNumber(shown, language),
            total: formatNumber(connection.totalCount, language),
          })}
      </Text>
      {error && !connection ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !connection ? (
        <Loading />
      ) : connection.totalCount === 0 ? (
        <Text>
          {search ? t('events.manage.registrations.noMatch', { search }) : t('events.manage.registrations.none')}
        </Text>
      ) : (
        <>
          <RegistrationsTable registrations={connection.nodes} />
          {connection.pageInfo.hasNextPage && (
            <BusyButton mt="sm" onClick={more} busy={networkStatus === NetworkStatus.fetchMore}>
              {t('events.manage.registrations.more')}
            </BusyButton>
          )}
        </>
      )}
    </section>
  );
}

function RegistrationsTable({ registrations }: { registrations: readonly Registration[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  // The row itself is updated from the answer (its id and checkedInAt); refetching the paged list
  // would drop the pages shown.
  const refetchQueries = ['EventManageParticipation'];
  const [checkIn] = useMutation(CHECK_IN_MUTATION, { refetchQueries, awaitRefetchQueries: true });
  const [undo] = useMutation(UNDO_CHECK_IN_MUTATION, { refetchQueries, awaitRefetchQueries: true });

  const toggle = async (registration: Registration) => {
    const name = localize(registration.person.name);
    setMessage(null);
    setFailure(null);
    setPending(registration.id);
    try {
      if (registration.checkedInAt) {
        await undo({ variables: { id: registration.id } });
        setMessage(t('events.manage.checkIn.undone', { name }));
      } else {
        await checkIn({ variables: { id: registration.id } });
        setMessage(t('events.manage.checkIn.done', { name }));
      }
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <FormSuccess>{message}</FormSuccess>
      <FormError>{failure}</FormError>
      <TableScroll labelledBy="event-registrations-caption">
        <Table striped withTableBorder id="event-registrations-table">
          <Table.Caption id="event-registrations-caption">{t('events.manage.registrations.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events.manage.column.name')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.sector')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.organisation')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.status')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.order')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.checkedIn')}</Table.Th>
              <Table.Th scope="col">{t('events.manage.column.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registrations.map((registration) => {
              const name = localize(registration.person.name);
              return (
                <Table.Tr key={registration.id}>
                  <Table.Th scope="row" fw={400}>
                    <Name value={registration.person.name} />
                  </Table.Th>
                  <Table.Td>
                    <Name value={sectorName(registration.sector)} />
                  </Table.Td>
                  <Table.Td>
                    {registration.organisation ? (
                      <Name value={registration.organisation.name} />
                    ) : (
                      t('events.manage.individual')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="dark">
                      {t(`events.manage.status.${registration.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {registration.status === 'WAITLISTED' && registration.waitlistPosition !== null
                      ? t('events.manage.waitlistPosition', {
                          position: formatNumber(registration.waitlistPosition, language),
                        })
                      : t('events.manage.registeredAt', {
                          time: formatDateTime(registration.registeredAt, language),
                        })}
                  </Table.Td>
                  <Table.Td>
                    {registration.checkedInAt
                      ? t('events.manage.checkIn.at', { time: formatDateTime(registration.checkedInAt, language) })
                      : t('events.manage.checkIn.not')}
                  </Table.Td>
                  <Table.Td>
                    {registration.status === 'CONFIRMED' && (
                      <BusyButton
                        size="xs"
                        variant={registration.checkedInAt ? 'outline' : 'filled'}
                        busy={pending === registration.id}
                        aria-label={
                          registration.checkedInAt
                            ? t('events.manage.checkIn.undoFor', { name })
                            : t('events.manage.checkIn.for', { name })
                        }
                        onClick={() => void toggle(registration)}
                      >
                        {registration.checkedInAt ? t('events.manage.checkIn.undo') : t('events.manage.checkIn.do')}
                      </BusyButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}

/** The waitlist from its own query (status WAITLISTED), so its order and positions hold whatever the list above shows. */
function Waitlist({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(EVENT_MANAGE_WAITLIST_QUERY, {
    variables: { id: eventId },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.eventRegistrations ?? null;
  const waiting = connection ? waitlistInOrder(connection.nodes) : [];
  const more = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="event-waitlist" className={classes.section}>
      <Title order={2} id="event-waitlist" mb="sm">
        {t('events.manage.waitlist.title')}
      </Title>
      {error && !connection ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !connection ? (
        <Loading />
      ) : waiting.length === 0 ? (
        <Text>{t('events.manage.waitlist.none')}</Text>
      ) : (
        <>
          <Text mb="xs">{t('events.manage.waitlist.body')}</Text>
          <ol className={classes.waitlist}>
            {waiting.map((registration) => (
              <li key={registration.id} value={registration.waitlistPosition ?? undefined}>
                <Name value={registration.person.name} />
              </li>
            ))}
          </ol>
          <Text role="status" mt="xs" fw={600}>
            {connection.totalCount > waiting.length &&
              t('events.manage.waitlist.shown', {
                shown: formatNumber(waiting.length, language),
                total: formatNumber(connection.totalCount, language),
              })}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <BusyButton mt="sm" variant="outline" onClick={more} busy={networkStatus === NetworkStatus.fetchMore}>
              {t('events.manage.waitlist.more')}
            </BusyButton>
          )}
        </>
      )}
    </section>
  );
}

/** The participation counts: their own query, asked again after a check-in. */
function Participation({ eventId }: { eventId: string }) {
  const { data, error, refetch } = useQuery(EVENT_MANAGE_PARTICIPATION_QUERY, { variables: { id: eventId } });
  const participation = data?.event?.participation ?? null;
  if (error && !participation) return <QueryError error={error} onRetry={retry(refetch)} />;
  if (!participation) return <Loading />;
  return <ParticipationSection rows={participation.bySector} />;
}

/** Participation by sector: the chart, the table that is its text alternative, and the table as CSV. */
function ParticipationSection({ rows }: { rows: readonly SectorCounts[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const title = t('events.manage.participation.title');
  const columns = [
    t('events.manage.column.sector'),
    t('events.manage.participation.registrations'),
    t('events.manage.participation.confirmed'),
    t('events.manage.participation.attended'),
  ];
  const label = (sector: SectorCode) => localize(sectorName(sector));
  const exportCsv = () => downloadCsv('event-participation.csv', toCsv(columns, participationCsvRows(rows, label)));

  return (
    <section aria-labelledby="event-participation" className={classes.section}>
      <Title order={2} id="event-participation" mb="sm">
        {title}
      </Title>
      <div className={forumClasses.sideBySide}>
        <ForumBarChart
          id="event-participation-chart"
          title={t('events.manage.participation.chartCaption')}
          description={t('events.manage.participation.chartDescription')}
          data={rows.map((row) => ({
            key: row.sector,
            label: label(row.sector),
            values: { registrations: row.registrations, attended: row.attended },
          }))}
          series={[
            { key: 'registrations', name: columns[1]!, colour: FORUM_CHART_COLOURS.filled },
            { key: 'attended', name: columns[3]!, colour: FORUM_CHART_COLOURS.required },
          ]}
        />
        <div>
          <TableScroll labelledBy="event-participation-caption">
            <Table striped withTableBorder id="event-participation-table">
              <Table.Caption id="event-participation-caption">
                {t('events.manage.participation.tableCaption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th scope="col" key={column}>
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.sector}>
                    <Table.Th scope="row" fw={400}>
                      <Name value={sectorName(row.sector)} />
                    </Table.Th>
                    <Table.Td>{formatNumber(row.registrations, language)}</Table.Td>
                    <Table.Td>{formatNumber(row.confirmed, language)}</Table.Td>
                    <Table.Td>{formatNumber(row.attended, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group>
            <Button variant="outline" onClick={exportCsv}>
              {t('events.manage.participation.exportCsv')}
            </Button>
          </Group>
        </div>
      </div>
    </section>
  );
}

/** The attendees' file, made by the API: contact details only as each person allowed; the download is logged. */
function AttendeesFile({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setMessage(null);
    setFailure(null);
    try {
      const { data } = await client.query({
        query: ATTENDEES_EXPORT_QUERY,
        variables: { id: eventId },
        fetchPolicy: 'network-only',
      });
      const file = data?.eventAttendeesExport;
      if (file) {
        downloadCsv(file.fileName, file.csv);
        setMessage(t('events.manage.attendees.downloaded', { rows: file.rowCount }));
      } else {
        setFailure(t('errors.code.UNKNOWN'));
      }
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="event-attendees" className={classes.section}>
      <Title order={2} id="event-attendees" mb="sm">
        {t('events.manage.attendees.title')}
      </Title>
      <Text mb="sm">{t('events.manage.attendees.body')}</Text>
      <BusyButton busy={busy} variant="outline" onClick={() => void download()}>
        {t('events.manage.attendees.download')}
      </BusyButton>
      <FormSuccess>{message}</FormSuccess>
      <FormError>{failure}</FormError>
    </section>
  );
}

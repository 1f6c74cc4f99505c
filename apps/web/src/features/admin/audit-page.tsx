import { Fragment, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { useDocumentTitle } from '../../app/document-title';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { TableScroll } from '../../app/table-scroll';
import type { AuditEventsQuery } from '../../gql/graphql';
import { RequireViewer } from '../account/require-viewer';
import type { ViewerAccess } from '../account/viewer-access';
import { ACCOUNT_CHOICES_QUERY, AUDIT_EVENTS_QUERY, CLUSTER_CHOICES_QUERY } from './admin.graphql';
import { AUDIT_FILTER_ACTIONS, isAuditFilterAction } from './audit-actions';
import { auditFiltersToParams, auditTimeRange, parseAuditFilters, type AuditFilters } from './audit-filters';
import { snapshotChanges } from './snapshot-diff';
import classes from './admin.module.css';

type AuditEvent = AuditEventsQuery['auditEvents']['nodes'][number];

/** The audit trail: for administrators and the PMO unit (access.md). */
export default function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  return (
    <RequireViewer allow={(access) => access.canReadAudit}>
      {(_viewer, access) => <Audit access={access} />}
    </RequireViewer>
  );
}

function Audit({ access }: { access: ViewerAccess }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const clusters = useQuery(CLUSTER_CHOICES_QUERY);
  // Only administrators may list accounts; the PMO unit picks from the people in the entries.
  const people = useQuery(ACCOUNT_CHOICES_QUERY, access.isAdmin ? {} : skipToken);
  const clusterId = filters.cluster
    ? (clusters.data?.clusters.find((cluster) => cluster.slug === filters.cluster)?.id ?? null)
    : null;
  const isWaitingForClusters = filters.cluster !== null && !clusters.data;
  const list = useQuery(
    AUDIT_EVENTS_QUERY,
    isWaitingForClusters
      ? skipToken
      : {
          variables: {
            clusterId,
            accountId: filters.account,
            action: filters.action,
            ...auditTimeRange(filters.from, filters.to),
          },
          notifyOnNetworkStatusChange: true,
        },
  );
  const connection = list.data?.auditEvents;
  const events = connection?.nodes ?? [];

  const personChoices = new Map<string, string>();
  for (const account of people.data?.accounts.nodes ?? []) personChoices.set(account.id, account.displayName);
  if (!access.isAdmin) {
    for (const event of events) {
      if (event.actor) personChoices.set(event.actor.id, event.actor.displayName);
      if (event.subjectAccount) personChoices.set(event.subjectAccount.id, event.subjectAccount.displayName);
    }
  }

  const fetchMore = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    list.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <>
      <Title order={1} mb="sm">
        {t('audit.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('audit.intro')}
      </Text>
      <AuditFiltersForm
        filters={filters}
        clusters={clusters.data?.clusters ?? []}
        people={personChoices}
        onChange={(next) => setParams(auditFiltersToParams(next))}
      />
      <Text role="status" mb="sm" fw={600}>
        {connection && t('audit.shown', { count: events.length })}
      </Text>
      {((list.loading && !connection) || isWaitingForClusters) && <Loading />}
      {list.error && <QueryError error={list.error} onRetry={() => list.refetch().catch(() => undefined)} />}
      {connection && events.length === 0 && <Text>{t('audit.empty')}</Text>}
      {events.length > 0 && (
        <>
          <AuditTable events={events} />
          {connection?.pageInfo.hasNextPage && (
            <BusyButton onClick={fetchMore} busy={list.networkStatus === NetworkStatus.fetchMore}>
              {t('audit.more')}
            </BusyButton>
          )}
        </>
      )}
    </>
  );
}

function AuditFiltersForm({
  filters,
  clusters,
  people,
  onChange,
}: {
  filters: AuditFilters;
  clusters: ReadonlyArray<{ slug: string; name: Parameters<ReturnType<typeof useLocalizedString>>[0] }>;
  people: Map<string, string>;
  onChange: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const collator = new Intl.Collator(language);
  const any = { value: '', label: t('authorities.filters.any') };
  const personOptions = [...people]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => collator.compare(a.label, b.label));
  if (filters.account && !people.has(filters.account)) {
    personOptions.unshift({ value: filters.account, label: t('audit.filters.chosenPerson') });
  }

  // Every filter applies on the button (or Enter): dates are typed, and a half-typed date would
  // otherwise reload the trail.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = form.get(name);
      return typeof entry === 'string' && entry ? entry : null;
    };
    onChange({
      cluster: value('cluster'),
      account: value('account'),
      action: isAuditFilterAction(value('action')) ? (value('action') as AuditFilters['action']) : null,
      from: value('from'),
      to: value('to'),
    });
  };

  return (
    <form
      onSubmit={submit}
      className={classes.filters}
      aria-labelledby="audit-filters-title"
      key={auditFiltersToParams(filters).toString()}
    >
      <Title order={2} size="h4" id="audit-filters-title" mb="xs">
        {t('audit.filters.title')}
      </Title>
      <div className={classes.fields}>
        <NativeSelect
          name="cluster"
          label={t('audit.filters.cluster')}
          defaultValue={filters.cluster ?? ''}
          data={[
            any,
            ...clusters
              .map((cluster) => ({ value: cluster.slug, label: localize(cluster.name) }))
              .sort((a, b) => collator.compare(a.label, b.label)),
          ]}
        />
        <NativeSelect
          name="account"
          label={t('audit.filters.person')}
          defaultValue={filters.account ?? ''}
          data={[any, ...personOptions]}
        />
        <NativeSelect
          name="action"
          label={t('audit.filters.action')}
          defaultValue={filters.action ?? ''}
          data={[any, ...AUDIT_FILTER_ACTIONS.map((action) => ({ value: action, label: t(`audit.action.${action}`) }))]}
        />
        <TextInput
          type="date"
          name="from"
          label={t('audit.filters.from')}
          defaultValue={filters.from ?? ''}
          dir="ltr"
        />
        <TextInput type="date" name="to" label={t('audit.filters.to')} defaultValue={filters.to ?? ''} dir="ltr" />
      </div>
      <Text size="sm" mt="xs">
        {t('audit.filters.timeZone')}
      </Text>
      <Group gap="md" mt="sm">
        <Button type="submit">{t('authorities.filters.apply')}</Button>
        {auditFiltersToParams(filters).size > 0 && (
          <Anchor component={Link} to={`/${language}/admin/audit`}>
            {t('authorities.filters.reset')}
          </Anchor>
        )}
      </Group>
    </form>
  );
}

function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <TableScroll labelledBy="audit-caption">
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption id="audit-caption">{t('audit.caption', { count: events.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.what')}</Table.Th>
            <Table.Th scope="col">{t('audit.about')}</Table.Th>
            <Table.Th scope="col">{t('audit.cluster')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const isOpen = open.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Th scope="row" fw={400}>
                    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>
                  </Table.Th>
                  <Table.Td>{event.actor ? <bdi>{event.actor.displayName}</bdi> : t('audit.noOne')}</Table.Td>
                  <Table.Td>{t(`audit.action.${event.action}`)}</Table.Td>
                  <Table.Td>
                    {t(`audit.entity.${entityKey(event.entityType)}`)}
                    {event.subjectAccount && (
                      <>
                        {t('common.labelSeparator')}
                        <bdi>{event.subjectAccount.displayName}</bdi>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>{event.cluster ? <Name value={event.cluster.name} /> : '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="outline"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      onClick={() => toggle(event.id)}
                    >
                      {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr className={classes.detailsRow}>
                    <Table.Td colSpan={6} id={detailsId}>
                      <EventDetails event={event} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

const ENTITY_TYPES = ['Account', 'RoleGrant', 'ApiToken', 'Milestone'] as const;

/** The kinds of entity the trail names; a kind added later reads as "other" until it is translated. */
function entityKey(entityType: string): string {
  return (ENTITY_TYPES as readonly string[]).includes(entityType) ? entityType : 'other';
}

/** What the entry changed, field by field, with the ids a person can quote. */
function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changes = snapshotChanges(event.before, event.after);
  const captionId = `audit-changes-${event.id}`;
  return (
    <div>
      {changes.length === 0 ? (
        <Text mb="xs">{t('audit.noChanges')}</Text>
      ) : (
        <Table withTableBorder className={classes.changes}>
          <Table.Caption id={captionId}>{t('audit.changesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.field')}</Table.Th>
              <Table.Th scope="col">{t('audit.before')}</Table.Th>
              <Table.Th scope="col">{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Th scope="row" fw={change.changed ? 700 : 400}>
                  <span dir="ltr" className={classes.code}>
                    {change.field}
                  </span>
                  {change.changed && <> ({t('audit.changed')})</>}
                </Table.Th>
                <Table.Td>{change.before === null ? t('audit.none') : <bdi dir="auto">{change.before}</bdi>}</Table.Td>
                <Table.Td>{change.after === null ? t('audit.none') : <bdi dir="auto">{change.after}</bdi>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">
        {t('audit.requestId')}{' '}
        <span dir="ltr" className={classes.code}>
          {event.requestId ?? '—'}
        </span>
        {event.entityId && (
          <>
            {t('common.separator')}
            {t('audit.entityId')}{' '}
            <span dir="ltr" className={classes.code}>
              {event.entityId}
            </span>
          </>
        )}
      </Text>
    </div>
  );
}

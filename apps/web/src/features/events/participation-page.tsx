import { useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Radio, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '@roundtable/shared/events';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { KeyFigures, type KeyFigure } from '../../app/key-figures';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { formatPercent } from '../activity/activity-figures';
import { RequireViewer } from '../account/require-viewer';
import { ForumBarChart } from '../forums/forum-bar-chart';
import { sectorName } from '../forums/sector-label';
import { downloadCsv, toCsv } from '../partnerships/figure-csv';
import {
  allSincePeriod,
  chartRows,
  defaultPeriod,
  hasEvents,
  israelToday,
  MEASURES,
  parseParticipationFilters,
  participationCsv,
  participationFiltersToParams,
  participationVariables,
  periodTotals,
  quarterChoices,
  quarterParts,
  sectorShare,
  tickInterval,
  type ParticipationFilters,
  type PeriodTotals,
  type QuarterRow,
} from './participation-data';
import { SECTOR_CHART_COLOURS } from './participation-colours';
import { EVENT_PARTICIPATION_QUERY } from './participation.graphql';
import classes from './participation.module.css';

/**
 * /:lang/events/participation: the PMO unit's participation across events (issue #8, item 4, "is
 * the business sector coming? local government?"): per quarter and sector, as headline figures, a
 * stacked chart, its table and the table as CSV. The PMO unit and administrators; the API refuses
 * anyone else anyway.
 */
export default function ParticipationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.participation.title'));
  return (
    <RequireViewer allow={(access) => access.canReadEventParticipation}>{() => <ParticipationView />}</RequireViewer>
  );
}

/** A quarter's name in the reader's language ("Q3 2013", "רבעון 3 2013"). */
function useQuarterName(): (quarter: string) => string {
  const { t } = useTranslation();
  return (quarter) => {
    const parts = quarterParts(quarter);
    return parts ? t('events.participation.quarterName', { quarter: parts.quarter, year: parts.year }) : quarter;
  };
}

function ParticipationView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const quarterName = useQuarterName();
  const [params, setParams] = useSearchParams();
  const today = israelToday();
  const filters = parseParticipationFilters(params, today);
  const { data, previousData, loading, error, refetch } = useQuery(EVENT_PARTICIPATION_QUERY, {
    variables: participationVariables(filters),
    fetchPolicy: 'cache-and-network',
  });
  // While new figures load, the old ones stay, marked busy, so the page does not jump.
  const quarters = (data ?? previousData)?.eventParticipation ?? null;

  // Each change builds on the last one asked for while the address has not caught up yet: the
  // router updates it in a transition, and two quick changes (the first quarter, then the last)
  // would otherwise lose the first.
  const asked = useRef<{ over: string; filters: ParticipationFilters } | null>(null);
  const change = (patch: Partial<ParticipationFilters>) => {
    const over = params.toString();
    const next = { ...(asked.current?.over === over ? asked.current.filters : filters), ...patch };
    asked.current = { over, filters: next };
    setParams(participationFiltersToParams(next, today), { replace: true });
  };

  return (
    <>
      <Title order={1} mb="sm">
        {t('events.participation.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('events.participation.intro')}
      </Text>
      <Text mb="lg">
        <Anchor component={Link} to={`/${language}/events`}>
          {t('events.participation.calendarLink')}
        </Anchor>
      </Text>
      <Filters filters={filters} today={today} onChange={change} />
      {loading && !quarters && <Loading />}
      {error && !loading && <QueryError error={error} onRetry={retry(refetch)} />}
      {quarters && !error && (
        <div aria-busy={loading}>
          <Text role="status" fw={600} mb="md">
            {t('events.participation.period', {
              from: quarterName(filters.from),
              to: quarterName(filters.to),
              formatted: formatNumber(
                quarters.reduce((sum, quarter) => sum + quarter.events, 0),
                language,
              ),
            })}
          </Text>
          {hasEvents(quarters) ? (
            <Figures quarters={quarters} filters={filters} onChange={change} />
          ) : (
            <Text>{filters.kind ? t('events.participation.noneOfKind') : t('events.participation.none')}</Text>
          )}
        </div>
      )}
    </>
  );
}

/** The period (from quarter, to quarter, with two quick choices) and the kind, each kept in the address. */
function Filters({
  filters,
  today,
  onChange,
}: {
  filters: ParticipationFilters;
  today: string;
  onChange: (patch: Partial<ParticipationFilters>) => void;
}) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const choices = quarterChoices(today);
  // A quarter from the address outside the offered ones is still shown as chosen.
  const options = (selected: string) =>
    (choices.includes(selected as never) ? choices : [selected, ...choices]).map((quarter) => ({
      value: quarter,
      label: quarterName(quarter),
    }));
  const recent = defaultPeriod(today);
  const allSince = allSincePeriod(today);
  return (
    <form
      role="search"
      aria-label={t('events.participation.filters')}
      className={classes.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <NativeSelect
        label={t('events.participation.from')}
        value={filters.from}
        data={options(filters.from)}
        onChange={(event) => onChange({ from: event.currentTarget.value as ParticipationFilters['from'] })}
      />
      <NativeSelect
        label={t('events.participation.to')}
        value={filters.to}
        data={options(filters.to)}
        onChange={(event) => onChange({ to: event.currentTarget.value as ParticipationFilters['to'] })}
      />
      <NativeSelect
        label={t('events.calendar.kind')}
        value={filters.kind ?? ''}
        data={[
          { value: '', label: t('events.calendar.anyKind') },
          ...EVENT_KINDS.map((value) => ({ value, label: t(`events.kind.${value}`) })),
        ]}
        onChange={(event) => {
          const kind = event.currentTarget.value;
          onChange({ kind: (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as never) : null });
        }}
      />
      <Group gap="sm" className={classes.quick}>
        <Button
          variant="default"
          aria-pressed={filters.from === recent.from && filters.to === recent.to}
          onClick={() => onChange(recent)}
        >
          {t('events.participation.lastQuarters')}
        </Button>
        {allSince && (
          <Button
            variant="default"
            aria-pressed={filters.from === allSince.from && filters.to === allSince.to}
            onClick={() => onChange(allSince)}
          >
            {t('events.participation.allSince', { year: 2013 })}
          </Button>
        )}
      </Group>
    </form>
  );
}

function Figures({
  quarters,
  filters,
  onChange,
}: {
  quarters: readonly QuarterRow[];
  filters: ParticipationFilters;
  onChange: (patch: Partial<ParticipationFilters>) => void;
}) {
  const totals = periodTotals(quarters);
  return (
    <>
      <PeriodFigures totals={totals} />
      <ChartSection quarters={quarters} filters={filters} onChange={onChange} />
      <TableSection quarters={quarters} totals={totals} />
    </>
  );
}

/** The reported figure in words: "reported: about 100", never as registrations. */
function useReportedText(): (row: {
  reportedParticipants: number;
  eventsWithReportedFigures: number;
  reportedApproximate: boolean;
}) => string | null {
  const { t } = useTranslation();
  const language = useLanguage();
  return (row) => {
    if (row.eventsWithReportedFigures === 0) return null;
    const formatted = formatNumber(row.reportedParticipants, language);
    const figure = row.reportedApproximate
      ? t('events.participation.reportedAbout', { formatted })
      : t('events.participation.reportedExact', { formatted });
    return row.eventsWithReportedFigures > 1
      ? t('events.participation.reportedEvents', {
          figure,
          count: row.eventsWithReportedFigures,
          formatted: formatNumber(row.eventsWithReportedFigures, language),
        })
      : figure;
  };
}

/** The period's headline: events and counts, and the business sector's and local government's share. */
function PeriodFigures({ totals }: { totals: PeriodTotals }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const number = (value: number) => formatNumber(value, language);
  const share = (sector: SectorCode): KeyFigure => {
    const part = sectorShare(totals, sector);
    return [
      t('events.participation.key.share', { sector: localize(sectorName(sector)) }),
      part.share === null
        ? t('events.participation.key.noRegistrations')
        : t('events.participation.key.shareValue', {
            count: part.count,
            formatted: number(part.count),
            of: number(part.of),
            share: formatPercent(part.share, language),
          }),
    ];
  };
  const figures: KeyFigure[] = [
    [t('events.participation.key.events'), number(totals.events)],
    [t('events.participation.key.registrations'), number(totals.registrations)],
    [t('events.participation.key.confirmed'), number(totals.confirmed)],
    [t('events.participation.key.attended'), number(totals.attended)],
    share('BUSINESS'),
    share('LOCAL_GOVERNMENT'),
  ];
  const reportedFigure = totals.reportedApproximate
    ? t('events.participation.key.aboutFigure', { formatted: number(totals.reportedParticipants) })
    : number(totals.reportedParticipants);
  return (
    <section aria-labelledby="participation-key" className={classes.section}>
      <Title order={2} id="participation-key" mb="sm">
        {t('events.participation.key.title')}
      </Title>
      <KeyFigures figures={figures} />
      <Text size="sm" maw="48rem">
        {t('events.participation.key.registrationsNote')}
      </Text>
      {totals.eventsWithReportedFigures > 0 && (
        <Text size="sm" maw="48rem" mt="xs">
          {t('events.participation.key.reported', {
            figure: reportedFigure,
            events: number(totals.eventsWithReportedFigures),
          })}
        </Text>
      )}
    </section>
  );
}

/** Per quarter, each sector's registrations (or check-ins) stacked; the table below is its text alternative. */
function ChartSection({
  quarters,
  filters,
  onChange,
}: {
  quarters: readonly QuarterRow[];
  filters: ParticipationFilters;
  onChange: (patch: Partial<ParticipationFilters>) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const quarterName = useQuarterName();
  return (
    <section aria-labelledby="participation-chart-heading" className={classes.section}>
      <Title order={2} id="participation-chart-heading" mb="sm">
        {t('events.participation.chart.title')}
      </Title>
      <Radio.Group
        label={t('events.participation.chart.show')}
        value={filters.measure}
        onChange={(value) => onChange({ measure: value as ParticipationFilters['measure'] })}
        mb="sm"
      >
        <Group gap="lg" mt="xs">
          {MEASURES.map((measure) => (
            <Radio key={measure} value={measure} label={t(`events.participation.measure.${measure}`)} />
          ))}
        </Group>
      </Radio.Group>
      {quarters.every((quarter) => quarter[filters.measure] === 0) ? (
        <Text mb="sm" maw="48rem">
          {t(`events.participation.chart.empty.${filters.measure}`)}
        </Text>
      ) : (
        <ForumBarChart
          id="participation-chart"
          title={t(`events.participation.chart.caption.${filters.measure}`)}
          description={t(`events.participation.chart.description.${filters.measure}`)}
          data={chartRows(quarters, filters.measure, quarterName)}
          series={SECTOR_CODES.map((sector) => ({
            key: sector,
            name: localize(sectorName(sector)),
            colour: SECTOR_CHART_COLOURS[sector],
          }))}
          stacked
          layout="vertical"
          tickInterval={tickInterval(quarters.length)}
        />
      )}
      <Text size="sm" maw="48rem">
        {t('events.participation.chart.note')}
      </Text>
    </section>
  );
}

/** Quarter × sector (registrations, confirmed, checked in), the events and the sources' reported figures; and as CSV. */
function TableSection({ quarters, totals }: { quarters: readonly QuarterRow[]; totals: PeriodTotals }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const quarterName = useQuarterName();
  const reportedText = useReportedText();
  const number = (value: number) => formatNumber(value, language);
  const measures = [
    t('events.participation.measure.registrations'),
    t('events.participation.measure.confirmed'),
    t('events.participation.measure.attended'),
  ];
  const groups: Array<{ key: string; name: React.ReactNode }> = [
    { key: 'all', name: t('events.participation.table.all') },
    ...SECTOR_CODES.map((sector) => ({ key: sector, name: <Name value={sectorName(sector)} /> })),
  ];
  const cells = (counts: { registrations: number; confirmed: number; attended: number }, key: string) => [
    <Table.Td key={`${key}-r`}>{number(counts.registrations)}</Table.Td>,
    <Table.Td key={`${key}-c`}>{number(counts.confirmed)}</Table.Td>,
    <Table.Td key={`${key}-a`}>{number(counts.attended)}</Table.Td>,
  ];
  const sectorCells = (rows: ReadonlyArray<{ sector: SectorCode } & Parameters<typeof cells>[0]>) =>
    SECTOR_CODES.flatMap((sector) =>
      cells(rows.find((row) => row.sector === sector) ?? { registrations: 0, confirmed: 0, attended: 0 }, sector),
    );

  const exportCsv = () => {
    const { header, rows } = participationCsv(quarters, {
      quarter: t('events.participation.table.quarter'),
      events: t('events.participation.table.events'),
      reported: t('events.participation.table.reported'),
      reportedApproximate: t('events.participation.table.reportedApproximate'),
      all: t('events.participation.table.all'),
      registrations: measures[0]!,
      confirmed: measures[1]!,
      attended: measures[2]!,
      sector: (sector) => localize(sectorName(sector)),
      quarterName,
      column: (group, column) => t('events.participation.table.column', { group, column }),
      yes: t('events.participation.table.yes'),
      no: t('events.participation.table.no'),
    });
    downloadCsv('event-participation-by-quarter.csv', toCsv(header, rows));
  };

  return (
    <section aria-labelledby="participation-table-heading" className={classes.section}>
      <Title order={2} id="participation-table-heading" mb="sm">
        {t('events.participation.table.title')}
      </Title>
      <Text size="sm" mb="sm" maw="48rem">
        {t('events.participation.table.note')}
      </Text>
      <TableScroll labelledBy="participation-table-caption">
        <Table striped withTableBorder withColumnBorders id="participation-table" className={classes.table}>
          <Table.Caption id="participation-table-caption">{t('events.participation.table.caption')}</Table.Caption>
          <colgroup span={3} />
          {groups.map((group) => (
            <colgroup key={group.key} span={3} />
          ))}
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                {t('events.participation.table.quarter')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2}>
                {t('events.participation.table.events')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2}>
                {t('events.participation.table.reported')}
              </Table.Th>
              {groups.map((group) => (
                <Table.Th key={group.key} scope="colgroup" colSpan={3}>
                  {group.name}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {groups.flatMap((group) =>
                measures.map((measure) => (
                  <Table.Th key={`${group.key}-${measure}`} scope="col">
                    {measure}
                  </Table.Th>
                )),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quarters.map((quarter) => (
              <Table.Tr key={quarter.quarter}>
                <Table.Th scope="row" fw={400}>
                  {quarterName(quarter.quarter)}
                </Table.Th>
                <Table.Td>{number(quarter.events)}</Table.Td>
                <Table.Td>{reportedText(quarter) ?? t('events.participation.table.noneReported')}</Table.Td>
                {cells(quarter, 'all')}
                {sectorCells(quarter.bySector)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('events.participation.table.total')}</Table.Th>
              <Table.Td>{number(totals.events)}</Table.Td>
              <Table.Td>{reportedText(totals) ?? t('events.participation.table.noneReported')}</Table.Td>
              {cells(totals, 'all')}
              {sectorCells(totals.bySector)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </TableScroll>
      <Group mt="sm">
        <Button variant="outline" onClick={exportCsv}>
          {t('events.participation.table.exportCsv')}
        </Button>
      </Group>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { KeyFigures, type KeyFigure } from '../../app/key-figures';
import { useLanguage } from '../../app/language';
import { useLocalized } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { PartnershipDashboardQuery } from '../../gql/graphql';
import { formatPercent } from '../activity/activity-figures';
import { RequireViewer } from '../account/require-viewer';
import { useDayFormat } from '../calls/call-labels';
import {
  filtersToParams,
  filterVariables,
  hasFilters,
  NO_FILTERS,
  parseFilters,
  type DashboardFilters,
} from './dashboard-filters';
import { DistrictMap } from './district-map';
import { FigureSection, type FigureRow } from './figure-section';
import { DirectionSelect, DistrictSelect, SectorSelect } from './filter-selects';
import { networkFiltersToParams } from './network-view';
import { PARTNERSHIP_DASHBOARD_QUERY } from './partnerships.graphql';
import classes from './partnerships.module.css';

type Dashboard = PartnershipDashboardQuery['partnershipDashboard'];

/** The PMO unit's national dashboard of partnerships (issue #7, item 4): the PMO unit and administrators. */
export default function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.dashboard.title'));
  return (
    <RequireViewer allow={(access) => access.canReadPartnershipDashboard}>{() => <DashboardView />}</RequireViewer>
  );
}

function DashboardView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const { data, previousData, loading, error, refetch } = useQuery(PARTNERSHIP_DASHBOARD_QUERY, {
    variables: { filter: filterVariables(filters) },
  });
  // While new figures load, the old ones stay, marked busy, so the page does not jump.
  const dashboard = (data ?? previousData)?.partnershipDashboard;

  const change = (next: DashboardFilters) => setParams(filtersToParams(next), { replace: true });

  return (
    <>
      <Title order={1} mb="sm">
        {t('partnerships.dashboard.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('partnerships.dashboard.intro')}
      </Text>
      <Text mb="lg">
        <Anchor component={Link} to={`/${language}/partnerships/network${networkSearch(filters)}`}>
          {t('partnerships.list.networkLink')}
        </Anchor>
      </Text>
      <Filters filters={filters} onChange={change} />
      {loading && <Loading />}
      {error && !loading && <QueryError error={error} onRetry={retry(refetch)} />}
      {dashboard && (
        <div aria-busy={loading}>
          <Figures dashboard={dashboard} filtered={hasFilters(filters)} />
        </div>
      )}
    </>
  );
}

/** The network under the dashboard's direction and district, the two filters it shares. */
function networkSearch(filters: DashboardFilters): string {
  const params = networkFiltersToParams({ direction: filters.direction, district: filters.district }).toString();
  return params ? `?${params}` : '';
}

/** Every filter narrows every figure at once; each change goes to the URL, so a view can be shared. */
function Filters({ filters, onChange }: { filters: DashboardFilters; onChange: (next: DashboardFilters) => void }) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      aria-label={t('partnerships.dashboard.filters')}
      className={classes.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <DirectionSelect value={filters.direction} onChange={(direction) => onChange({ ...filters, direction })} />
      <DistrictSelect value={filters.district} onChange={(district) => onChange({ ...filters, district })} />
      <SectorSelect value={filters.sector} onChange={(sector) => onChange({ ...filters, sector })} />
      <TextInput
        type="date"
        label={t('partnerships.filter.from')}
        value={filters.from ?? ''}
        max={filters.to ?? undefined}
        onChange={(event) => onChange({ ...filters, from: event.currentTarget.value || null })}
      />
      <TextInput
        type="date"
        label={t('partnerships.filter.to')}
        value={filters.to ?? ''}
        min={filters.from ?? undefined}
        onChange={(event) => onChange({ ...filters, to: event.currentTarget.value || null })}
      />
      <div>
        <Button variant="default" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
          {t('partnerships.filter.clear')}
        </Button>
      </div>
    </form>
  );
}

function Figures({ dashboard, filtered }: { dashboard: Dashboard; filtered: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const formatDay = useDayFormat();
  const number = (value: number) => formatNumber(value, language);
  const percent = (share: number) => formatPercent(share, language);
  const named = (key: string, text: LocalizedText, count: number, share: number): FigureRow => {
    const { text: label, attributes } = localized(text);
    return { key, label, lang: attributes.lang, count, share };
  };

  const summary = (
    <Text role="status" fw={600} mb="md">
      {filtered
        ? t('partnerships.dashboard.totalFiltered', { formatted: number(dashboard.total) })
        : t('partnerships.dashboard.total', { formatted: number(dashboard.total) })}
    </Text>
  );
  if (dashboard.total === 0) {
    return (
      <>
        {summary}
        <Text>{filtered ? t('partnerships.dashboard.noneFiltered') : t('partnerships.dashboard.none')}</Text>
      </>
    );
  }

  const directions = dashboard.byDirection.map((row) => {
    const { text, attributes } = localized(row.title);
    return {
      key: String(row.direction),
      label: t('partnerships.numbered', { number: number(row.direction), title: text }),
      chartLabel: t('partnerships.dashboard.directionShort', { number: number(row.direction) }),
      lang: attributes.lang,
      count: row.count,
      share: row.share,
    };
  });
  const keyFigures: KeyFigure[] = [
    [t('partnerships.dashboard.key.total'), number(dashboard.total)],
    [
      t('partnerships.dashboard.key.withBusiness'),
      t('partnerships.dashboard.key.countAndShare', {
        value: number(dashboard.withBusiness.count),
        share: percent(dashboard.withBusiness.share),
      }),
    ],
    [
      t('partnerships.dashboard.key.withLocalGovernment'),
      t('partnerships.dashboard.key.countAndShare', {
        value: number(dashboard.withLocalGovernment.count),
        share: percent(dashboard.withLocalGovernment.share),
      }),
    ],
    [
      t('partnerships.dashboard.key.sdgsCovered'),
      t('partnerships.dashboard.key.ofSeventeen', { covered: number(dashboard.sdgsCovered), all: number(17) }),
    ],
  ];

  return (
    <>
      {summary}
      <Text size="sm" mb="md">
        {t('partnerships.dashboard.asOf', { day: formatDay(dashboard.asOf) })}
      </Text>
      <KeyFigures figures={keyFigures} label={t('partnerships.dashboard.key.title')} />
      <FigureSection
        id="directions"
        title={t('partnerships.dashboard.by.direction')}
        column={t('partnerships.dashboard.column.direction')}
        rows={directions}
      >
        <Text size="sm" mb="sm">
          {t('partnerships.dashboard.note.direction', { formatted: number(dashboard.withoutDirection) })}
        </Text>
      </FigureSection>
      <FigureSection
        id="sectors"
        title={t('partnerships.dashboard.by.sector')}
        column={t('partnerships.dashboard.column.sector')}
        rows={dashboard.bySector.map((row) => named(row.sector, row.name, row.count, row.share))}
      >
        <Text size="sm" mb="sm">
          {t('partnerships.dashboard.note.sector')}
        </Text>
      </FigureSection>
      <FigureSection
        id="sector-mix"
        title={t('partnerships.dashboard.by.sectorMix')}
        column={t('partnerships.dashboard.column.sectorMix')}
        rows={dashboard.sectorMix.map((row) => ({
          key: String(row.sectorCount),
          label: number(row.sectorCount),
          count: row.count,
          share: row.share,
        }))}
      />
      <FigureSection
        id="districts"
        title={t('partnerships.dashboard.by.district')}
        column={t('partnerships.dashboard.column.district')}
        rows={dashboard.byDistrict.map((row) => named(row.district, row.name, row.count, row.share))}
        beside={<DistrictMap rows={dashboard.byDistrict} />}
      >
        <Text size="sm" mb="sm">
          {t('partnerships.dashboard.note.district', { formatted: number(dashboard.withoutDistrict) })}
        </Text>
      </FigureSection>
      <FigureSection
        id="sdgs"
        title={t('partnerships.dashboard.by.sdg')}
        column={t('partnerships.dashboard.column.sdg')}
        rows={dashboard.bySdg.map((row) => {
          const { text, attributes } = localized(row.title);
          return {
            key: String(row.sdg),
            label: t('partnerships.numbered', { number: number(row.sdg), title: text }),
            chartLabel: t('partnerships.dashboard.sdgShort', { number: number(row.sdg) }),
            lang: attributes.lang,
            count: row.count,
            share: row.share,
          };
        })}
      />
      <FigureSection
        id="quarters"
        title={t('partnerships.dashboard.by.quarter')}
        column={t('partnerships.dashboard.column.quarter')}
        layout="vertical"
        rows={dashboard.byQuarter.map((row) => ({
          key: row.quarter,
          label: row.quarter,
          count: row.count,
          share: null,
        }))}
      >
        <Text size="sm" mb="sm">
          {t('partnerships.dashboard.note.quarter')}
        </Text>
      </FigureSection>
      <FigureSection
        id="status-lights"
        title={t('partnerships.dashboard.by.statusLight')}
        column={t('partnerships.dashboard.column.statusLight')}
        rows={dashboard.statusLights.map((row) => ({
          key: row.light ?? 'NONE',
          label: t(`partnerships.light.${row.light ?? 'NONE'}`),
          count: row.count,
          share: row.share,
        }))}
      >
        <ul>
          {(['ON_TRACK', 'AT_RISK', 'OVERDUE', 'INACTIVE', 'NONE'] as const).map((light) => (
            <li key={light}>
              <strong>{t(`partnerships.light.${light}`)}</strong>
              {t('common.labelSeparator')}
              {t(`partnerships.lightMeaning.${light}`)}
            </li>
          ))}
        </ul>
      </FigureSection>
    </>
  );
}

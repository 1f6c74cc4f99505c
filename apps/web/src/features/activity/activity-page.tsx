import { useQuery } from '@apollo/client/react';
import { NativeSelect, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { RequireViewer } from '../account/require-viewer';
import { ActivityChart } from './activity-chart';
import { ActivityDistrictTable } from './activity-district-table';
import {
  clusterRows,
  districtKey,
  filterByDistrict,
  parseDistrictFilter,
  type ActivityReport,
  type Figures,
} from './activity-figures';
import { AttendanceText } from './activity-figure-text';
import { CLUSTER_ACTIVITY_QUERY } from './activity.graphql';
import { ClusterActivityTable } from './cluster-activity-table';
import classes from './activity.module.css';

/** How the clusters' forums are doing: for the PMO unit and administrators (access.md). */
export default function ActivityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activity.title'));
  return <RequireViewer allow={(access) => access.canReadActivity}>{() => <Activity />}</RequireViewer>;
}

function Activity() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CLUSTER_ACTIVITY_QUERY);
  const report = data?.clusterActivity;
  return (
    <>
      <Title order={1} mb="sm">
        {t('activity.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('activity.intro')}
      </Text>
      <Text mb="lg" maw="48rem" size="sm">
        {t('activity.definitions')}
      </Text>
      {loading && !report && <Loading />}
      {error && !report && <QueryError error={error} onRetry={retry(refetch)} />}
      {report && (
        <>
          <NationalTotal total={report.total} />
          <section aria-labelledby="activity-by-district" className={classes.section}>
            <Title order={2} id="activity-by-district" mb="md">
              {t('activity.byDistrict.title')}
            </Title>
            <div className={classes.sideBySide}>
              <ActivityChart districts={report.districts} />
              <ActivityDistrictTable districts={report.districts} total={report.total} />
            </div>
          </section>
          <Clusters report={report} />
        </>
      )}
    </>
  );
}

/** The figures for every cluster together. */
function NationalTotal({ total }: { total: Figures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="activity-total" className={classes.section}>
      <Title order={2} id="activity-total" mb="md">
        {t('activity.total.title')}
      </Title>
      {total.forums === 0 && <Text mb="sm">{t('activity.total.noForums')}</Text>}
      <dl className={classes.totals}>
        <div className={classes.total}>
          <dt>{t('activity.figures.forums')}</dt>
          <dd>{formatNumber(total.forums, language)}</dd>
        </div>
        <div className={classes.total}>
          <dt>{t('activity.figures.meetings')}</dt>
          <dd>{formatNumber(total.meetingsLast12Months, language)}</dd>
        </div>
        <div className={classes.total}>
          <dt>{t('activity.figures.attendance')}</dt>
          <dd>
            <AttendanceText figures={total} />
          </dd>
        </div>
        <div className={classes.total}>
          <dt>{t('activity.figures.vacancies')}</dt>
          <dd>{formatNumber(total.vacancies, language)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The clusters' table, narrowed to a district chosen in the address (`?district=SOUTH`). */
function Clusters({ report }: { report: ActivityReport }) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [params, setParams] = useSearchParams();
  const district = parseDistrictFilter(params.get('district'));
  const rows = filterByDistrict(clusterRows(report), district);

  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (parseDistrictFilter(value)) next.set('district', value);
    else next.delete('district');
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="activity-clusters" className={classes.section}>
      <Title order={2} id="activity-clusters" mb="md">
        {t('activity.clusters.title')}
      </Title>
      <NativeSelect
        className={classes.filter}
        label={t('activity.clusters.district')}
        value={district ?? ''}
        onChange={(event) => choose(event.currentTarget.value)}
        data={[
          { value: '', label: t('activity.clusters.allDistricts') },
          ...report.districts.map((row) => ({
            value: districtKey(row.district),
            label: row.district ? localize(row.district.name) : t('activity.noDistrict'),
          })),
        ]}
      />
      <Text role="status" mb="xs" fw={600}>
        {t('activity.clusters.shown', { count: rows.length })}
      </Text>
      <Text size="sm" mb="sm">
        {t('activity.clusters.sortHint')}
      </Text>
      {rows.length === 0 ? <Text>{t('activity.clusters.empty')}</Text> : <ClusterActivityTable rows={rows} />}
    </section>
  );
}

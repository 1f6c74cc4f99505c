import { useQuery } from '@apollo/client/react';
import { List, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { SectorCode } from '@roundtable/shared/sectors';
import { TOPIC_CODES } from '@roundtable/shared/topics';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber, isolateLtr } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { PoolDiversityQuery } from '../../gql/graphql';
import { RequireViewer } from '../account/require-viewer';
import { sectorName } from '../forums/sector-label';
import {
  chartableRows,
  DIMENSIONS,
  diversityRows,
  hiddenCount,
  splitGaps,
  type Dimension,
  type DiversityRow,
} from './diversity-data';
import { districtName, topicName } from './pool-labels';
import { POOL_DIVERSITY_QUERY } from './pool.graphql';
import classes from './pool.module.css';

type Diversity = PoolDiversityQuery['poolDiversity'];

/** The bars' colour: 7:1 against the white chart, so it reads at 3:1 and more (WCAG 1.4.11). */
const BAR_COLOUR = '#0b5cad';
const AXIS_TEXT = '#343a40';
const AXIS_LINE = '#767676';

/** The pool in aggregate, groups of five or more: the PMO unit, administrators and cluster CEOs (access.md). */
export default function DiversityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pool.diversity.title'));
  return <RequireViewer allow={(access) => access.canReadPoolDiversity}>{() => <DiversityReport />}</RequireViewer>;
}

function DiversityReport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const [params, setParams] = useSearchParams();
  const requested = params.get('topic') ?? '';
  const topic = (TOPIC_CODES as readonly string[]).includes(requested) ? requested : '';
  const { data, loading, error, refetch } = useQuery(POOL_DIVERSITY_QUERY, { variables: { topicCode: topic || null } });
  const report = data?.poolDiversity;
  const collator = new Intl.Collator(language);

  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('topic', value);
    else next.delete('topic');
    setParams(next, { replace: true });
  };

  return (
    <>
      <Title order={1} mb="sm">
        {t('pool.diversity.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('pool.diversity.intro')}
      </Text>
      <NativeSelect
        mb="lg"
        maw="24rem"
        label={t('pool.diversity.topic')}
        value={topic}
        onChange={(event) => choose(event.currentTarget.value)}
        data={[
          { value: '', label: t('pool.diversity.wholePool') },
          ...TOPIC_CODES.map((code) => ({ value: code, label: localize(topicName(code)) })).sort((a, b) =>
            collator.compare(a.label, b.label),
          ),
        ]}
      />
      {loading && !report && <Loading />}
      {error && !report && <QueryError error={error} onRetry={retry(refetch)} />}
      {report && <Report report={report} />}
    </>
  );
}

function Report({ report }: { report: Diversity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = diversityRows(report);
  const minimum = report.minimumGroupSize;
  return (
    <>
      <Text role="status" fw={600} mb="md">
        {report.total === null
          ? t('pool.diversity.totalHidden', { minimum: formatNumber(minimum, language) })
          : t('pool.diversity.total', { count: report.total, formatted: formatNumber(report.total, language) })}
      </Text>
      <Text size="sm" mb="lg" maw="48rem">
        {t('pool.diversity.suppression', { minimum: formatNumber(minimum, language) })}
      </Text>
      {report.topic && <Gaps report={report} />}
      {DIMENSIONS.map((dimension) => (
        <DimensionSection key={dimension} dimension={dimension} rows={rows[dimension]} minimum={minimum} />
      ))}
    </>
  );
}

/** The sectors a topic lacks, in words (never colour alone). */
function Gaps({ report }: { report: Diversity }) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { missing, few } = splitGaps(report.sectorGaps);
  const names = (gaps: ReadonlyArray<{ sector: SectorCode }>) =>
    gaps.map((gap) => localize(sectorName(gap.sector))).join(t('pool.listSeparator'));
  return (
    <section aria-labelledby="diversity-gaps" className={classes.section}>
      <Title order={2} id="diversity-gaps" mb="sm">
        {t('pool.diversity.gapsTitle', { topic: report.topic ? localize(report.topic.name) : '' })}
      </Title>
      {missing.length === 0 && few.length === 0 ? (
        <Text>{t('pool.diversity.noGaps')}</Text>
      ) : (
        <List spacing="xs">
          {missing.length > 0 && (
            <List.Item>
              <strong>{t('pool.diversity.missingLabel')}</strong>
              {t('common.labelSeparator')}
              {names(missing)}
            </List.Item>
          )}
          {few.length > 0 && (
            <List.Item>
              <strong>{t('pool.diversity.fewLabel', { minimum: report.minimumGroupSize })}</strong>
              {t('common.labelSeparator')}
              {names(few)}
            </List.Item>
          )}
        </List>
      )}
    </section>
  );
}

function useRowLabel(dimension: Dimension): (key: string | null) => string {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  return (key) => {
    if (key === null) return t('pool.diversity.notGiven');
    switch (dimension) {
      case 'sector':
        return localize(sectorName(key as SectorCode));
      case 'district':
        return localize(districtName(key as DistrictCode));
      case 'gender':
        return t(`pool.gender.${key}`);
      case 'ageBand':
        return t(`pool.ageBand.${key}`);
    }
  };
}

/** One table of counts and its chart; the table is the chart's text alternative and names hidden groups. */
function DimensionSection({
  dimension,
  rows,
  minimum,
}: {
  dimension: Dimension;
  rows: Array<DiversityRow<string>>;
  minimum: number;
}) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const reducedMotion = useReducedMotion();
  const label = useRowLabel(dimension);
  const isRtl = i18n.dir(language) === 'rtl';
  const headingId = `diversity-${dimension}`;
  const captionId = `diversity-${dimension}-caption`;
  const chartData = chartableRows(rows).map((row) => ({ label: label(row.key), count: row.count }));
  const hidden = hiddenCount(rows);
  const fewer = t('pool.diversity.fewerThan', { minimum: formatNumber(minimum, language) });
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={2} id={headingId} mb="sm">
        {t(`pool.diversity.by.${dimension}`)}
      </Title>
      {dimension === 'district' && (
        <Text size="sm" mb="sm">
          {t('pool.diversity.districtNote')}
        </Text>
      )}
      <div className={classes.sideBySide}>
        <figure className={classes.figure} aria-labelledby={`${headingId}-chart`}>
          <figcaption id={`${headingId}-chart`} className={classes.figcaption}>
            {t('pool.diversity.chartCaption', { name: t(`pool.diversity.by.${dimension}`) })}
          </figcaption>
          {chartData.length === 0 ? (
            <Text size="sm">{t('pool.diversity.nothingToDraw')}</Text>
          ) : (
            <div dir="ltr">
              <ResponsiveContainer width="100%" height={chartData.length * 40 + 50}>
                <BarChart
                  layout="vertical"
                  data={chartData}
                  title={t('pool.diversity.chartCaption', { name: t(`pool.diversity.by.${dimension}`) })}
                  margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
                  style={{ backgroundColor: '#ffffff' }}
                >
                  <CartesianGrid horizontal={false} stroke="#adb5bd" strokeDasharray="3 3" />
                  <XAxis
                    type="number"
                    allowDecimals={false}
                    reversed={isRtl}
                    stroke={AXIS_LINE}
                    tick={{ fill: AXIS_TEXT }}
                    tickFormatter={(value: number) => isolateLtr(formatNumber(value, language))}
                  />
                  <YAxis
                    type="category"
                    dataKey="label"
                    orientation={isRtl ? 'right' : 'left'}
                    width={150}
                    stroke={AXIS_LINE}
                    interval={0}
                    tick={{ fill: AXIS_TEXT }}
                  />
                  <Bar
                    dataKey="count"
                    name={t('pool.diversity.people')}
                    fill={BAR_COLOUR}
                    isAnimationActive={!reducedMotion}
                  />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
          {hidden > 0 && (
            <Text size="sm" mt="xs">
              {t('pool.diversity.hiddenInChart', { count: hidden })}
            </Text>
          )}
        </figure>
        <TableScroll labelledBy={captionId}>
          <Table striped withTableBorder>
            <Table.Caption id={captionId}>
              {t('pool.diversity.tableCaption', { name: t(`pool.diversity.by.${dimension}`) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`pool.diversity.column.${dimension}`)}</Table.Th>
                <Table.Th scope="col">{t('pool.diversity.people')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key ?? 'none'}>
                  <Table.Th scope="row" fw={400}>
                    {label(row.key)}
                  </Table.Th>
                  <Table.Td>{row.count === null ? fewer : formatNumber(row.count, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </div>
    </section>
  );
}

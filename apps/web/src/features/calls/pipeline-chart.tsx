import { useReducedMotion } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
  type YAxisTickContentProps,
} from 'recharts';
import { formatNumber, isolateLtr } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalized } from '../../app/localized';
import { sectorName } from '../forums/sector-label';
import { PIPELINE_BACKGROUND, PIPELINE_COLOURS } from './pipeline-colours';
import { PIPELINE_STATUSES, pipelineChartRows, type PipelineRow } from './pipeline-data';
import forumClasses from '../forums/forums.module.css';

const AXIS_TEXT = '#343a40';
const AXIS_LINE = '#767676';

interface Props {
  id: string;
  rows: readonly PipelineRow[];
  /** The table with the same numbers: the chart is described by it (WCAG 1.1.1). */
  tableId: string;
}

/**
 * Per sector, two bars: the applications stacked by status, and the seats stacked as filled and
 * vacant. recharts does not mirror, so the chart sits in a `dir="ltr"` box and, for Hebrew and
 * Arabic, the value axis is reversed and the sectors move to the right (quality.md); the legend and
 * tooltip follow the page's dir. The table beside it has every number.
 */
export function PipelineChart({ id, rows, tableId }: Props) {
  const { i18n, t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const reducedMotion = useReducedMotion();
  const dir = i18n.dir(language);
  const isRtl = dir === 'rtl';
  const title = t('callReview.pipeline.chartTitle');
  const series = [
    ...PIPELINE_STATUSES.map((status) => ({
      key: status,
      stack: 'applications',
      name: t(`callReview.pipeline.column.${status}`),
    })),
    { key: 'filled', stack: 'seats', name: t('callReview.pipeline.column.filled') },
    { key: 'vacant', stack: 'seats', name: t('callReview.pipeline.column.vacant') },
  ] as const;
  const langOf = new Map<string, string | undefined>();
  const data = pipelineChartRows(rows).map((row) => {
    const name = localize(sectorName(row.sector));
    langOf.set(name.text, name.attributes.lang);
    return { label: name.text, ...row.values };
  });
  const number = (value: number) => isolateLtr(formatNumber(value, language));

  const renderTooltip = ({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) => {
    if (!active || !payload?.length) return null;
    return (
      <div className={forumClasses.tooltip} dir={dir}>
        <p className={forumClasses.tooltipTitle}>
          <bdi lang={langOf.get(String(label))}>{label}</bdi>
        </p>
        <ul>
          {payload.map((item) => (
            <li key={String(item.dataKey)}>
              {item.name}: {formatNumber(Number(item.value), language)}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  const categoryTick = ({ x, y, textAnchor, payload }: YAxisTickContentProps): React.ReactElement => (
    <text x={x} y={y} dy="0.355em" textAnchor={textAnchor} fill={AXIS_TEXT} lang={langOf.get(String(payload.value))}>
      {String(payload.value)}
    </text>
  );

  return (
    <figure className={forumClasses.figure} aria-labelledby={`${id}-caption`} aria-describedby={tableId}>
      <figcaption id={`${id}-caption`} className={forumClasses.figcaption}>
        {title}
      </figcaption>
      <div dir="ltr" className={forumClasses.chartBox}>
        <ResponsiveContainer width="100%" height={Math.max(140, data.length * 64 + 60)}>
          <BarChart
            layout="vertical"
            data={data}
            title={title}
            desc={t('callReview.pipeline.chartDesc')}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
            barGap={2}
            style={{ backgroundColor: PIPELINE_BACKGROUND }}
          >
            <CartesianGrid horizontal={false} stroke="#adb5bd" strokeDasharray="3 3" />
            <XAxis
              type="number"
              allowDecimals={false}
              reversed={isRtl}
              stroke={AXIS_LINE}
              tick={{ fill: AXIS_TEXT }}
              tickFormatter={number}
            />
            <YAxis
              type="category"
              dataKey="label"
              orientation={isRtl ? 'right' : 'left'}
              width={150}
              stroke={AXIS_LINE}
              interval={0}
              tick={categoryTick}
            />
            <Tooltip content={renderTooltip} cursor={{ fill: '#e9ecef' }} />
            {series.map((item) => (
              <Bar
                key={item.key}
                dataKey={item.key}
                name={item.name}
                stackId={item.stack}
                fill={PIPELINE_COLOURS[item.key]}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={!reducedMotion}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className={forumClasses.legend} dir={dir} aria-label={t('common.legend')}>
        {series.map((item) => (
          <li key={item.key}>
            <span
              className={forumClasses.swatch}
              style={{ backgroundColor: PIPELINE_COLOURS[item.key] }}
              aria-hidden="true"
            />
            {item.name}{' '}
            <span className={forumClasses.missing}>
              ({item.stack === 'seats' ? t('callReview.pipeline.seatsBar') : t('callReview.pipeline.applicationsBar')})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

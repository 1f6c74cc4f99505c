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
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatNumber, isolateLtr } from '../../app/format';
import { useLanguage } from '../../app/language';
import classes from './forums.module.css';

import { FORUM_CHART_BACKGROUND } from './forum-chart-colours';

export interface ChartSeries {
  key: string;
  name: string;
  /** At least 3:1 against the white chart (WCAG 1.4.11). */
  colour: string;
}

export interface ChartDatum {
  /** Unique per row; the label may repeat (two members of the same name). */
  key: string;
  label: string;
  /** The label's language when it is a fallback (WCAG 3.1.2). */
  lang?: string | undefined;
  values: Record<string, number>;
}

const AXIS_TEXT = '#343a40';
const AXIS_LINE = '#767676';

interface Props {
  id: string;
  title: string;
  description: string;
  data: readonly ChartDatum[];
  series: readonly ChartSeries[];
  /** Bars along the value axis, stacked (seats: filled + vacant) or side by side. */
  stacked?: boolean;
  /** `horizontal`: categories down the side (members, sectors); `vertical`: along the bottom (months). */
  layout?: 'horizontal' | 'vertical';
  /** Category labels skipped between two shown (0: all), for many categories along the bottom. */
  tickInterval?: number;
}

/**
 * A bar chart of the forum dashboard. recharts does not mirror, so the chart sits in a
 * `dir="ltr"` box and, for Hebrew and Arabic, the axes are reversed and moved (quality.md); the
 * legend and tooltip follow the page's dir. Every chart has a table beside it with its numbers.
 */
export function ForumBarChart({
  id,
  title,
  description,
  data,
  series,
  stacked = false,
  layout = 'horizontal',
  tickInterval = 0,
}: Props) {
  const { i18n, t } = useTranslation();
  const language = useLanguage();
  const reducedMotion = useReducedMotion();
  const dir = i18n.dir(language);
  const isRtl = dir === 'rtl';
  const rows = data.map((datum) => ({ key: datum.key, label: datum.label, ...datum.values }));
  const langOf = new Map(data.map((datum) => [datum.label, datum.lang]));
  const number = (value: number) => isolateLtr(formatNumber(value, language));

  const renderTooltip = ({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) => {
    if (!active || !payload?.length) return null;
    return (
      <div className={classes.tooltip} dir={dir}>
        <p className={classes.tooltipTitle}>
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

  const categoryTick = ({
    x,
    y,
    textAnchor,
    payload,
  }: YAxisTickContentProps | XAxisTickContentProps): React.ReactElement => (
    <text
      x={x}
      y={y}
      dy={layout === 'horizontal' ? '0.355em' : '1em'}
      textAnchor={textAnchor}
      fill={AXIS_TEXT}
      lang={langOf.get(String(payload.value))}
    >
      {String(payload.value)}
    </text>
  );

  const horizontal = layout === 'horizontal';
  const height = horizontal ? Math.max(120, rows.length * 36 + 60) : 280;

  return (
    <figure className={classes.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={classes.figcaption}>
        {title}
      </figcaption>
      <div dir="ltr" className={classes.chartBox}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            layout={horizontal ? 'vertical' : 'horizontal'}
            data={rows}
            title={title}
            desc={description}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
            style={{ backgroundColor: FORUM_CHART_BACKGROUND }}
          >
            <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke="#adb5bd" strokeDasharray="3 3" />
            {horizontal ? (
              <>
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
              </>
            ) : (
              <>
                <XAxis
                  type="category"
                  dataKey="label"
                  reversed={isRtl}
                  stroke={AXIS_LINE}
                  interval={tickInterval}
                  height={50}
                  tick={categoryTick}
                />
                <YAxis
                  type="number"
                  allowDecimals={false}
                  orientation={isRtl ? 'right' : 'left'}
                  width={40}
                  stroke={AXIS_LINE}
                  tick={{ fill: AXIS_TEXT }}
                  tickFormatter={number}
                />
              </>
            )}
            <Tooltip content={renderTooltip} cursor={{ fill: '#e9ecef' }} />
            {series.map((item) => (
              <Bar
                key={item.key}
                dataKey={item.key}
                name={item.name}
                stackId={stacked ? 'stack' : undefined}
                fill={item.colour}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={!reducedMotion}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className={classes.legend} dir={dir} aria-label={t('common.legend')}>
        {series.map((item) => (
          <li key={item.key}>
            <span className={classes.swatch} style={{ backgroundColor: item.colour }} aria-hidden="true" />
            {item.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

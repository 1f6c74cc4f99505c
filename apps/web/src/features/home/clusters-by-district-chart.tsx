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
  type YAxisTickContentProps,
  type TooltipValueType,
} from 'recharts';
import { formatNumber, isolateLtr } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalized } from '../../app/localized';
import { CHART_BACKGROUND, STAGE_COLOURS } from './chart-colours';
import type { DistrictRow, StageKey } from './district-counts';
import type { HomeDistrict } from './home-types';
import classes from './home-page.module.css';

interface Datum extends Record<StageKey, number> {
  key: string;
  label: string;
  lang: string | undefined;
}

const AXIS_TEXT = '#343a40';
const AXIS_LINE = '#767676';

/**
 * Horizontal stacked bars, districts on the category axis. recharts does not mirror, so the
 * chart sits in a `dir="ltr"` box and, for Hebrew and Arabic, the value axis is reversed and the
 * district names move to the right (quality.md); legend and tooltip follow the page's dir.
 */
export function ClustersByDistrictChart({ rows, stages }: { rows: DistrictRow<HomeDistrict>[]; stages: StageKey[] }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const reducedMotion = useReducedMotion();
  const dir = i18n.dir(language);
  const isRtl = dir === 'rtl';

  const data: Datum[] = rows.map((row) => {
    const name = row.district ? localize(row.district.name) : { text: t('home.byDistrict.noDistrict'), attributes: {} };
    return { key: row.key, label: name.text, lang: name.attributes.lang, ...row.counts };
  });
  const langOf = new Map(data.map((datum) => [datum.label, datum.lang]));

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

  return (
    <figure className={classes.figure} aria-labelledby="by-district-chart-caption">
      <figcaption id="by-district-chart-caption" className={classes.figcaption}>
        {t('home.byDistrict.chartTitle')}
      </figcaption>
      <div dir="ltr" className={classes.chartBox}>
        <ResponsiveContainer width="100%" height={data.length * 44 + 50}>
          <BarChart
            layout="vertical"
            data={data}
            title={t('home.byDistrict.chartTitle')}
            desc={t('home.byDistrict.chartDesc')}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
            style={{ backgroundColor: CHART_BACKGROUND }}
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
              width={140}
              stroke={AXIS_LINE}
              interval={0}
              tick={({ x, y, textAnchor, payload }: YAxisTickContentProps) => (
                // A district name shown in a fallback language says which (WCAG 3.1.2).
                <text
                  x={x}
                  y={y}
                  dy="0.355em"
                  textAnchor={textAnchor}
                  fill={AXIS_TEXT}
                  lang={langOf.get(String(payload.value))}
                >
                  {payload.value}
                </text>
              )}
            />
            <Tooltip content={renderTooltip} cursor={{ fill: '#e9ecef' }} />
            {stages.map((stage) => (
              <Bar
                key={stage}
                dataKey={stage}
                name={t(`stage.${stage}`)}
                stackId="stage"
                fill={STAGE_COLOURS[stage]}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={!reducedMotion}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className={classes.legend} dir={dir} aria-label={t('common.legend')}>
        {stages.map((stage) => (
          <li key={stage}>
            <span className={classes.swatch} style={{ backgroundColor: STAGE_COLOURS[stage] }} aria-hidden="true" />
            {t(`stage.${stage}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

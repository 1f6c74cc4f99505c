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
import { districtKey, type DistrictActivity } from './activity-figures';
import { CHART_BACKGROUND, SERIES, type SeriesKey } from './activity-colours';
import classes from './activity.module.css';

interface Datum extends Record<SeriesKey, number> {
  key: string;
  label: string;
  lang: string | undefined;
}

const AXIS_TEXT = '#343a40';
const AXIS_LINE = '#767676';
const SERIES_KEYS: SeriesKey[] = ['meetingsLast12Months', 'vacancies'];
const LABEL_KEYS: Record<SeriesKey, string> = {
  meetingsLast12Months: 'activity.figures.meetings',
  vacancies: 'activity.figures.vacancies',
};

/** A series' look: its colour, and for vacancies a hatch, so the two differ by more than colour. */
function seriesFill(key: SeriesKey): string {
  return SERIES[key].hatched ? `url(#activity-hatch-${key})` : SERIES[key].colour;
}

function Hatches() {
  return (
    <defs>
      {SERIES_KEYS.filter((key) => SERIES[key].hatched).map((key) => (
        <pattern
          key={key}
          id={`activity-hatch-${key}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={SERIES[key].colour} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
        </pattern>
      ))}
    </defs>
  );
}

/**
 * Meetings and vacant seats per district, as grouped horizontal bars. recharts does not mirror,
 * so the chart sits in a `dir="ltr"` box and, for Hebrew and Arabic, the value axis is reversed and
 * the district names move to the right (quality.md); legend and tooltip follow the page's dir.
 */
export function ActivityChart({ districts }: { districts: readonly DistrictActivity[] }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const reducedMotion = useReducedMotion();
  const dir = i18n.dir(language);
  const isRtl = dir === 'rtl';

  const data: Datum[] = districts.map((row) => {
    const name = row.district ? localize(row.district.name) : { text: t('activity.noDistrict'), attributes: {} };
    return {
      key: districtKey(row.district),
      label: name.text,
      lang: name.attributes.lang,
      meetingsLast12Months: row.meetingsLast12Months,
      vacancies: row.vacancies,
    };
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
              {item.name}
              {t('common.labelSeparator')}
              {formatNumber(Number(item.value), language)}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <figure className={classes.figure} aria-labelledby="activity-chart-caption">
      <figcaption id="activity-chart-caption" className={classes.figcaption}>
        {t('activity.byDistrict.chartTitle')}
      </figcaption>
      <div dir="ltr" className={classes.chartBox}>
        <ResponsiveContainer width="100%" height={data.length * 56 + 50}>
          <BarChart
            layout="vertical"
            data={data}
            title={t('activity.byDistrict.chartTitle')}
            desc={t('activity.byDistrict.chartDesc')}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
            style={{ backgroundColor: CHART_BACKGROUND }}
            barGap={2}
          >
            <Hatches />
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
            {SERIES_KEYS.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={t(LABEL_KEYS[key])}
                fill={seriesFill(key)}
                stroke={SERIES[key].colour}
                strokeWidth={1}
                isAnimationActive={!reducedMotion}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className={classes.legend} dir={dir} aria-label={t('common.legend')}>
        {SERIES_KEYS.map((key) => (
          <li key={key}>
            <svg className={classes.swatch} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <defs>
                <pattern
                  id={`activity-legend-hatch-${key}`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill={SERIES[key].colour} />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
                </pattern>
              </defs>
              <rect
                x="0.5"
                y="0.5"
                width="15"
                height="15"
                fill={SERIES[key].hatched ? `url(#activity-legend-hatch-${key})` : SERIES[key].colour}
                stroke={SERIES[key].colour}
              />
            </svg>
            {t(LABEL_KEYS[key])}
          </li>
        ))}
      </ul>
    </figure>
  );
}

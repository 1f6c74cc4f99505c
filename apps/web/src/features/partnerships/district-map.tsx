import { useMemo } from 'react';
import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import outline from 'virtual:israel-outline';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalized, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import type { LocalizedText } from '@roundtable/shared/localized';
import { MAP_FRAME } from '../home/map-projection';
import { LAND_FILL, LAND_STROKE, symbolPath } from '../home/map-symbols';
import { useMapAuthorities } from '../home/use-map-authorities';
import homeClasses from '../home/home-page.module.css';
import { layoutDistrictMap, type ShadeClass } from './district-map-layout';
import classes from './partnerships.module.css';

interface DistrictRow {
  district: string;
  count: number;
  name: LocalizedText;
}

function Swatch({ shade }: { shade: ShadeClass }) {
  return (
    <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true" className={homeClasses.symbol}>
      <path
        d={symbolPath('circle', shade.radius + 1.5)}
        fill={shade.fill ?? 'none'}
        stroke={shade.edge}
        strokeWidth={shade.fill ? 1 : 1.6}
      />
    </svg>
  );
}

/**
 * Partnerships by district on the map of Israel, beside the district table (its text
 * alternative, with the exact counts). There are no district boundaries in the data, so each local
 * authority is drawn at its place in its district's shade (district-map-layout.ts). The legend
 * names every district with its count; the map is an image, not a control, so the keyboard passes it.
 */
export function DistrictMap({ rows }: { rows: readonly DistrictRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const localize = useLocalizedString();
  const { authorities, total, isComplete, error, retry } = useMapAuthorities();
  const layout = useMemo(
    () => (isComplete ? layoutDistrictMap(outline, authorities, rows) : null),
    [isComplete, authorities, rows],
  );
  const names = new Map(rows.map((row) => [row.district, row.name]));

  if (error) return <QueryError error={error} onRetry={retry} />;
  if (!layout) {
    return (
      <Loading
        label={total === null ? undefined : t('home.map.loadingProgress', { loaded: authorities.length, total })}
      />
    );
  }
  return (
    <div className={classes.districtMap}>
      <svg
        className={homeClasses.map}
        viewBox={`0 0 ${MAP_FRAME.width} ${MAP_FRAME.height}`}
        role="img"
        aria-labelledby="district-map-title district-map-desc"
      >
        <title id="district-map-title">{t('partnerships.dashboard.map.title')}</title>
        <desc id="district-map-desc">{t('partnerships.dashboard.map.description')}</desc>
        <g>
          {layout.outline.map((d, index) => (
            <path key={index} d={d} fill={LAND_FILL} stroke={LAND_STROKE} strokeWidth={0.8} />
          ))}
        </g>
        <g>
          {layout.points.map(({ authority, x, y, district, shade }) => (
            <path
              key={authority.id}
              d={symbolPath('circle', shade.radius)}
              transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
              fill={shade.fill ?? 'none'}
              stroke={shade.edge}
              strokeWidth={shade.fill ? 0.6 : 1.2}
            >
              <title>
                {t('partnerships.dashboard.map.point', {
                  authority: localize(authority.name),
                  district: names.has(district) ? localize(names.get(district)!) : district,
                })}
              </title>
            </path>
          ))}
        </g>
      </svg>
      <div>
        <Title order={3} size="h4" id="district-map-legend" mb="xs">
          {t('common.legend')}
        </Title>
        <ul className={homeClasses.mapLegend} aria-labelledby="district-map-legend">
          {rows.map((row) => {
            const { text, attributes } = localized(row.name);
            return (
              <li key={row.district}>
                <Swatch shade={layout.districts.get(row.district)!} />
                <span>
                  <bdi lang={attributes.lang}>{text}</bdi>
                  {t('common.labelSeparator')}
                  {formatNumber(row.count, language)}
                </span>
              </li>
            );
          })}
        </ul>
        <Text size="sm" mb="xs">
          {t('partnerships.dashboard.map.how')}
        </Text>
        {layout.notDrawn > 0 && (
          <Text size="sm">
            {t('partnerships.dashboard.map.notDrawn', { formatted: formatNumber(layout.notDrawn, language) })}
          </Text>
        )}
      </div>
    </div>
  );
}

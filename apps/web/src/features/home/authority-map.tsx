import { useMemo } from 'react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import outline from 'virtual:israel-outline';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import type { HomeCluster } from './home-types';
import { layoutMap } from './map-layout';
import { MapLegend } from './map-legend';
import { MAP_FRAME } from './map-projection';
import { LAND_FILL, LAND_STROKE, symbolPath } from './map-symbols';
import { useMapAuthorities } from './use-map-authorities';
import classes from './home-page.module.css';

/**
 * The authorities on a map of Israel drawn offline from world-atlas outlines (no tiles, no
 * network). Its text alternative is the legend with counts and the link to the full list.
 */
export function AuthorityMap({ clusters }: { clusters: HomeCluster[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const { authorities, total, isComplete, error, retry } = useMapAuthorities();
  const layout = useMemo(
    () => (isComplete ? layoutMap(outline, clusters, authorities) : null),
    [isComplete, clusters, authorities],
  );

  return (
    <section aria-labelledby="authority-map" className={classes.section}>
      <Title order={2} id="authority-map" mb="md">
        {t('home.map.title')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={retry} />
      ) : !layout ? (
        <Loading
          label={total === null ? undefined : t('home.map.loadingProgress', { loaded: authorities.length, total })}
        />
      ) : (
        <div className={classes.mapLayout}>
          <svg
            className={classes.map}
            viewBox={`0 0 ${MAP_FRAME.width} ${MAP_FRAME.height}`}
            role="img"
            aria-labelledby="map-title map-desc"
          >
            <title id="map-title">{t('home.map.svgTitle')}</title>
            <desc id="map-desc">{t('home.map.svgDesc')}</desc>
            <g>
              {layout.outline.map((d, index) => (
                <path key={index} d={d} fill={LAND_FILL} stroke={LAND_STROKE} strokeWidth={0.8} />
              ))}
            </g>
            <g>
              {layout.points.map(({ authority, x, y, symbol }) => (
                <path
                  key={authority.id}
                  d={symbolPath(symbol.shape, 3.2)}
                  transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
                  fill={symbol.shape === 'ring' ? 'none' : symbol.colour}
                  stroke={symbol.shape === 'ring' ? symbol.colour : '#ffffff'}
                  strokeWidth={symbol.shape === 'ring' ? 1.4 : 0.6}
                >
                  <title>{localize(authority.name)}</title>
                </path>
              ))}
            </g>
          </svg>
          <div>
            <MapLegend layout={layout} />
            {layout.withoutPlace > 0 && (
              <Text size="sm" mb="xs">
                {t('home.map.withoutPlace', { count: layout.withoutPlace })}
              </Text>
            )}
            {layout.inSeveralClusters > 0 && (
              <Text size="sm" mb="xs">
                {t('home.map.multiCluster', { count: layout.inSeveralClusters })}
              </Text>
            )}
            <Anchor component={Link} to={`/${language}/authorities`}>
              {t('home.map.listLink')}
            </Anchor>
          </div>
        </div>
      )}
    </section>
  );
}

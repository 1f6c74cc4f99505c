import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import type { HomeCluster, MapAuthority } from './home-types';
import type { MapLayout } from './map-layout';
import { NO_CLUSTER_SYMBOL, symbolPath, type MapSymbol } from './map-symbols';
import classes from './home-page.module.css';

function Swatch({ symbol }: { symbol: MapSymbol }) {
  return (
    <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true" className={classes.symbol}>
      <path
        d={symbolPath(symbol.shape, 5)}
        fill={symbol.shape === 'ring' ? 'none' : symbol.colour}
        stroke={symbol.colour}
        strokeWidth={symbol.shape === 'ring' ? 2 : 0}
      />
    </svg>
  );
}

/** The map's legend: every cluster's symbol, name and the number of its authorities drawn. */
export function MapLegend({ layout }: { layout: MapLayout<MapAuthority, HomeCluster> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Title order={3} size="h4" id="map-legend" mb="xs">
        {t('common.legend')}
      </Title>
      <ul className={classes.mapLegend} aria-labelledby="map-legend">
        {layout.legend.map(({ cluster, symbol, count }) => (
          <li key={cluster.id}>
            <Swatch symbol={symbol} />
            <span>
              <Anchor component={Link} to={`/${language}/clusters/${cluster.slug}`}>
                <Name value={cluster.name} />
              </Anchor>
              {t('common.labelSeparator')}
              {t('common.authorityCount', { count })}
            </span>
          </li>
        ))}
        {layout.noClusterCount > 0 && (
          <li>
            <Swatch symbol={NO_CLUSTER_SYMBOL} />
            <span>
              {t('home.map.noCluster')}
              {t('common.labelSeparator')}
              {t('common.authorityCount', { count: layout.noClusterCount })}
            </span>
          </li>
        )}
      </ul>
    </>
  );
}

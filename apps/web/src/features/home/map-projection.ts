import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

export interface MapFrame {
  width: number;
  height: number;
  padding: number;
}

/** Israel is long and narrow; the frame follows its shape. */
export const MAP_FRAME: MapFrame = { width: 300, height: 620, padding: 12 };

/**
 * A Mercator projection fitted to the outlines and to every point, so no authority falls
 * outside the drawing even where the outlines end (the Golan, the coast).
 */
export function fitMapProjection(
  outline: FeatureCollection,
  points: ReadonlyArray<readonly [longitude: number, latitude: number]>,
  frame: MapFrame = MAP_FRAME,
): GeoProjection {
  const features: Feature[] = [...outline.features];
  if (points.length > 0) {
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: points.map(([lon, lat]) => [lon, lat]) },
    });
  }
  const { width, height, padding } = frame;
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    { type: 'FeatureCollection', features },
  );
}

/** The SVG path of each outline feature. */
export function outlinePaths(outline: FeatureCollection, projection: GeoProjection): string[] {
  const path = geoPath(projection);
  return outline.features.map((feature) => path(feature) ?? '');
}

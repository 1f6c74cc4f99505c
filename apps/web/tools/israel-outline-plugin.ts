import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const MODULE_ID = 'virtual:israel-outline';
const RESOLVED_ID = '\0' + MODULE_ID;
/** world-atlas ids (ISO 3166-1 numeric): Israel, and the West Bank with Gaza ("275"). */
const COUNTRY_IDS = ['376', '275'];

function round(positions: unknown): unknown {
  if (typeof positions === 'number') return Math.round(positions * 1e4) / 1e4;
  return (positions as unknown[]).map(round);
}

/**
 * Extracts the two outlines the map draws from world-atlas at build time, so the bundle carries
 * a few kilobytes instead of the whole world and the page needs no network at run time.
 */
export async function loadIsraelOutline(): Promise<FeatureCollection> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const features: Feature[] = [];
  for (const geometry of topology.objects.countries.geometries) {
    if (!COUNTRY_IDS.includes(String(geometry.id))) continue;
    const shape = feature(topology, geometry) as Feature<Geometry>;
    const coordinates = round((shape.geometry as { coordinates: Position[][] }).coordinates);
    // No names or labels: the map draws land, not borders (see the brief).
    features.push({
      type: 'Feature',
      id: String(geometry.id),
      properties: {},
      geometry: { ...shape.geometry, coordinates } as Geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

export function israelOutlinePlugin(): Plugin {
  return {
    name: 'roundtable-israel-outline',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(await loadIsraelOutline())};`;
    },
  };
}

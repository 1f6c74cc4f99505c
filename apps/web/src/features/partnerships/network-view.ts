import type { DistrictCode } from '@roundtable/shared/districts';
import type { Language } from '@roundtable/shared/localized';
import type { NetworkNodeKind } from '@roundtable/shared/network';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { LOCALES } from '../../app/format';
import { parseFilters } from './dashboard-filters';

/** The network's filters as the URL keeps them, read as the dashboard reads its own. */
export interface NetworkFilters {
  direction: number | null;
  district: DistrictCode | null;
}

export function parseNetworkFilters(params: URLSearchParams): NetworkFilters {
  const { direction, district } = parseFilters(params);
  return { direction, district };
}

export function networkFiltersToParams(filters: NetworkFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.direction !== null) params.set('direction', String(filters.direction));
  if (filters.district) params.set('district', filters.district);
  return params;
}

export function networkFilterVariables(filters: NetworkFilters) {
  return {
    ...(filters.direction !== null && { direction: filters.direction }),
    ...(filters.district && { district: filters.district }),
  };
}

export type Shape = 'square' | 'triangle' | 'diamond' | 'circle' | 'hexagon' | 'triangleDown' | 'ring';

/**
 * Each sector's colour and shape in the drawing: the shape tells the sector without the colour
 * (WCAG 1.4.1), and every colour is at least 3:1 against the white drawing (1.4.11; tested). A
 * forum is a ring; a person whose seat names no sector (a secretary) is grey.
 */
export const SECTOR_STYLE: Record<SectorCode, { colour: string; shape: Shape }> = {
  GOVERNMENT: { colour: '#0b5394', shape: 'square' },
  LOCAL_GOVERNMENT: { colour: '#9c4f00', shape: 'triangle' },
  BUSINESS: { colour: '#7b1fa2', shape: 'diamond' },
  CIVIL_SOCIETY: { colour: '#2e7d32', shape: 'circle' },
  PHILANTHROPY: { colour: '#c2185b', shape: 'hexagon' },
  ACADEMIA: { colour: '#37474f', shape: 'triangleDown' },
};
export const FORUM_STYLE = { colour: '#212529', shape: 'ring' as Shape };
export const NO_SECTOR_STYLE = { colour: '#6c757d', shape: 'circle' as Shape };
export const NETWORK_BACKGROUND = '#ffffff';

export function nodeStyle(kind: NetworkNodeKind, sector: SectorCode | null): { colour: string; shape: Shape } {
  if (kind === 'FORUM') return FORUM_STYLE;
  return sector ? SECTOR_STYLE[sector] : NO_SECTOR_STYLE;
}

/** The outline of a shape of radius r around (x, y), as an SVG path. */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const polygon = (corners: number, rotation: number) =>
    `${Array.from({ length: corners }, (_, i) => {
      const angle = rotation + (2 * Math.PI * i) / corners;
      return `${i === 0 ? 'M' : 'L'}${round(x + r * Math.cos(angle))},${round(y + r * Math.sin(angle))}`;
    }).join('')}Z`;
  switch (shape) {
    case 'square':
      return polygon(4, Math.PI / 4);
    case 'diamond':
      return polygon(4, 0);
    case 'triangle':
      return polygon(3, -Math.PI / 2);
    case 'triangleDown':
      return polygon(3, Math.PI / 2);
    case 'hexagon':
      return polygon(6, 0);
    case 'circle':
    case 'ring':
      return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1,0 ${round(2 * r)},0a${round(r)},${round(r)} 0 1,0 ${round(-2 * r)},0Z`;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A node's radius: larger with more links, within bounds. */
export function nodeRadius(degree: number): number {
  return Math.min(14, 5 + Math.sqrt(degree) * 1.5);
}

/** How many links each node has in what is drawn. */
export function degrees(links: ReadonlyArray<{ source: string; target: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of links) {
    counts.set(link.source, (counts.get(link.source) ?? 0) + 1);
    counts.set(link.target, (counts.get(link.target) ?? 0) + 1);
  }
  return counts;
}

/** The sectors present among the nodes, in the sectors' order, for the legend. */
export function sectorsPresent(nodes: ReadonlyArray<{ sector: SectorCode | null }>): SectorCode[] {
  const present = new Set(nodes.map((node) => node.sector));
  return SECTOR_CODES.filter((sector) => present.has(sector));
}

/** Betweenness (0 to 1) as a figure for a table or file: four decimals. */
export function formatBetweenness(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Betweenness for a reader: four decimals at most, Latin digits in every language (quality.md). */
export function formatBetweennessText(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { numberingSystem: 'latn', maximumFractionDigits: 4 }).format(
    formatBetweenness(value),
  );
}

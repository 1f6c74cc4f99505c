import type { SectorCode } from '@roundtable/shared/sectors';

/**
 * The participation chart's sector colours, each at least 3:1 against the white chart (WCAG
 * 1.4.11; tested). Colour is never the only cue: the legend names each sector in the stacking
 * order, the segments are parted by a white line, and the table below holds every number.
 */
export const SECTOR_CHART_COLOURS: Record<SectorCode, string> = {
  GOVERNMENT: '#0b5cad',
  LOCAL_GOVERNMENT: '#8a4f00',
  BUSINESS: '#2b7a3b',
  CIVIL_SOCIETY: '#6a3d9a',
  PHILANTHROPY: '#c92a2a',
  ACADEMIA: '#343a40',
};

export const SECTOR_CHART_BACKGROUND = '#ffffff';

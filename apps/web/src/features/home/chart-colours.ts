import type { StageKey } from './district-counts';

/** Series colours, each at least 3:1 against the white chart (WCAG 1.4.11); tested. */
export const STAGE_COLOURS: Record<StageKey, string> = {
  CANDIDATE: '#8a4f00',
  FORMING: '#6a3d9a',
  INCORPORATING: '#007c80',
  ACTIVE: '#0b5cad',
  UNKNOWN: '#666666',
};

export const CHART_BACKGROUND = '#ffffff';

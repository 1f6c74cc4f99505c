import type { PipelineStatus } from './pipeline-data';

/**
 * The pipeline chart's series colours, each at least 3:1 against the white chart (WCAG 1.4.11;
 * tested). Colour is never the only cue: the legend names each series, the segments are parted by
 * a white line, and the table beside the chart holds every number.
 */
export const PIPELINE_COLOURS: Record<PipelineStatus | 'filled' | 'vacant', string> = {
  submitted: '#5f3dc4',
  underReview: '#8a4f00',
  accepted: '#2b7a3b',
  reserve: '#0b5cad',
  rejected: '#c92a2a',
  filled: '#212529',
  vacant: '#767676',
};

export const PIPELINE_BACKGROUND = '#ffffff';

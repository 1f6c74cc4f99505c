export type SeriesKey = 'meetingsLast12Months' | 'vacancies';

/**
 * The chart's two series: each at least 3:1 against the white chart (WCAG 1.4.11; tested), and
 * vacancies hatched as well, so the series never differ by colour alone.
 */
export const SERIES: Record<SeriesKey, { colour: string; hatched: boolean }> = {
  meetingsLast12Months: { colour: '#0b5cad', hatched: false },
  vacancies: { colour: '#8a4f00', hatched: true },
};

export const CHART_BACKGROUND = '#ffffff';

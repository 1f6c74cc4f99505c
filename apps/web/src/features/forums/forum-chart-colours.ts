/** Series colours of the forum charts, each at least 3:1 against the white chart (WCAG 1.4.11); tested. */
export const FORUM_CHART_COLOURS = {
  filled: '#0b5cad',
  vacant: '#767676',
  attended: '#0b5cad',
  required: '#8a4f00',
  meetings: '#007c80',
} as const;

export const FORUM_CHART_BACKGROUND = '#ffffff';

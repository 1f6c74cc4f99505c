import { Anchor, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults miss WCAG AA in places: primary blue 6 on white is 3.6:1, the dimmed grey
 * 3.3:1 and a field's error text (red 6) 3.3:1. Shade 8 of blue (5.0:1), grey 7 (8.2:1) and red 9
 * (5.9:1) pass; links are underlined so they do not rely on colour (WCAG 1.4.1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'var(--rt-font)',
  headings: { fontFamily: 'var(--rt-font)' },
  focusRing: 'auto',
  components: {
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

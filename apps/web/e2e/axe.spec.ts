import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

const LANGUAGES = ['he', 'ar', 'en'] as const;

/** Every route, each with what must be on screen before it is checked (the loaded state). */
const PAGES: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
  {
    path: '',
    ready: async (page) => {
      await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
      await expect(page.locator('svg[role="img"] g path').first()).toBeVisible();
    },
  },
  {
    path: '/clusters/haifa-bay',
    ready: async (page) => expect(page.locator('table').first()).toBeVisible(),
  },
  {
    path: '/clusters/beit-hakerem',
    ready: async (page) => expect(page.locator('dl')).toBeVisible(),
  },
  {
    path: '/clusters/western-negev',
    ready: async (page) => expect(page.locator('table').first()).toBeVisible(),
  },
  {
    path: '/authorities',
    ready: async (page) => expect(page.locator('tbody tr').first()).toBeVisible(),
  },
  {
    path: '/authorities?q=%D7%98%D7%9E%D7%A8%D7%94',
    ready: async (page) => expect(page.locator('tbody tr').first()).toBeVisible(),
  },
  {
    path: '/directions',
    ready: async (page) => expect(page.locator('main li').nth(6)).toBeVisible(),
  },
  { path: '/accessibility', ready: async (page) => expect(page.locator('main li').first()).toBeVisible() },
  {
    path: '/clusters/no-such-cluster',
    ready: async (page) => expect(page.locator('main a[href]')).toBeVisible(),
  },
];

for (const language of LANGUAGES) {
  for (const { path, ready } of PAGES) {
    test(`axe finds no WCAG 2.1 AA violation on /${language}${path}`, async ({ page }) => {
      await page.goto(`/${language}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await ready(page);
      await expectNoAxeViolations(page);
    });
  }
}

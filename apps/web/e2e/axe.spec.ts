import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { DEMO, signInAs } from './identity';

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
  // The events calendar (issue #8): the sources' events under their timing and month.
  {
    path: '/events',
    ready: async (page) => expect(page.locator('main article').nth(2)).toBeVisible(),
  },
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

/**
 * The pages for signed-in people and the states that matter (form errors, an open dialog, an
 * expanded row), each as the role that sees it (`as`), or signed out.
 */
const STATES: Array<{ name: string; path: string; as?: string; ready: (page: Page) => Promise<void> }> = [
  {
    name: 'the sign-in form',
    path: '/sign-in',
    ready: async (page) => expect(page.locator('input[autocomplete="current-password"]')).toBeVisible(),
  },
  {
    name: 'the sign-in form with its field errors',
    path: '/sign-in',
    ready: async (page) => {
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('input[aria-invalid="true"]')).toHaveCount(2);
    },
  },
  {
    name: 'the sign-in form refused by the server',
    path: '/sign-in',
    ready: async (page) => {
      await page.locator('input[autocomplete="username"]').fill('nobody@example.test');
      await page.locator('input[autocomplete="current-password"]').fill('not a password');
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('main [role="alert"]').filter({ hasText: /\S/ })).toBeVisible();
    },
  },
  {
    name: 'an invitation link without its token',
    path: '/invitation',
    ready: async (page) => expect(page.locator('main a[href]')).toBeVisible(),
  },
  {
    name: 'an invitation link with its errors',
    path: '/invitation#token=not-a-real-token',
    ready: async (page) => {
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('input[aria-invalid="true"]')).toHaveCount(2);
    },
  },
  {
    name: 'my account',
    path: '/account',
    as: DEMO.stakeholder,
    ready: async (page) => expect(page.locator('input[autocomplete="new-password"]').first()).toBeVisible(),
  },
  {
    name: 'the accounts administration with an account open',
    path: '/admin/accounts',
    as: DEMO.admin,
    ready: async (page) => {
      await page.locator('tbody button[aria-expanded="false"]').first().click();
      await expect(page.locator('tbody [role="region"] form')).toBeVisible();
    },
  },
  {
    name: 'the audit trail with an entry open',
    path: '/admin/audit',
    as: DEMO.admin,
    ready: async (page) => {
      await page.locator('tbody button[aria-expanded="false"]').first().click();
      await expect(page.locator('tbody button[aria-expanded="true"]')).toBeVisible();
    },
  },
  {
    name: 'an administration page without its role',
    path: '/admin/accounts',
    as: DEMO.stakeholder,
    ready: async (page) => expect(page.locator('main a[href]')).toBeVisible(),
  },
  {
    name: "a cluster page with its CEO's add-milestone dialog",
    path: '/clusters/haifa-bay',
    as: DEMO.ceoHaifaBay,
    ready: async (page) => {
      await page.locator('section[aria-labelledby="cluster-milestones"] > button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').locator('input').first()).toBeFocused();
    },
  },
  {
    name: "a past event's page with its tracks",
    path: '/events',
    ready: async (page) => {
      await page
        .locator('main h4 a')
        .filter({ hasText: /בית הכרם|Beit HaKerem/ })
        .click();
      await expect(page.locator('section[aria-labelledby="event-tracks"] li')).toHaveCount(5);
    },
  },
  {
    name: 'my events',
    path: '/my/events',
    as: DEMO.stakeholder,
    ready: async (page) => expect(page.locator('main p').first()).toBeVisible(),
  },
  {
    // The sources' conferences (2013, 2022) by their reported figures, and the table of 40 quarters.
    name: "the PMO unit's participation across events",
    path: '/events/participation?from=2013-Q1&to=2022-Q4',
    as: DEMO.pmo,
    ready: async (page) => {
      await expect(page.locator('#participation-table tbody tr')).toHaveCount(40);
      await expect(page.locator('#participation-chart-heading')).toBeVisible();
    },
  },
  {
    name: 'the new event form with its field errors',
    path: '/events/new',
    as: DEMO.pmo,
    ready: async (page) => {
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('input[aria-invalid="true"]')).toHaveCount(2);
    },
  },
];

for (const language of LANGUAGES) {
  for (const { name, path, as, ready } of STATES) {
    test(`axe finds no WCAG 2.1 AA violation on ${name} in ${language}`, async ({ page }) => {
      if (as) await signInAs(page, as);
      await page.goto(`/${language}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await ready(page);
      await expectNoAxeViolations(page);
    });
  }
}

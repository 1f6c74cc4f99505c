import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { expect, test, type APIRequest, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { adminRequest, DEMO, graphql, newAccount, signInAs } from './identity';

/**
 * The PMO unit's participation across events (issue #8, item 4; docs/events.md): the sources'
 * conferences by their reported figures, a registration counted under its sector, the period in
 * the address, the table as CSV, and the page refused to anyone else.
 */

/**
 * A national event of the test's own on `day`, made by the PMO unit through the API, with one
 * registration from `sector`. The day is in a quarter no other test uses, so the counts are this
 * test's alone. A past event takes no registrations, so it is made a year ahead, registered to, and
 * then moved to its day, as an event that has taken place was registered to beforehand.
 */
async function eventWithRegistration(page: Page, requests: APIRequest, baseURL: string | undefined, day: string) {
  await signInAs(page, DEMO.pmo);
  const title = `Participation check ${randomUUID().slice(0, 8)}`;
  const created = await graphql<{ createEvent: { id: string } }>(
    page.request,
    'mutation E($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    {
      input: {
        kind: 'WORKSHOP',
        clusterId: null,
        title: { he: `בדיקת השתתפות ${title.slice(-8)}`, en: title },
        startsOn: `${new Date().getUTCFullYear() + 1}-06-01`,
        isOnline: false,
      },
    },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const eventId = created.data!.createEvent.id;
  const admin = await adminRequest(requests, baseURL);
  const registrant = await requests.newContext({ baseURL });
  await newAccount(admin, { accept: registrant, name: 'Registrant' });
  const registered = await graphql(
    registrant,
    'mutation R($eventId: ID!, $sector: SectorCode!) { registerForEvent(eventId: $eventId, sector: $sector) { id } }',
    { eventId, sector: 'LOCAL_GOVERNMENT' },
  );
  expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
  const moved = await graphql(
    page.request,
    'mutation M($input: UpdateEventInput!) { updateEvent(input: $input) { id } }',
    { input: { eventId, startsOn: day } },
  );
  expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
  await registrant.dispose();
  await admin.dispose();
}

/** A quarter's row of the table: its cells' text without direction marks (events, reported, all × 3, sectors × 3). */
async function quarterRow(page: Page, quarter: string): Promise<string[]> {
  const row = page
    .locator('#participation-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: quarter, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((text) => stripMarks(text).trim());
}

// Columns of a row's cells: events held, the reported figure, then all sectors and each sector in
// the sectors' order (government, local government, business, …), three each.
const EVENTS = 0;
const REPORTED = 1;
const ALL_REGISTRATIONS = 2;
const LOCAL_GOVERNMENT_REGISTRATIONS = 2 + 3 + 3;
const BUSINESS_REGISTRATIONS = 2 + 3 + 6;

test('the PMO unit sees the sources’ conferences by their reported figures, apart from registrations', async ({
  page,
}) => {
  await signInAs(page, DEMO.pmo);
  await page.goto('/en/events');
  await page.getByRole('link', { name: 'Participation across events, by quarter and sector' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participation across events' })).toBeVisible();
  // The default period: the last eight quarters.
  await expect(page.getByRole('button', { name: 'The last eight quarters' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Everything since 2013' }).click();
  await expect(page).toHaveURL(/from=2013-Q1/);
  await expect(page.getByRole('rowheader', { name: 'Q3 2013', exact: true })).toBeVisible();
  // Seed 001: Beit HaKerem's exposure conference, 2013-08-26, 135 participants; no registrations.
  const beitHaKerem = await quarterRow(page, 'Q3 2013');
  expect(beitHaKerem[EVENTS]).toBe('1');
  expect(beitHaKerem[REPORTED]).toBe('reported: 135');
  expect(beitHaKerem[ALL_REGISTRATIONS]).toBe('0');
  // Seed 004: the Future Search conference, 2022-07-06/07, about 100.
  const futureSearch = await quarterRow(page, 'Q3 2022');
  expect(futureSearch[REPORTED]).toBe('reported: about 100');
  expect(futureSearch[ALL_REGISTRATIONS]).toBe('0');
  await expect(
    page.getByText(
      'Reported by the sources, apart from the registrations: about 235 participants (events with a reported figure: 2)',
    ),
  ).toBeVisible();
});

test('a registration counts under its sector in its quarter; the period is in the address and the table downloads', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await eventWithRegistration(page, playwright.request, baseURL, '2016-05-10');
  await page.goto('/en/events/participation');
  await expect(page.getByRole('heading', { level: 1, name: 'Participation across events' })).toBeVisible();

  // Changing the period with its two selects.
  const filters = page.getByRole('search', { name: 'The period and the kind of event' });
  await filters.getByRole('combobox', { name: 'From quarter' }).selectOption({ label: 'Q1 2016' });
  await filters.getByRole('combobox', { name: 'To quarter' }).selectOption({ label: 'Q4 2016' });
  await expect(page).toHaveURL(/from=2016-Q1&to=2016-Q4/);
  await expect(page.locator('#participation-table tbody tr')).toHaveCount(4);
  const row = await quarterRow(page, 'Q2 2016');
  expect(row[EVENTS]).toBe('1');
  expect(row[REPORTED]).toBe('None');
  expect(row[ALL_REGISTRATIONS]).toBe('1');
  expect(row[LOCAL_GOVERNMENT_REGISTRATIONS]).toBe('1');
  expect(row[BUSINESS_REGISTRATIONS]).toBe('0');
  // The headline answers the question: local government's share of the registrations.
  const localGovernment = page.locator('dl div').filter({ hasText: 'Local government: share of registrations' });
  await expect(localGovernment.locator('dd')).toHaveText(/1 of 1 \(100%\)/);
  await expect(page.locator('figure svg.recharts-surface')).toBeVisible();

  // The chart's toggle is in the address too; a reload keeps both.
  // Click, then wait: the radio follows the address, which the router updates in a transition.
  await page.getByRole('radio', { name: 'Checked in' }).click();
  await expect(page.getByRole('radio', { name: 'Checked in' })).toBeChecked();
  await expect(page).toHaveURL(/measure=attended/);
  // No one checked in: the chart says so rather than draw nothing.
  await expect(page.getByText('No one checked in at this period’s events')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Checked in' })).toBeChecked();
  await expect(filters.getByRole('combobox', { name: 'From quarter' })).toHaveValue('2016-Q1');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('event-participation-by-quarter.csv');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = Papa.parse<string[]>(text.slice(1).trim()).data;
  expect(header!.slice(0, 5)).toEqual([
    'Quarter',
    'Events held',
    'Reported by the sources (not registrations)',
    'Reported figure is approximate',
    'All sectors: Registrations',
  ]);
  const column = (name: string) => header!.indexOf(name);
  expect(column('Local government: Registrations')).toBeGreaterThan(0);
  expect(rows.map((cells) => cells[0])).toEqual(['Q1 2016', 'Q2 2016', 'Q3 2016', 'Q4 2016']);
  const q2 = rows[1]!;
  expect(q2[column('Events held')]).toBe('1');
  expect(q2[column('All sectors: Registrations')]).toBe('1');
  expect(q2[column('Local government: Registrations')]).toBe('1');
  expect(q2[column('Business sector: Registrations')]).toBe('0');
});

test('a period without events says so', async ({ page }) => {
  await signInAs(page, DEMO.pmo);
  await page.goto('/en/events/participation?from=2014-Q1&to=2014-Q4&kind=ONLINE_EVENT');
  await expect(page.getByText('No events of this kind were held in this period')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('anyone but the PMO unit and administrators is refused, and the calendar offers them no link', async ({
  page,
}) => {
  await page.goto('/en/events/participation');
  await expect(page).toHaveURL(/\/en\/sign-in/);

  for (const account of [DEMO.stakeholder, DEMO.ceoHaifaBay]) {
    await page.context().clearCookies();
    await signInAs(page, account);
    await page.goto('/en/events/participation');
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.goto('/en/events');
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Participation across events/ })).toHaveCount(0);
  }
});

test('axe finds no WCAG 2.1 AA violation on the page in he, ar and en, with registrations counted', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await eventWithRegistration(page, playwright.request, baseURL, '2017-05-10');
  for (const language of ['he', 'ar', 'en'] as const) {
    await page.goto(`/${language}/events/participation?from=2017-Q1&to=2017-Q4`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#participation-table tbody tr')).toHaveCount(4);
    await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

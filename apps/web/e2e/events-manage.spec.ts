import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { adminRequest, clusterId, DEMO, graphql, newAccount, signInAs } from './identity';

/**
 * The organiser's page of an event (issue #8, item 6): Haifa Bay's CEO runs a workshop of the
 * cluster's with two seats, three people register (the third waits), the CEO checks one in (also
 * after finding them by name), the participation table counts them, and the attendees' file downloads. Every test makes its own
 * event and people.
 */

/** Today in Israel, as YYYY-MM-DD: check-in opens on the event's first day. */
function israelToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
}

interface Arranged {
  eventId: string;
  title: string;
  /** The registrants' names, in the order they registered: two confirmed, one waitlisted. */
  names: string[];
}

/** An event of Haifa Bay's, made by its CEO through the API, and three registrations to it. */
async function arrangeEvent(page: Page, requests: APIRequest, baseURL: string | undefined): Promise<Arranged> {
  await signInAs(page, DEMO.ceoHaifaBay);
  const title = `Check-in workshop ${randomUUID().slice(0, 8)}`;
  const created = await graphql<{ createEvent: { id: string } }>(
    page.request,
    'mutation E($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    {
      input: {
        kind: 'WORKSHOP',
        clusterId: await clusterId(page.request, 'haifa-bay'),
        title: { he: `סדנת הגעה ${title.slice(-8)}`, en: title },
        startsOn: israelToday(),
        capacity: 2,
        isOnline: false,
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const eventId = created.data!.createEvent.id;
  const admin = await adminRequest(requests, baseURL);
  const names: string[] = [];
  for (const [index, sector] of (['BUSINESS', 'LOCAL_GOVERNMENT', 'ACADEMIA'] as const).entries()) {
    const registrant: APIRequestContext = await requests.newContext({ baseURL });
    const account = await newAccount(admin, { accept: registrant, name: `Registrant${index + 1}` });
    const registered = await graphql(
      registrant,
      'mutation R($eventId: ID!, $sector: SectorCode!) { registerForEvent(eventId: $eventId, sector: $sector) { id } }',
      { eventId, sector },
    );
    expect(registered.errors).toBeUndefined();
    names.push(account.displayName);
    await registrant.dispose();
  }
  await admin.dispose();
  return { eventId, title, names };
}

/** A row of the participation table by its sector's name: sector, registrations, confirmed, checked in. */
async function participation(page: Page, sector: string): Promise<number[]> {
  const row = page.locator('#event-participation-table').getByRole('row', { name: new RegExp(`^${sector}`) });
  const cells = await row.getByRole('cell').allInnerTexts();
  return cells.map((cell) => Number(stripMarks(cell).trim()));
}

test('the organiser sees the registrations, checks one in, the participation counts it, and downloads the attendees', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { eventId, title, names } = await arrangeEvent(page, playwright.request, baseURL);
  const [first, second, third] = names as [string, string, string];
  await page.goto(`/en/events/${eventId}/manage`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const table = page.getByRole('table', { name: /Everyone who registered/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 3 of 3' })).toBeVisible();
  // All fit on one page: no "show more".
  await expect(page.getByRole('button', { name: 'Show more registrations' })).toHaveCount(0);
  await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('Confirmed');
  await expect(table.getByRole('row', { name: new RegExp(third) })).toContainText('Waitlist place 1');
  // Only confirmed registrations have a check-in button.
  await expect(page.getByRole('button', { name: `Check in ${third}` })).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="event-waitlist"] li')).toHaveText([third]);

  expect(await participation(page, 'Business')).toEqual([1, 1, 0]);
  await page.getByRole('button', { name: `Check in ${first}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${first} is checked in.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Undo check-in of ${first}` })).toBeVisible();
  await expect.poll(() => participation(page, 'Business')).toEqual([1, 1, 1]);
  expect(await participation(page, 'Local government')).toEqual([1, 1, 0]);
  await expect(page.getByRole('button', { name: `Check in ${second}` })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download attendees (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^event-attendees-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toContain('name_he');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(first);
  expect(lines[1]).toContain('CONFIRMED');
  expect(lines[3]).toContain(third);
  expect(lines[3]).toContain('WAITLISTED');
  await expect(page.getByRole('status').filter({ hasText: 'Rows in it: 3' })).toBeVisible();

  const participationCsv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the participation table (CSV)' }).click();
  const table2 = await readFile((await (await participationCsv).path())!, 'utf8');
  expect(table2).toContain('Business sector,1,1,1');

  // Closing and reopening registration by hand.
  await page.getByRole('button', { name: 'Close registration' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Registration is closed.' })).toBeVisible();
  await page.getByRole('button', { name: 'Reopen registration' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Registration is open again.' })).toBeVisible();
});

test('the organiser finds a registrant by name and checks that person in, then undoes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { eventId, names } = await arrangeEvent(page, playwright.request, baseURL);
  const [first, second] = names as [string, string, string];
  await page.goto(`/en/events/${eventId}/manage`);
  const table = page.getByRole('table', { name: /Everyone who registered/ });
  await expect(table.getByRole('row')).toHaveCount(4);

  // Part of the name, in another case, as someone at the door would type it.
  const search = page.getByRole('searchbox', { name: 'Find a registrant by name' });
  await search.fill(second.split(' ')[0]!.toLowerCase());
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=registrant2/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 1' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: new RegExp(second) })).toBeVisible();

  await page.getByRole('button', { name: `Check in ${second}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${second} is checked in.` })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(second) })).toContainText('Yes,');
  await expect.poll(() => participation(page, 'Local government')).toEqual([1, 1, 1]);

  // A name no one has, then everyone again: the check-in shows in the full list too.
  await search.fill('nobody-by-this-name');
  await search.press('Enter');
  await expect(page.getByText('No registrant’s name holds “nobody-by-this-name”.')).toBeVisible();
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('button', { name: `Undo check-in of ${second}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Check in ${first}` })).toBeVisible();

  await page.getByRole('button', { name: `Undo check-in of ${second}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `The check-in of ${second} was undone.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Check in ${second}` })).toBeVisible();
  await expect.poll(() => participation(page, 'Local government')).toEqual([1, 1, 0]);
});

test('another cluster’s CEO reads that the page is the organiser’s', async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const { eventId } = await arrangeEvent(page, playwright.request, baseURL);
  await page.context().clearCookies();
  await signInAs(page, DEMO.ceoWesternNegev);
  await page.goto(`/en/events/${eventId}/manage`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('Only the event’s organiser sees this page')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('axe finds no WCAG 2.1 AA violation on the organiser’s page in he, ar and en, before and after a check-in', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { eventId, names } = await arrangeEvent(page, playwright.request, baseURL);
  for (const language of ['he', 'ar', 'en'] as const) {
    await page.goto(`/${language}/events/${eventId}/manage`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#event-participation-table tbody tr')).toHaveCount(6);
    await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // After a check-in (Hebrew): the undo button and the status message.
  await page.goto(`/he/events/${eventId}/manage`);
  await page.getByRole('button', { name: `סימון הגעה של ${names[1]}` }).click();
  await expect(page.getByRole('button', { name: `ביטול סימון ההגעה של ${names[1]}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

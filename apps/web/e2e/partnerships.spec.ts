import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { DEMO, graphql, signInAs } from './identity';

const CREATE = 'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';

/**
 * Four national partnerships of the test's own, all begun on one day no other partnership has (a
 * day in the 1960s to 1990s, by chance), so a period of that day counts them alone:
 * - A: directions 3 and 5, North, goal 11, active (silent for over a year: inactive)
 * - B: direction 3, South, goal 6, an idea (not reporting)
 * - C: direction 5, North, an idea
 * - D: direction 3, North and Haifa, goals 6 and 11, active (inactive)
 * Direction 3 leaves A, B and D; direction 3 in the North leaves A and D.
 */
async function arrangePartnerships(page: Page): Promise<string> {
  const day = new Date(Date.UTC(1960 + randomInt(40), randomInt(12), 1 + randomInt(28))).toISOString().slice(0, 10);
  const base = { kind: 'CROSS_SECTOR', startOn: day };
  const partnerships = [
    { title: 'א', directions: [3, 5], districts: ['NORTH'], sdgs: [11], status: 'ACTIVE' },
    { title: 'ב', directions: [3], districts: ['SOUTH'], sdgs: [6], status: 'IDEA' },
    { title: 'ג', directions: [5], districts: ['NORTH'], sdgs: [], status: 'IDEA' },
    { title: 'ד', directions: [3], districts: ['NORTH', 'HAIFA'], sdgs: [6, 11], status: 'ACTIVE' },
  ];
  for (const { title, ...rest } of partnerships) {
    const created = await graphql(page.request, CREATE, {
      input: { ...base, ...rest, title: { he: `שותפות בדיקה ${title} ${day}` } },
    });
    expect(created.errors, `create partnership ${title}`).toBeUndefined();
  }
  return day;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const row = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
async function cells(locator: Locator): Promise<string[]> {
  return (await locator.getByRole('cell').allInnerTexts()).map((text) => stripMarks(text).trim());
}

test.describe("the PMO unit's partnerships dashboard", () => {
  test('the PMO unit narrows every figure to direction 3 in a district, shares the view and exports a table', async ({
    page,
  }) => {
    await signInAs(page, DEMO.pmo);
    const day = await arrangePartnerships(page);

    await page.goto('/he');
    await page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'לוח השותפויות' }).click();
    await expect(page).toHaveURL(/\/he\/partnerships\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('שותפויות: הלוח הארצי');
    await expect(page.getByText(/^שותפויות במרשם: \d+$/)).toBeVisible();

    // The test's own day, as a shared address would give it.
    await page.goto(`/he/partnerships/dashboard?from=${day}&to=${day}`);
    const status = page.getByRole('status').filter({ hasText: 'שותפויות העונות על המסננים' });
    await expect(status).toHaveText('שותפויות העונות על המסננים: 4');
    const filters = page.getByRole('search', { name: 'סינון השותפויות' });
    await expect(filters.getByLabel('החלה ביום או אחריו')).toHaveValue(day);

    await filters.getByRole('combobox', { name: 'כיוון פעולה' }).selectOption('3');
    await expect(page).toHaveURL(new RegExp(`\\?direction=3&from=${day}&to=${day}$`));
    await expect(status).toHaveText('שותפויות העונות על המסננים: 3');

    await filters.getByRole('combobox', { name: 'מחוז' }).selectOption({ label: 'צפון' });
    await expect(page).toHaveURL(new RegExp(`\\?direction=3&district=NORTH&from=${day}&to=${day}$`));
    await expect(status).toHaveText('שותפויות העונות על המסננים: 2');

    // Every figure narrowed at once: districts, directions, goals, quarters and lights.
    const districts = section(page, 'לפי מחוז').getByRole('table');
    await expect(districts).toHaveAccessibleName('טבלה: לפי מחוז');
    expect(await cells(row(districts, 'צפון'))).toEqual(['2', '100%']);
    expect(await cells(row(districts, 'חיפה'))).toEqual(['1', '50%']);
    expect(await cells(row(districts, 'דרום'))).toEqual(['0', '0%']);
    const directions = section(page, 'לפי כיוון פעולה').getByRole('table');
    expect(
      await cells(directions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^3\. / }) })),
    ).toEqual(['2', '100%']);
    expect(
      await cells(directions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^5\. / }) })),
    ).toEqual(['1', '50%']);
    const goals = section(page, 'יעדי הפיתוח בר-הקיימא המכוסים').getByRole('table');
    expect(
      await cells(goals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^11\. / }) })),
    ).toEqual(['2', '100%']);
    expect(await cells(goals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^6\. / }) }))).toEqual(
      ['1', '50%'],
    );
    const quarters = section(page, 'מגמה: שותפויות שהחלו בכל רבעון').getByRole('table');
    await expect(quarters.getByRole('row')).toHaveCount(2);
    const quarter = `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    expect(await cells(row(quarters, quarter))).toEqual(['2']);
    const lights = section(page, 'רמזורים').getByRole('table');
    expect(await cells(row(lights, 'לא פעילה'))).toEqual(['2', '100%']);
    expect(await cells(row(lights, 'במסלול'))).toEqual(['0', '0%']);
    await expect(section(page, 'לפי מחוז').locator('figure svg.recharts-surface')).toBeVisible();

    // The address keeps the view: a reload shows the same figures.
    await page.reload();
    await expect(status).toHaveText('שותפויות העונות על המסננים: 2');
    await expect(filters.getByRole('combobox', { name: 'מחוז' })).toHaveValue('NORTH');

    // The districts' table as a file, as the table has it.
    const downloading = page.waitForEvent('download');
    await section(page, 'לפי מחוז').getByRole('button', { name: 'הורדת הטבלה כ-CSV: לפי מחוז' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('partnerships-districts.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('מחוז,שותפויות,שיעור (%)');
    expect(lines).toHaveLength(1 + 7);
    expect(lines).toEqual(expect.arrayContaining(['צפון,2,100', 'חיפה,1,50', 'דרום,0,0', 'מרכז,0,0']));

    // Clearing the filters gives the whole registry back.
    await filters.getByRole('button', { name: 'ניקוי המסננים' }).click();
    await expect(page).toHaveURL(/\/he\/partnerships\/dashboard$/);
    await expect(page.getByText(/^שותפויות במרשם: \d+$/)).toBeVisible();
  });

  test('a cluster CEO is refused and is not offered the link; the API refuses them too', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    await page.goto('/he/partnerships/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
    await expect(
      page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'לוח השותפויות' }),
    ).toHaveCount(0);
    const forbidden = await graphql(page.request, '{ partnershipDashboard { total } }');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  for (const language of ['he', 'ar', 'en'] as const) {
    test(`axe finds no WCAG 2.1 AA violation on /${language}/partnerships/dashboard`, async ({ page }) => {
      await signInAs(page, DEMO.pmo);
      await page.goto(`/${language}/partnerships/dashboard`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
      await expect(page.locator('table')).toHaveCount(7);
      await expectNoAxeViolations(page);
    });
  }
});

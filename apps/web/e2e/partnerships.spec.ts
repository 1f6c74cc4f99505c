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

test.describe("partnerships: the public registry and the PMO unit's dashboard", () => {
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
    // The map beside the table: the authorities in their district's shade, the legend with the same counts.
    const districtSection = section(page, 'לפי מחוז');
    await expect(districtSection.getByRole('img', { name: 'מפת השותפויות לפי מחוז' })).toBeVisible();
    const legend = districtSection.getByRole('list', { name: 'מקרא' });
    expect(stripMarks(await legend.getByRole('listitem').filter({ hasText: 'צפון' }).innerText())).toBe('צפון: 2');
    expect(stripMarks(await legend.getByRole('listitem').filter({ hasText: 'דרום' }).innerText())).toBe('דרום: 0');

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

  test('anyone reads the registry, narrows it, and opens a partnership with its partners, money, milestones, indicators and reports', async ({
    page,
  }) => {
    await signInAs(page, DEMO.pmo);
    const israelDay = (daysAgo: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(
        new Date(Date.now() - daysAgo * 86_400_000),
      );
    const title = `שותפות רישום ${randomInt(1_000_000)}`;
    const created = await graphql<{ createPartnership: { id: string; indicators: Array<{ id: string }> } }>(
      page.request,
      'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id indicators { id } } }',
      {
        input: {
          kind: 'CROSS_SECTOR',
          status: 'ACTIVE',
          title: { he: title, en: `Registry partnership ${title}` },
          summary: { he: 'תקציר הבדיקה' },
          directions: [7],
          districts: ['JUDEA_AND_SAMARIA'],
          sdgs: [11],
          sdgTargets: ['11.6'],
          fundingMechanism: 'GRANT',
          budgetAgorot: 123_456_789,
          startOn: israelDay(30),
          reportingPeriodMonths: 3,
          milestones: [{ title: { he: 'אבן דרך שאיחרה' }, dueOn: israelDay(5) }],
          indicators: [{ name: { he: 'טונות שמוחזרו' }, unit: { he: 'טון' }, baseline: 10, target: 50 }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { id, indicators } = created.data!.createPartnership;
    const reported = await graphql(
      page.request,
      'mutation R($input: ReportPartnershipProgressInput!) { reportPartnershipProgress(input: $input) { id } }',
      {
        input: {
          partnershipId: id,
          idempotencyKey: `e2e-${id}`,
          reportedOn: israelDay(1),
          text: { he: 'דיווח ראשון: המיון החל' },
          values: [{ indicatorId: indicators[0]!.id, value: 22 }],
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    await page.context().clearCookies();

    // The registry, public, from the navigation; narrowed to direction 7 and active ones.
    await page.goto('/he');
    await page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'שותפויות', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('שותפויות');
    const filters = page.getByRole('search', { name: 'סינון המרשם' });
    await filters.getByRole('combobox', { name: 'כיוון פעולה' }).selectOption('7');
    await filters.getByRole('combobox', { name: 'מצב' }).selectOption('ACTIVE');
    await expect(page).toHaveURL(/\/he\/partnerships\?direction=7&status=ACTIVE$/);
    const card = page.getByRole('article', { name: title });
    await expect(card).toBeVisible();
    await expect(card.getByRole('definition').nth(2)).toHaveText('בסיכון');
    await expect(page.getByRole('article')).toHaveCount(
      Number((await page.getByRole('status').filter({ hasText: 'נמצאו' }).innerText()).match(/: (\d+);/)![1]),
    );
    await card.getByRole('link', { name: title }).click();

    await expect(page).toHaveURL(new RegExp(`/he/partnerships/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const light = page.getByRole('region', { name: 'רמזור' });
    await expect(light).toContainText('בסיכון');
    await expect(light).toContainText('אבן דרך עברה את מועדה ולא הושלמה');
    const facts = page.getByRole('region', { name: 'במבט אחד' });
    const shekels = new Intl.NumberFormat('he-IL', {
      style: 'currency',
      currency: 'ILS',
      numberingSystem: 'latn',
      minimumFractionDigits: 2,
    }).format(1_234_567.89);
    expect(stripMarks(await facts.innerText())).toContain(stripMarks(shekels));
    await expect(facts).toContainText('מענק');
    await expect(facts).toContainText('11.6');
    await expect(facts).toContainText('יהודה ושומרון');
    const indicatorsTable = page.getByRole('region', { name: 'מדדים' }).getByRole('table');
    expect(await cells(row(indicatorsTable, 'טונות שמוחזרו'))).toEqual(expect.arrayContaining(['טון', '10', '50']));
    await expect(row(indicatorsTable, 'טונות שמוחזרו').getByRole('cell').last()).toContainText('22');
    const milestones = page.getByRole('region', { name: 'אבני דרך' }).getByRole('table');
    await expect(row(milestones, 'אבן דרך שאיחרה')).toContainText('לא הושלמה');
    await expect(page.getByRole('region', { name: 'דיווחי התקדמות' })).toContainText('דיווח ראשון: המיון החל');
    await expect(page.getByRole('region', { name: 'שותפים' })).toContainText('עדיין לא צוין אף שותף.');
    await expectNoAxeViolations(page);
  });

  test('the registry pages by cursor: twenty, then "more" brings the rest', async ({ page }) => {
    await signInAs(page, DEMO.pmo);
    // Direction 6, the Centre and paused: no other test registers such a partnership.
    for (let index = 1; index <= 21; index += 1) {
      const created = await graphql(page.request, CREATE, {
        input: {
          kind: 'CROSS_SECTOR',
          status: 'PAUSED',
          directions: [6],
          districts: ['CENTER'],
          title: { he: `שותפות דף ${index}`, en: `Paged partnership ${index}` },
        },
      });
      expect(created.errors).toBeUndefined();
    }
    await page.goto('/en/partnerships?direction=6&district=CENTER&status=PAUSED');
    const status = page.getByRole('status').filter({ hasText: 'Partnerships found' });
    await expect(status).toHaveText('Partnerships found: 21; shown: 20');
    await expect(page.getByRole('article')).toHaveCount(20);
    // Newest registered first.
    await expect(page.getByRole('article').first()).toHaveAccessibleName('Paged partnership 21');
    await page.getByRole('button', { name: 'More partnerships' }).click();
    await expect(status).toHaveText('Partnerships found: 21; shown: 21');
    await expect(page.getByRole('article')).toHaveCount(21);
    await expect(page.getByRole('article').last()).toHaveAccessibleName('Paged partnership 1');
    await expect(page.getByRole('button', { name: 'More partnerships' })).toHaveCount(0);
  });

  for (const language of ['he', 'ar', 'en'] as const) {
    test(`axe finds no WCAG 2.1 AA violation on the dashboard, the registry and a partnership in ${language}`, async ({
      page,
    }) => {
      await signInAs(page, DEMO.pmo);
      await page.goto(`/${language}/partnerships/dashboard`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
      await expect(page.locator('table')).toHaveCount(7);
      // The districts' map draws once every authority has loaded.
      await expect(page.locator('svg[aria-labelledby="district-map-title district-map-desc"]')).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/${language}/partnerships`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('article').first()).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('article').first().getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`/${language}/partnerships/[^/]+$`));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('region').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

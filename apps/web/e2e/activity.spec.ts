import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { adminRequest, clusterId, DEMO, graphql, newAccount, signInAs } from './identity';

interface Figures {
  forums: number;
  meetingsLast12Months: number;
  averageAttendance: number | null;
  vacancies: number;
}
interface Report {
  total: Figures;
  districts: Array<
    Figures & {
      district: { code: string; name: { he: string } } | null;
      clusters: Array<Figures & { cluster: { slug: string; name: { he: string } } }>;
    }
  >;
}

const FIGURES = 'forums meetingsLast12Months averageAttendance vacancies';
const REPORT_QUERY = `{
  clusterActivity {
    total { ${FIGURES} }
    districts {
      district { code name { he } }
      ${FIGURES}
      clusters { cluster { slug name { he } } ${FIGURES} }
    }
  }
}`;

/** The API's answer, as the signed-in page's own session reads it. */
async function apiReport(request: APIRequestContext): Promise<Report> {
  const answer = await graphql<{ clusterActivity: Report }>(request, REPORT_QUERY);
  expect(answer.errors).toBeUndefined();
  return answer.data!.clusterActivity;
}

const number = (value: number) => new Intl.NumberFormat('he-IL', { numberingSystem: 'latn' }).format(value);
const percent = (share: number) =>
  new Intl.NumberFormat('he-IL', { style: 'percent', maximumFractionDigits: 0, numberingSystem: 'latn' }).format(share);

/** What the page should say for a row's figures, in Hebrew: an empty record is never 0%. */
function expectedCells(figures: Figures): string[] {
  const attendance =
    figures.averageAttendance !== null
      ? percent(figures.averageAttendance)
      : figures.forums === 0
        ? 'אין פורומים'
        : figures.meetingsLast12Months === 0
          ? 'אין פגישות ב-12 החודשים האחרונים'
          : 'לא נרשמה נוכחות';
  return [number(figures.forums), number(figures.meetingsLast12Months), attendance, number(figures.vacancies)].map(
    stripMarks,
  );
}

async function cellTexts(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => stripMarks(text).trim());
}

const clustersSection = (page: Page) => page.getByRole('region', { name: 'אשכולות', exact: true });
const clusterRow = (page: Page, name: string) =>
  clustersSection(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/**
 * A forum of the test's own in a cluster the seed gives none (the Kinneret and valleys cluster,
 * cbs-214), so its figures are ones no other test changes: 3 seats, 2 members, 2 meetings in the
 * last 12 months, no attendance recorded yet.
 */
async function arrangeForum(ceo: APIRequestContext, admin: APIRequestContext) {
  const cluster = await clusterId(admin, 'cbs-214');
  await newAccount(admin, { roles: [{ role: 'CLUSTER_CEO', clusterId: cluster }], accept: ceo });
  const unique = randomUUID().slice(0, 8);
  const created = await graphql<{ createForum: { id: string } }>(
    ceo,
    'mutation F($input: CreateForumInput!) { createForum(input: $input) { id } }',
    {
      input: {
        clusterId: cluster,
        kind: 'CROSS_SECTOR',
        allowsIndividuals: true,
        name: { he: `פורום פעילות ${unique}` },
        seats: [{ sector: 'CIVIL_SOCIETY', seats: 3 }],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const forumId = created.data!.createForum.id;
  const members: string[] = [];
  for (const name of ['חברה ראשונה', 'חבר שני']) {
    const appointed = await graphql<{ appointForumMember: { id: string } }>(
      ceo,
      'mutation A($input: AppointForumMemberInput!) { appointForumMember(input: $input) { id } }',
      {
        input: {
          forumId,
          newPerson: { name: { he: `${name} ${unique}` } },
          sector: 'CIVIL_SOCIETY',
          termStart: daysAgo(60).toISOString().slice(0, 10),
        },
      },
    );
    expect(appointed.errors).toBeUndefined();
    members.push(appointed.data!.appointForumMember.id);
  }
  const meetings: string[] = [];
  for (const days of [20, 10]) {
    const scheduled = await graphql<{ scheduleMeeting: { id: string } }>(
      ceo,
      'mutation M($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: { forumId, title: `פגישה ${unique} ${days}`, startsAt: daysAgo(days).toISOString() } },
    );
    expect(scheduled.errors).toBeUndefined();
    meetings.push(scheduled.data!.scheduleMeeting.id);
  }
  return { members, meetings };
}

test.describe("the clusters' forum activity", () => {
  test('the PMO unit opens it from the navigation and reads the figures the API gives, per cluster, per district and in all', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    const ceo = await playwright.request.newContext({ baseURL });
    const { members, meetings } = await arrangeForum(ceo, admin);

    await signInAs(page, DEMO.pmo);
    await page.goto('/he');
    await page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'פעילות האשכולות' }).click();
    await expect(page).toHaveURL(/\/he\/activity$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('פעילות הפורומים באשכולות');
    await expect(page).toHaveTitle(/פעילות הפורומים באשכולות/);

    // The test's own cluster: meetings, but no attendance recorded — said so, not 0%.
    const kinneret = 'אשכול רשויות הכנרת והעמקים';
    await expect(clusterRow(page, kinneret)).toBeVisible();
    expect(await cellTexts(clusterRow(page, kinneret))).toEqual(['צפון', '1', '2', 'לא נרשמה נוכחות', '1']);

    // One of the two seated members came to the first meeting: 50% over the one meeting recorded.
    const recorded = await graphql(
      ceo,
      'mutation R($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
      { input: { meetingId: meetings[0], memberIds: [members[0]] } },
    );
    expect(recorded.errors).toBeUndefined();
    await page.reload();
    await expect(clusterRow(page, kinneret).getByRole('cell').nth(3)).toHaveText('50%');
    const ownFigures = (await apiReport(page.request)).districts
      .flatMap((district) => district.clusters)
      .find((entry) => entry.cluster.slug === 'cbs-214');
    expect(ownFigures).toMatchObject({ forums: 1, meetingsLast12Months: 2, averageAttendance: 0.5, vacancies: 1 });

    // Every cluster, every district and the national total as the API has them at that moment
    // (other tests add meetings and members: read both again until they agree).
    await expect(async () => {
      await page.reload();
      await expect(clusterRow(page, kinneret)).toBeVisible();
      const report = await apiReport(page.request);
      const clusters = report.districts.flatMap((district) =>
        district.clusters.map((entry) => ({ ...entry, districtName: district.district?.name.he ?? 'ללא מחוז' })),
      );
      for (const slug of ['haifa-bay', 'beit-hakerem', 'western-negev']) {
        expect(
          clusters.some((entry) => entry.cluster.slug === slug),
          slug,
        ).toBe(true);
      }
      await expect(clustersSection(page).getByRole('rowheader')).toHaveText(
        clusters.map((entry) => entry.cluster.name.he),
      );
      for (const entry of clusters) {
        expect(await cellTexts(clusterRow(page, entry.cluster.name.he)), entry.cluster.slug).toEqual([
          entry.districtName,
          ...expectedCells(entry),
        ]);
      }

      // The chart's table alternative: a row per district and the total.
      const byDistrict = page.getByRole('table', { name: 'פעילות הפורומים לפי מחוז' });
      for (const district of report.districts) {
        const name = district.district?.name.he ?? 'ללא מחוז';
        const row = byDistrict.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        expect(await cellTexts(row), name).toEqual(expectedCells(district));
      }
      const totalRow = byDistrict.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'סך הכול' }) });
      expect(await cellTexts(totalRow)).toEqual(expectedCells(report.total));

      const national = page.getByRole('region', { name: 'בכל הארץ' });
      const totals = (await national.locator('dd').allInnerTexts()).map((text) => stripMarks(text).trim());
      expect(totals).toEqual(expectedCells(report.total));
    }).toPass({ timeout: 45_000 });

    // The chart, with its caption and legend.
    const chart = page.getByRole('figure', { name: 'פגישות ב-12 החודשים האחרונים ומושבים פנויים, לפי מחוז' });
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart.getByRole('list', { name: 'מקרא' })).toContainText('מושבים פנויים');

    // The district filter: only the North's clusters, in the address too.
    await clustersSection(page).getByRole('combobox', { name: 'מחוז' }).selectOption({ label: 'צפון' });
    await expect(page).toHaveURL(/\/he\/activity\?district=NORTH$/);
    const north = (await apiReport(page.request)).districts.find((district) => district.district?.code === 'NORTH')!;
    await expect(clustersSection(page).getByRole('status')).toHaveText(`מוצגים ${north.clusters.length} אשכולות.`);
    await expect(clustersSection(page).getByRole('rowheader')).toHaveText(
      north.clusters.map((entry) => entry.cluster.name.he),
    );
    await expect(clusterRow(page, 'אשכול המפרץ')).toHaveCount(0);

    // Sorting by attendance: highest first, and the clusters without a figure after all figures.
    const attendanceHeader = clustersSection(page).getByRole('columnheader', { name: 'שיעור השתתפות ממוצע' });
    await attendanceHeader.getByRole('button').click();
    await expect(attendanceHeader).toHaveAttribute('aria-sort', 'descending');
    const attendance = (await clustersSection(page).locator('tbody tr td:nth-child(5)').allInnerTexts()).map((text) =>
      stripMarks(text).trim(),
    );
    const shares = attendance.map((text) => (/^\d+%$/.test(text) ? Number.parseInt(text, 10) : null));
    const firstWithout = shares.indexOf(null);
    expect(shares[0]).not.toBeNull();
    if (firstWithout >= 0) expect(shares.slice(firstWithout).every((share) => share === null)).toBe(true);
    const figures = shares.filter((share): share is number => share !== null);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    await attendanceHeader.getByRole('button').click();
    await expect(attendanceHeader).toHaveAttribute('aria-sort', 'ascending');

    // Back to every district, then on to a cluster's page.
    await clustersSection(page).getByRole('combobox', { name: 'מחוז' }).selectOption({ label: 'כל המחוזות' });
    await expect(page).toHaveURL(/\/he\/activity$/);
    await clusterRow(page, kinneret).getByRole('link', { name: kinneret }).click();
    await expect(page).toHaveURL(/\/he\/clusters\/cbs-214$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(kinneret);

    await ceo.dispose();
    await admin.dispose();
  });

  test('a cluster CEO is refused, and someone signed out is asked to sign in; the API refuses them too', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await page.goto('/he/activity');
    await expect(page).toHaveURL(/\/he\/sign-in\?next=%2Fhe%2Factivity$/);
    await expect(page.getByText('יש להתחבר כדי לראות את הדף הזה.')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'פעילות האשכולות' }),
    ).toHaveCount(0);
    const anonymous = await playwright.request.newContext({ baseURL });
    const unauthenticated = await graphql(anonymous, REPORT_QUERY);
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.dispose();

    await signInAs(page, DEMO.ceoHaifaBay);
    await page.goto('/he/activity');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'החשבון שלי' }),
    ).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'פעילות האשכולות' }),
    ).toHaveCount(0);
    const forbidden = await graphql(page.request, REPORT_QUERY);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.data ?? null).toBeNull();
  });

  test('an administrator reads it too', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cluster activity' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forum activity in the clusters');
    await expect(
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Haifa Bay Cluster', exact: true }) }),
    ).toBeVisible();
  });

  test('narrows the clusters to a district and sorts them from the keyboard', async ({ page }) => {
    await signInAs(page, DEMO.pmo);
    await page.goto('/en/activity');
    const section = page.getByRole('region', { name: 'Clusters', exact: true });
    const select = section.getByRole('combobox', { name: 'District' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\/en\/activity\?district=CENTER$/);
    await expect(select).toBeFocused();

    // From the filter, past the table's scroll region, to the first heading's sort button.
    await page.keyboard.press('Tab');
    await expect(section.getByRole('region')).toBeFocused();
    await page.keyboard.press('Tab');
    const clusterHeader = section.getByRole('columnheader', { name: 'Cluster' });
    await expect(clusterHeader.getByRole('button')).toBeFocused();
    const names = async () => (await section.getByRole('rowheader').allInnerTexts()).map((name) => name.trim());
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    await page.keyboard.press('Enter');
    await expect(clusterHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await names();
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort(collator.compare));
    await page.keyboard.press('Space');
    await expect(clusterHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await names()).toEqual([...ascending].reverse());
  });

  for (const language of ['he', 'ar', 'en'] as const) {
    for (const state of ['', '?district=SOUTH']) {
      test(`axe finds no WCAG 2.1 AA violation on /${language}/activity${state}`, async ({ page }) => {
        await signInAs(page, DEMO.pmo);
        await page.goto(`/${language}/activity${state}`);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
        await expect(page.locator('tbody tr').first()).toBeVisible();
        await expect(page.locator('table')).toHaveCount(2);
        await expectNoAxeViolations(page);
      });
    }
  }
});

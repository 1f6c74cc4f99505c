import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { clusterId, DEMO, DEMO_PASSWORD, graphql, signInAs } from './identity';

/**
 * The forum page and its dashboard (docs/forums.md). The run shares one database, so every test
 * that changes data makes a forum of its own, through the API as Haifa Bay's CEO, and leaves the
 * seeded forums as they are.
 */

const LANGUAGES = ['he', 'ar', 'en'] as const;

/** Today, and the year, on Israel's calendar: what the API counts attendance by. */
function todayInIsrael(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const unique = () => randomUUID().slice(0, 8);

/** An API session as a demo account, apart from any page. */
async function sessionAs(requests: APIRequest, baseURL: string | undefined, email: string) {
  const request = await requests.newContext({ baseURL });
  const answer = await graphql(request, 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  expect(answer.errors).toBeUndefined();
  return request;
}

interface ForumOptions {
  seats?: Array<{ sector: string; seats: number }>;
  minMeetingsPerYear?: number | null;
  termYears?: number | null;
}

/** A Haifa Bay cross-sector forum of the test's own, made by the cluster's CEO. */
async function createForum(ceo: APIRequestContext, options: ForumOptions = {}): Promise<{ id: string; name: string }> {
  const name = `פורום בדיקה ${unique()}`;
  const answer = await graphql<{ createForum: { id: string } }>(
    ceo,
    'mutation F($input: CreateForumInput!) { createForum(input: $input) { id } }',
    {
      input: {
        clusterId: await clusterId(ceo, 'haifa-bay'),
        kind: 'CROSS_SECTOR',
        name: { he: name, ar: null, en: name },
        goals: [{ he: 'התאוששות מהמשבר', ar: null, en: 'Recovery from the crisis' }],
        seats: options.seats ?? [
          { sector: 'LOCAL_GOVERNMENT', seats: 3 },
          { sector: 'BUSINESS', seats: 3 },
          { sector: 'CIVIL_SOCIETY', seats: 3 },
        ],
        termYears: options.termYears === undefined ? 3 : options.termYears,
        minMeetingsPerYear: options.minMeetingsPerYear === undefined ? 1 : options.minMeetingsPerYear,
        allowsIndividuals: true,
      },
    },
  );
  expect(answer.errors).toBeUndefined();
  return { id: answer.data!.createForum.id, name };
}

/** A member appointed through the API: a new person for a new organisation of `sector`. */
async function appoint(
  ceo: APIRequestContext,
  forumId: string,
  {
    name,
    sector = 'BUSINESS',
    shownPublicly = false,
    termStart = `${todayInIsrael().slice(0, 4)}-01-01`,
    termEnd,
  }: { name: string; sector?: string; shownPublicly?: boolean; termStart?: string; termEnd?: string },
): Promise<string> {
  const answer = await graphql<{ appointForumMember: { id: string } }>(
    ceo,
    'mutation A($input: AppointForumMemberInput!) { appointForumMember(input: $input) { id } }',
    {
      input: {
        forumId,
        newPerson: { name: { he: name, ar: null, en: name } },
        newOrganisation: { name: { he: `ארגון של ${name}`, ar: null, en: null }, sector },
        termStart,
        termEnd: termEnd ?? null,
        shownPublicly,
      },
    },
  );
  expect(answer.errors, `appoint ${name}`).toBeUndefined();
  return answer.data!.appointForumMember.id;
}

async function scheduleMeeting(ceo: APIRequestContext, forumId: string, title: string, startsAt: string) {
  const answer = await graphql<{ scheduleMeeting: { id: string } }>(
    ceo,
    'mutation M($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    { input: { forumId, title, startsAt, agenda: 'סדר יום' } },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.scheduleMeeting.id;
}

async function recordAttendance(ceo: APIRequestContext, meetingId: string, memberIds: string[]) {
  const answer = await graphql(
    ceo,
    'mutation R($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    { input: { meetingId, memberIds } },
  );
  expect(answer.errors).toBeUndefined();
}

/** The row of a table whose row header is `name`. */
function rowOf(page: Page, tableName: string | RegExp, name: string) {
  return page.getByRole('table', { name: tableName }).getByRole('row').filter({ hasText: name });
}

test.describe('the public forum page', () => {
  test('shows the forum, its map and only the members who agreed to appear, to anyone', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const forum = await createForum(ceo);
    const shown = `Shown ${unique()}`;
    const hidden = `Hidden ${unique()}`;
    await appoint(ceo, forum.id, { name: shown, shownPublicly: true });
    await appoint(ceo, forum.id, { name: hidden, sector: 'CIVIL_SOCIETY' });
    const next = `Next meeting ${unique()}`;
    await scheduleMeeting(ceo, forum.id, next, new Date(Date.now() + 20 * 86_400_000).toISOString());

    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(forum.name);
    await expect(page).toHaveTitle(`${forum.name} · Roundtable`);
    await expect(page.getByRole('link', { name: 'Haifa Bay Cluster' })).toHaveAttribute(
      'href',
      '/en/clusters/haifa-bay',
    );
    await expect(page.getByText('Cross-sector forum')).toBeVisible();
    await expect(page.getByText('Recovery from the crisis')).toBeVisible();
    const map = page.getByRole('table', { name: /Seats per sector/ });
    expect(stripMarks(await map.locator('caption').innerText())).toContain('9 seats in all');
    await expect(map.getByRole('row', { name: /Business sector/ })).toContainText('3');

    const members = page.getByRole('table', { name: 'Members shown on the public page' });
    await expect(members.getByRole('rowheader', { name: shown })).toBeVisible();
    await expect(page.getByText(hidden)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Next meeting' })).toContainText(next);

    // Nothing of the dashboard: no private records, no actions.
    await expect(page.getByRole('heading', { name: 'Running the forum' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Appoint a member' })).toHaveCount(0);
    await ceo.dispose();
  });

  test("shows Haifa Bay's seeded cross-sector forum from the cluster page", async ({ page }) => {
    await page.goto('/he/clusters/haifa-bay');
    const forums = page.getByRole('region', { name: 'פורומים' });
    const link = forums.getByRole('link').filter({ hasText: 'בין-מגזרי' }).first();
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const map = page.getByRole('table', { name: /מושבים לפי מגזר/ });
    expect(stripMarks(await map.locator('caption').innerText())).toContain('27');
    // The seeded chair is named by the public call (seed 000).
    await expect(
      page
        .getByRole('table', { name: 'החברים המוצגים בדף הציבורי' })
        .getByRole('row')
        .filter({ hasText: 'יושב/ת ראש' }),
    ).toHaveCount(1);
  });

  test('shows the not-found page for a forum that does not exist', async ({ page }) => {
    await page.goto(`/en/forums/${randomUUID()}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('the forum dashboard', () => {
  test("a cluster's CEO appoints a member, records a meeting with attendance and sees the compliance change", async ({
    page,
  }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request, { minMeetingsPerYear: 1 });
    const today = todayInIsrael();
    const name = `דנה ${unique()}`;
    const title = `Meeting ${unique()}`;

    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { name: 'Running the forum' })).toBeVisible();

    // Appoint: a new person for a new business organisation, from 1 January.
    await page.getByRole('button', { name: 'Appoint a member' }).click();
    const appointDialog = page.getByRole('dialog', { name: 'Appoint a member' });
    await expect(appointDialog.getByLabel('Name in Hebrew')).toBeFocused();
    await appointDialog.getByLabel('Name in Hebrew').fill(name);
    await appointDialog.getByRole('radio', { name: 'A new organisation' }).check();
    await appointDialog.getByLabel("Organisation's name in Hebrew").fill(`חברה ${unique()}`);
    await appointDialog.getByLabel(/^Sector/).selectOption('BUSINESS');
    await appointDialog.getByLabel('Term starts').fill(`${today.slice(0, 4)}-01-01`);
    await appointDialog.getByRole('button', { name: 'Appoint', exact: true }).click();
    await expect(appointDialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `${name} was appointed.` })).toBeVisible();
    await expect(rowOf(page, 'Members, whom they sit for, and their terms', name)).toContainText('Business sector');

    // Before the meeting: no meeting attended, not yet met.
    const attendance = () => rowOf(page, /Attendance per member in/, name);
    await expect(attendance()).toBeVisible();
    await expect(attendance().getByRole('cell').nth(1)).toHaveText('0');
    await expect(attendance()).not.toContainText('Met');

    // A meeting earlier today in Israel (it has started), then who came.
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const meetingDialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
    await meetingDialog.getByLabel('Date').fill(today);
    await meetingDialog.getByLabel('Time').fill('00:00');
    await meetingDialog.getByLabel('Title').fill(title);
    await meetingDialog.getByLabel('Agenda').fill('Recovery plan');
    await meetingDialog.getByRole('button', { name: 'Schedule the meeting' }).click();
    await expect(meetingDialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `The meeting "${title}" was scheduled.` })).toBeVisible();

    await page.getByRole('button', { name: `Record attendance at "${title}"` }).click();
    const attendanceDialog = page.getByRole('dialog', { name: `Attendance at "${title}"` });
    await attendanceDialog.getByRole('checkbox', { name }).check();
    await attendanceDialog.getByRole('button', { name: 'Save the attendance' }).click();
    await expect(attendanceDialog).toHaveCount(0);

    // The compliance changed: one meeting attended, the minimum met.
    await expect(attendance().getByRole('cell').nth(1)).toHaveText('1');
    await expect(attendance().getByRole('cell').last()).toHaveText('Met');
    const meeting = page.getByRole('article', { name: title });
    await expect(meeting).toContainText('1 member came');
    await expect(
      meeting
        .getByRole('table', { name: `Sector balance at "${title}"` })
        .getByRole('row', { name: /Business sector/ }),
    ).toContainText('1 of 3');
    const thisMonth = page
      .getByRole('table', { name: /Meetings per month/ })
      .getByRole('row')
      .nth(12);
    expect(Number(stripMarks(await thisMonth.getByRole('cell').innerText()))).toBeGreaterThanOrEqual(1);
  });

  test('explains a full sector and a missing field in words, in Hebrew', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request, { seats: [{ sector: 'BUSINESS', seats: 1 }] });
    await appoint(page.request, forum.id, { name: `ראשון ${unique()}` });

    await page.goto(`/he/forums/${forum.id}`);
    await page.getByRole('button', { name: 'מינוי חבר/ה' }).click();
    const dialog = page.getByRole('dialog', { name: 'מינוי חבר/ה לפורום' });
    await dialog.getByRole('radio', { name: 'ארגון חדש' }).check();
    await dialog.getByRole('button', { name: 'מינוי', exact: true }).click();
    await expect(dialog.getByLabel('שם בעברית')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('יש להזין את שם האדם בעברית.')).toBeVisible();
    await expect(dialog.getByText('יש להזין את שם הארגון בעברית.')).toBeVisible();

    await dialog.getByLabel('שם בעברית').fill(`שני ${unique()}`);
    await dialog.getByLabel('שם הארגון בעברית').fill(`חברה ${unique()}`);
    await dialog.getByLabel(/^מגזר/).selectOption('BUSINESS');
    await dialog.getByRole('button', { name: 'מינוי', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'המושב היחיד של המגזר "מגזר עסקי" תפוס' })).toBeVisible();
  });

  test('records consent, renews a term and ends a membership with a reason', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request, { termYears: 3 });
    const today = todayInIsrael();
    const name = `Yael ${unique()}`;
    await appoint(page.request, forum.id, { name, termStart: today });

    await page.goto(`/en/forums/${forum.id}`);
    const publicList = page.getByRole('region', { name: 'Members', exact: true });
    await expect(publicList.getByText(name)).toHaveCount(0);

    await page.getByRole('button', { name: `Record ${name}'s consent to appear` }).click();
    const consent = page.getByRole('dialog', { name: `${name}: appearing on the public page` });
    await consent.getByLabel('The member agrees to appear on the public page').check();
    await consent.getByRole('button', { name: 'Save the choice' }).click();
    await expect(consent).toHaveCount(0);
    await expect(publicList.getByRole('rowheader', { name })).toBeVisible();

    const row = () => rowOf(page, 'Members, whom they sit for, and their terms', name);
    const endYear = Number(today.slice(0, 4)) + 3;
    await expect(row()).toContainText(String(endYear));
    await page.getByRole('button', { name: `Renew ${name}'s term` }).click();
    const renew = page.getByRole('dialog', { name: `Renew ${name}'s term` });
    await renew.getByRole('button', { name: 'Renew the term' }).click();
    await expect(renew).toHaveCount(0);
    await expect(row()).toContainText(String(endYear + 3));

    await page.getByRole('button', { name: `End ${name}'s membership` }).click();
    const end = page.getByRole('dialog', { name: `End ${name}'s membership` });
    await end.getByRole('button', { name: 'End the membership' }).click();
    await expect(end.getByText('Choose why the membership ends.')).toBeVisible();
    await end.getByLabel('Reason').selectOption('RESIGNED');
    await end.getByRole('button', { name: 'End the membership' }).click();
    await expect(end).toHaveCount(0);
    await expect(row()).toHaveCount(0);
    await page.getByLabel('Show members whose membership ended').check();
    await expect(row()).toContainText('Resigned');
    await expect(publicList.getByText(name)).toHaveCount(0);
  });

  test('replaces a member with a new head of the same organisation', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request);
    const leaving = `Leaving ${unique()}`;
    const memberId = await appoint(page.request, forum.id, { name: leaving, termStart: addDays(todayInIsrael(), -30) });
    const ended = await graphql(
      page.request,
      'mutation E($input: EndForumMemberInput!) { endForumMember(input: $input) { id } }',
      { input: { memberId, reason: 'REPLACED' } },
    );
    expect(ended.errors).toBeUndefined();
    const successor = `Successor ${unique()}`;

    await page.goto(`/en/forums/${forum.id}`);
    await page.getByRole('button', { name: 'Appoint a member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Appoint a member' });
    await dialog.getByLabel('Name in Hebrew').fill(successor);
    await dialog.getByRole('radio', { name: /An organisation that already sits in this forum/ }).check();
    await dialog.getByLabel(/^Organisation/).selectOption({ label: `ארגון של ${leaving}` });
    await dialog.getByRole('button', { name: 'Appoint', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(rowOf(page, 'Members, whom they sit for, and their terms', successor)).toContainText(
      `ארגון של ${leaving}`,
    );
  });

  test('changes and deletes a meeting', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request);
    const title = `Planning ${unique()}`;
    await scheduleMeeting(page.request, forum.id, title, new Date(Date.now() + 7 * 86_400_000).toISOString());

    await page.goto(`/en/forums/${forum.id}`);
    await page.getByRole('button', { name: `Edit the meeting "${title}"` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the meeting' });
    await dialog.getByLabel('Title').fill(`${title} (moved)`);
    await dialog.getByLabel('Place').fill('Kiryat Bialik');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await expect(dialog).toHaveCount(0);
    const meeting = page.getByRole('article', { name: `${title} (moved)` });
    await expect(meeting).toContainText('Kiryat Bialik');
    await expect(page.getByRole('region', { name: 'Next meeting' })).toContainText(`${title} (moved)`);

    await meeting.getByRole('button', { name: `Delete the meeting "${title} (moved)"` }).click();
    await page.getByRole('dialog', { name: 'Delete this meeting?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('article', { name: `${title} (moved)` })).toHaveCount(0);
    await expect(page.getByText('No meetings are recorded yet.')).toBeVisible();
  });

  test('a CEO of another cluster sees the public page with no actions and none of the private records', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const forum = await createForum(ceo);
    const hidden = `Hidden ${unique()}`;
    await appoint(ceo, forum.id, { name: hidden });
    await ceo.dispose();

    await signInAs(page, DEMO.ceoWesternNegev);
    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(forum.name);
    await expect(page.getByRole('table', { name: /Seats per sector/ })).toBeVisible();
    await expect(page.getByText('No member has agreed to appear on this page yet.')).toBeVisible();
    await expect(page.getByText(hidden)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Appoint a member' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Schedule a meeting' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Running the forum' })).toHaveCount(0);
  });

  test('the PMO unit reads the records without actions, with terms ending soon marked in words', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const forum = await createForum(ceo);
    const today = todayInIsrael();
    const soon = `Soon ${unique()}`;
    const later = `Later ${unique()}`;
    await appoint(ceo, forum.id, { name: soon, termStart: addDays(today, -300), termEnd: addDays(today, 30) });
    await appoint(ceo, forum.id, { name: later, sector: 'CIVIL_SOCIETY' });
    await ceo.dispose();

    await signInAs(page, DEMO.pmo);
    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { name: "The forum's records" })).toBeVisible();
    const table = 'Members, whom they sit for, and their terms';
    await expect(rowOf(page, table, soon)).toContainText('Term ends soon');
    await expect(rowOf(page, table, later)).not.toContainText('Term ends soon');
    await expect(page.getByText("1 member's term ends within 90 days.")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Appoint a member' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Renew ${soon}'s term` })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Seats per sector: filled and vacant' })).toBeVisible();
  });
});

for (const language of LANGUAGES) {
  test(`axe finds no WCAG 2.1 AA violation on the forum page and its dashboard's forms in ${language}`, async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const forum = await createForum(ceo);
    const member = await appoint(ceo, forum.id, { name: `נועה ${unique()}`, shownPublicly: true });
    await appoint(ceo, forum.id, {
      name: `רון ${unique()}`,
      sector: 'CIVIL_SOCIETY',
      termStart: addDays(todayInIsrael(), -200),
      termEnd: addDays(todayInIsrael(), 20),
    });
    const meeting = await scheduleMeeting(
      ceo,
      forum.id,
      `מפגש ${unique()}`,
      new Date(Date.now() - 3_600_000).toISOString(),
    );
    await recordAttendance(ceo, meeting, [member]);
    await scheduleMeeting(ceo, forum.id, `מפגש הבא ${unique()}`, new Date(Date.now() + 9 * 86_400_000).toISOString());
    await ceo.dispose();

    const check = async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoAxeViolations(page);
    };

    // The public page, signed out.
    await page.goto(`/${language}/forums/${forum.id}`);
    await expect(page.locator('#forum-public-members')).toBeVisible();
    await check();

    // The dashboard, as the CEO, with its charts drawn.
    await signInAs(page, DEMO.ceoHaifaBay);
    await page.goto(`/${language}/forums/${forum.id}`);
    await expect(page.locator('#forum-dashboard')).toBeVisible();
    await expect(page.locator('figure svg.recharts-surface')).toHaveCount(3);
    await expect(page.locator('section[aria-labelledby="forum-meetings"] article')).toHaveCount(2);
    await check();

    // The appointment form, with its field errors.
    await page.locator('section[aria-labelledby="forum-members"] button').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('input').first()).toBeFocused();
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog.locator('input[aria-invalid="true"], select[aria-invalid="true"]').first()).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // The meeting form.
    await page.locator('section[aria-labelledby="forum-meetings"] > button').click();
    await expect(page.getByRole('dialog').locator('input').first()).toBeFocused();
    await check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The attendance checklist of the meeting that took place (newest first: the next one is first).
    await page.locator('section[aria-labelledby="forum-meetings"] article').nth(1).locator('button').first().click();
    await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeChecked();
    await check();
  });
}

import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { DEMO, DEMO_PASSWORD, graphql, signInAs } from './identity';

/**
 * Calls for applications, the CEO's and the advisory committee's side (issue #5): the CEO drafts a
 * call on Haifa Bay's cross-sector forum and opens it, a stakeholder applies, the CEO closes it, a
 * committee member scores the application, the CEO accepts it, and the forum has one more member
 * of the sector. Every test makes calls and organisations of its own.
 */

const COMMITTEE = 'committee.haifa-bay@demo.roundtable.test';
const FORUM_NAME_EN = 'Regional cross-sector forum';

const unique = () => randomUUID().slice(0, 8);

/** A registration number no other test uses: nine digits. */
const registrationNumber = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));

/** Today in Israel plus `days`, as YYYY-MM-DD. */
function israelDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function sessionAs(requests: APIRequest, baseURL: string | undefined, email: string) {
  const request = await requests.newContext({ baseURL });
  const answer = await graphql(request, 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  expect(answer.errors, `sign in as ${email}`).toBeUndefined();
  return request;
}

/** A page of its own for another person, signed in as them. */
async function pageAs(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

/** The seeded forum of seed 000 (its committee member reviews its calls), not one another test made. */
async function crossSectorForum(request: APIRequestContext): Promise<string> {
  const answer = await graphql<{
    cluster: { forums: Array<{ id: string; kind: string; name: { en: string | null } }> };
  }>(request, 'query F($slug: String!) { cluster(slug: $slug) { forums { id kind name { en } } } }', {
    slug: 'haifa-bay',
  });
  expect(answer.errors).toBeUndefined();
  const forum = answer.data!.cluster.forums.find(
    (candidate) => candidate.kind === 'CROSS_SECTOR' && candidate.name.en === FORUM_NAME_EN,
  );
  expect(forum, "Haifa Bay's cross-sector forum").toBeDefined();
  return forum!.id;
}

/** The dashboard's table of seats, as its managers read it. */
function seatsTable(page: Page) {
  return page.getByRole('table', { name: 'Seats per sector: filled and vacant' });
}

async function filledSeats(page: Page, sector: string): Promise<number> {
  const row = seatsTable(page).getByRole('row', { name: new RegExp(`^${sector}`) });
  // Sector, seats, filled, vacant.
  return Number(stripMarks(await row.getByRole('cell').nth(1).innerText()).trim());
}

interface ApiCall {
  id: string;
  title: string;
  organisation: string;
}

/**
 * A closed call of the test's own with one civil-society application, made through the API (the
 * browser flow below makes one through the pages): for the accessibility checks.
 */
async function closedCallWithApplication(ceo: APIRequestContext, stakeholder: APIRequestContext): Promise<ApiCall> {
  const tag = unique();
  const title = `קול קורא לוועדה ${tag}`;
  const created = await graphql<{ createCall: { id: string } }>(
    ceo,
    'mutation C($input: CreateCallInput!) { createCall(input: $input) { id } }',
    {
      input: {
        forumId: await crossSectorForum(ceo),
        title: { he: title, ar: `دعوة للجنة ${tag}`, en: `Committee call ${tag}` },
        text: { he: 'האשכול מזמין ארגונים להצטרף לפורום הבין-מגזרי.', ar: null, en: null },
        deadline: israelDate(10),
        eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
        criteria: [
          { name: { he: 'זיקה לאזור', ar: 'الصلة بالمنطقة', en: 'Ties to the region' } },
          { name: { he: 'ניסיון בעבודה בין-מגזרית', ar: null, en: 'Cross-sector experience' } },
        ],
      },
    },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const id = created.data!.createCall.id;
  const opened = await graphql(ceo, 'mutation O($id: ID!) { openCall(callId: $id) { id } }', { id });
  expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
  const organisation = `עמותת בדיקה ${tag}`;
  const applied = await graphql(
    stakeholder,
    'mutation A($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
    {
      input: {
        callId: id,
        idempotencyKey: randomUUID(),
        organisation: { name: { he: organisation, ar: null, en: null }, registrationNumber: registrationNumber() },
        sector: 'CIVIL_SOCIETY',
        nomineeName: 'נועה כהן',
        nomineeTitle: 'מנכ"לית',
        nomineeEmail: `noa-${tag}@example.test`,
        regionalTies: 'פועלת בקריית ים ובנשר מאז 2012.',
        motivation: 'לחבר את הקהילות לתוכנית ההתאוששות.',
        topicCodes: [],
      },
    },
  );
  expect(applied.errors, JSON.stringify(applied.errors)).toBeUndefined();
  const closed = await graphql(ceo, 'mutation X($id: ID!) { closeCall(callId: $id) { id } }', { id });
  expect(closed.errors, JSON.stringify(closed.errors)).toBeUndefined();
  return { id, title, organisation };
}

test.describe("the committee's decision on a call", () => {
  test('a call is drafted, opened, applied to, closed, scored and decided, and the forum gains a member', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const tag = unique();
    const title = `קול קורא להצטרפות ${tag}`;
    const organisation = `עמותת המפרץ ${tag}`;

    // The CEO reads the forum's seats before.
    await signInAs(page, DEMO.ceoHaifaBay);
    const forumId = await crossSectorForum(page.request);
    await page.goto(`/en/forums/${forumId}`);
    await expect(seatsTable(page)).toBeVisible();
    const before = await filledSeats(page, 'Civil society');

    // … drafts a call from the forum's page: the form says what is missing, in words at each field.
    await page.getByRole('link', { name: 'New call for applications' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/forums/${forumId}/calls/new$`));
    await expect(page.getByRole('heading', { level: 1, name: 'A new call for applications' })).toBeVisible();
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await expect(page.getByLabel('Title in Hebrew')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText("Enter the call's title in Hebrew.")).toBeVisible();
    await expect(page.getByText('Enter the deadline.')).toBeVisible();
    await expect(page.getByText('Name the criterion in Hebrew.')).toBeVisible();

    await page.getByLabel('Title in Hebrew').fill(title);
    await page.getByLabel('Title in English (optional)').fill(`Joining the forum ${tag}`);
    await page.getByLabel('Text in Hebrew').fill('מוזמנים גופים וארגונים מהמגזר השלישי ומהמגזר העסקי להגיש בקשות.');
    await page.getByRole('textbox', { name: 'Deadline', exact: true }).fill(israelDate(14));
    const sectors = page.getByRole('group', { name: 'Sectors that may apply' });
    await expect(sectors.getByRole('checkbox', { name: 'Civil society' })).toBeChecked();
    await expect(sectors.getByRole('checkbox')).toHaveCount(3);
    const first = page.getByRole('group', { name: 'Criterion 1', exact: true });
    await first.getByLabel('Criterion in Hebrew').fill('ניסיון בעבודה בין-מגזרית');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    const second = page.getByRole('group', { name: 'Criterion 2', exact: true });
    await expect(second.getByLabel('Criterion in Hebrew')).toBeFocused();
    await second.getByLabel('Criterion in Hebrew').fill('זיקה לאזור');
    await second.getByLabel('Criterion in English (optional)').fill('Ties to the region');
    // Ties to the region comes first: moved up, the keyboard stays with it.
    await second.getByRole('button', { name: 'Move up' }).click();
    await expect(
      page.getByRole('group', { name: 'Criterion 1', exact: true }).getByLabel('Criterion in Hebrew'),
    ).toHaveValue('זיקה לאזור');
    await page.getByRole('button', { name: 'Create the draft' }).click();

    await expect(page).toHaveURL(/\/en\/calls\/[^/]+\/manage$/);
    const callId = page.url().split('/').at(-2)!;
    await expect(page.getByRole('status').filter({ hasText: 'The call was created as a draft.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Joining the forum ${tag}`);
    const facts = page.getByRole('region', { name: 'The call', exact: true });
    await expect(facts.getByText('Draft', { exact: true })).toBeVisible();

    // … and opens it.
    await page.getByRole('button', { name: 'Open the call' }).click();
    const openDialog = page.getByRole('dialog', { name: 'Open the call?' });
    await openDialog.getByRole('button', { name: 'Open the call' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The call is open.' })).toBeVisible();
    await expect(facts.getByText('Open', { exact: true })).toBeVisible();

    // The stakeholder applies through the application form, for a civil-society organisation.
    const stakeholder = await pageAs(browser, baseURL, DEMO.stakeholder);
    await stakeholder.goto(`/he/calls/${callId}/apply`);
    await stakeholder.getByLabel('שם הארגון בעברית').fill(organisation);
    await stakeholder.getByLabel('מספר רישום (ע"ר או ח"פ)').fill(registrationNumber());
    await stakeholder.getByRole('combobox', { name: 'מגזר', exact: true }).selectOption('CIVIL_SOCIETY');
    await stakeholder.getByLabel('שם מלא').fill('רות אלון');
    await stakeholder.getByLabel('תפקיד בארגון').fill('מנכ"לית');
    await stakeholder.getByLabel('דוא"ל').fill(`ruth-${tag}@example.test`);
    await stakeholder.getByLabel('הזיקה לאזור').fill('פועלת בקריית ביאליק ובשפרעם מאז 2015.');
    await stakeholder.getByLabel('למה להצטרף').fill('לקדם תעסוקה אזורית אחרי המשבר.');
    await stakeholder.getByRole('group', { name: 'תחומים' }).getByRole('checkbox').first().check();
    await stakeholder.getByRole('button', { name: 'הגשת הבקשה' }).click();
    await expect(stakeholder.getByRole('status').filter({ hasText: 'הבקשה שלך התקבלה.' })).toBeVisible();
    await stakeholder.context().close();

    // The pipeline counts it against the seats, in the chart's table.
    await page.reload();
    const pipeline = page.getByRole('table', {
      name: 'Applications by sector and status, and the seats of each sector',
    });
    const civil = pipeline.getByRole('row', { name: /^Civil society/ });
    // Seats, filled, vacant, submitted …
    await expect(civil.getByRole('cell').nth(3)).toHaveText('1');
    await expect(
      page.getByRole('figure', { name: 'Applications by sector and status, against the seats' }),
    ).toBeVisible();

    // The committee cannot score while the call is open.
    const committee = await pageAs(browser, baseURL, COMMITTEE);
    await committee.goto(`/en/calls/${callId}/review`);
    await expect(committee.getByText('The committee reviews after the call closes')).toBeVisible();
    await expect(committee.getByRole('button', { name: 'Score' })).toHaveCount(0);

    // The CEO closes the call before its deadline, warned that it is early.
    await page.getByRole('button', { name: 'Close the call' }).click();
    const closeDialog = page.getByRole('dialog', { name: 'Close the call?' });
    await expect(closeDialog).toContainText('closing now stops applications before it');
    await closeDialog.getByRole('button', { name: 'Close the call' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The call is closed.' })).toBeVisible();

    // The committee member scores every criterion, with a note.
    await committee.reload();
    await expect(committee.getByRole('heading', { level: 1 })).toHaveText(`Joining the forum ${tag}`);
    const map = committee.getByRole('table', { name: /representation map now/ });
    const seatsLeftBefore = Number(
      stripMarks(
        await map
          .getByRole('row', { name: /^Civil society/ })
          .getByRole('cell')
          .nth(2)
          .innerText(),
      ),
    );
    const card = committee.getByRole('article', { name: organisation });
    await expect(card).toContainText('Not scored yet');
    await card.getByRole('button', { name: 'Score', exact: true }).click();
    const scoring = committee.getByRole('dialog', { name: `Scoring: ${organisation}` });
    await scoring.getByRole('button', { name: 'Save the scores' }).click();
    await expect(scoring.getByText('Choose a score from 1 to 5.').first()).toBeVisible();
    await scoring.getByRole('radiogroup', { name: /^1\. / }).getByRole('radio', { name: '5 (excellent)' }).check();
    await scoring.getByRole('radiogroup', { name: /^2\. / }).getByRole('radio', { name: '4', exact: true }).check();
    await scoring.getByLabel(/^Note on "Ties to the region"/).fill('פעילות ענפה באזור');
    await scoring.getByRole('button', { name: 'Save the scores' }).click();
    await expect(scoring).toHaveCount(0);
    await expect(
      committee.getByRole('status').filter({ hasText: `Your scores of ${organisation} were saved.` }),
    ).toBeVisible();
    await expect(card).toContainText('4.5');
    await expect(card.getByRole('table', { name: 'Scores by reviewer, from 1 to 5' })).toContainText(
      'פעילות ענפה באזור',
    );

    // A second visit starts from the member's own scores.
    await card.getByRole('button', { name: 'Score', exact: true }).click();
    await expect(
      committee
        .getByRole('dialog', { name: `Scoring: ${organisation}` })
        .getByRole('radiogroup', { name: /^1\. / })
        .getByRole('radio', { name: '5 (excellent)' }),
    ).toBeChecked();
    await committee.keyboard.press('Escape');
    await committee.context().close();

    // The CEO accepts the application with a reason, asked once more since it appoints to a seat.
    await page.goto(`/en/calls/${callId}/review`);
    const decided = page.getByRole('article', { name: organisation });
    await expect(decided).toContainText('Rank in the sector');
    await decided.getByRole('button', { name: 'Decide' }).click();
    const decision = page.getByRole('dialog', { name: `The decision on ${organisation}` });
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await expect(decision.getByText('Choose a decision.')).toBeVisible();
    await expect(decision.getByText('Enter the reason for the decision.')).toBeVisible();
    await decision.getByRole('radio', { name: /^Accept/ }).check();
    await decision.getByRole('textbox', { name: 'Reason', exact: true }).fill('זיקה אזורית חזקה וניסיון רב.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await expect(decision).toContainText('Accepting appoints רות אלון');
    await decision.getByRole('button', { name: 'Accept and appoint' }).click();
    await expect(decision).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: `${organisation} was accepted and appointed to a seat.` }),
    ).toBeVisible();
    await expect(decided.getByText('Accepted', { exact: true })).toBeVisible();
    // The map beside the applications has one seat fewer left.
    const seatsLeft = page
      .getByRole('table', { name: /representation map now/ })
      .getByRole('row', { name: /^Civil society/ })
      .getByRole('cell')
      .nth(2);
    await expect(seatsLeft).toHaveText(String(seatsLeftBefore - 1));

    // Every application decided: the CEO marks the call decided.
    await page.goto(`/en/calls/${callId}/manage`);
    await page.getByRole('button', { name: 'Mark the call decided' }).click();
    await page
      .getByRole('dialog', { name: 'Mark the call decided?' })
      .getByRole('button', { name: 'Mark decided' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'The call is decided.' })).toBeVisible();

    // The forum's seat table shows one more filled seat in the sector.
    await page.goto(`/en/forums/${forumId}`);
    await expect(seatsTable(page)).toBeVisible();
    expect(await filledSeats(page, 'Civil society')).toBe(before + 1);
  });

  test('marking a call decided is refused while an application waits for a decision, with the reason', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const stakeholder = await sessionAs(playwright.request, baseURL, DEMO.stakeholder);
    const call = await closedCallWithApplication(page.request, stakeholder);
    await stakeholder.dispose();

    await page.goto(`/en/calls/${call.id}/manage`);
    await page.getByRole('button', { name: 'Mark the call decided' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the call decided?' });
    await dialog.getByRole('button', { name: 'Mark decided' }).click();
    await expect(dialog.getByRole('alert')).toContainText('no decision yet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      page.getByRole('region', { name: 'The call', exact: true }).getByText('Closed', { exact: true }),
    ).toBeVisible();
  });

  test('the review and manage pages tell others they are not theirs', async ({ page, playwright, baseURL }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const stakeholderApi = await sessionAs(playwright.request, baseURL, DEMO.stakeholder);
    const call = await closedCallWithApplication(ceo, stakeholderApi);
    await ceo.dispose();
    await stakeholderApi.dispose();

    await signInAs(page, DEMO.stakeholder);
    await page.goto(`/en/calls/${call.id}/review`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByText(call.organisation)).toHaveCount(0);
    await page.goto(`/en/calls/${call.id}/manage`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();

    // Another cluster's CEO manages nothing here.
    await page.context().clearCookies();
    await signInAs(page, DEMO.ceoWesternNegev);
    await page.goto(`/en/calls/${call.id}/manage`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  });
});

/** The scoring form's message for a criterion left unscored. */
const SCORE_REQUIRED = { he: 'יש לבחור ציון מ־1 עד 5.', ar: 'اختر درجة من 1 إلى 5.' } as const;

for (const language of ['he', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on the manage and review pages in ${language}`, async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, DEMO.ceoHaifaBay);
    const stakeholder = await sessionAs(playwright.request, baseURL, DEMO.stakeholder);
    const call = await closedCallWithApplication(page.request, stakeholder);
    await stakeholder.dispose();
    const check = async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
    };

    // The manage page with its pipeline chart and table, and the reserves.
    await page.goto(`/${language}/calls/${call.id}/manage`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#call-pipeline-table')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="call-reserves"] h2 + p')).toBeVisible();
    await check();

    // The review page: the map beside the applications, then the scoring dialog with its errors.
    await page.goto(`/${language}/calls/${call.id}/review`);
    const card = page.getByRole('article', { name: call.organisation });
    await expect(card).toBeVisible();
    await check();
    await card.locator('button').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('radiogroup')).toHaveCount(2);
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog.getByText(SCORE_REQUIRED[language]).first()).toBeVisible();
    await check();
  });
}

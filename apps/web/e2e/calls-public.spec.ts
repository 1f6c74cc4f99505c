import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { DEMO, DEMO_PASSWORD, graphql, signInAs } from './identity';

/**
 * Calls for applications, the public and applicant side (issue #5): the list with the time left,
 * a call's page, the application form, "my applications" and withdrawing. Each test opens a call
 * of its own on Haifa Bay's cross-sector forum through the API, as the cluster's CEO.
 */

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
  expect(answer.errors).toBeUndefined();
  return request;
}

async function crossSectorForum(request: APIRequestContext): Promise<string> {
  const answer = await graphql<{
    cluster: { forums: Array<{ id: string; kind: string; name: { en: string | null } }> };
  }>(request, 'query F($slug: String!) { cluster(slug: $slug) { forums { id kind name { en } } } }', {
    slug: 'haifa-bay',
  });
  expect(answer.errors).toBeUndefined();
  // The seeded forum of seed 000, not one another test made.
  const seeded = answer.data!.cluster.forums.find(
    (forum) => forum.kind === 'CROSS_SECTOR' && forum.name.en === 'Regional cross-sector forum',
  );
  expect(seeded, "Haifa Bay's cross-sector forum").toBeDefined();
  return seeded!.id;
}

interface TestCall {
  id: string;
  title: { he: string; ar: string; en: string };
  deadline: string;
}

/** An open call of the test's own, closing `days` days from today (Israel time), as the CEO makes it. */
async function openCall(ceo: APIRequestContext, days = 5): Promise<TestCall> {
  const tag = unique();
  const title = { he: `קול קורא לבדיקה ${tag}`, ar: `دعوة للفحص ${tag}`, en: `Test call ${tag}` };
  const deadline = israelDate(days);
  const created = await graphql<{ createCall: { id: string } }>(
    ceo,
    'mutation C($input: CreateCallInput!) { createCall(input: $input) { id } }',
    {
      input: {
        forumId: await crossSectorForum(ceo),
        title,
        text: {
          he: `האשכול מזמין ארגונים להצטרף לפורום.\n\nהגשה עד המועד האחרון.\n   • ארגוני החברה האזרחית\n   • המגזר העסקי`,
          ar: null,
          en: null,
        },
        deadline,
        eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
        criteria: [{ name: { he: 'זיקה לאזור', ar: null, en: 'Ties to the region' } }],
      },
    },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const id = created.data!.createCall.id;
  const opened = await graphql(ceo, 'mutation O($id: ID!) { openCall(callId: $id) { id } }', { id });
  expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
  return { id, title, deadline };
}

/** The Hebrew form filled in validly for a new organisation. */
async function fillValidApplication(page: Page, organisation: string) {
  await page.getByLabel('שם הארגון בעברית').fill(organisation);
  await page
    .getByLabel('מספר רישום (ע"ר או ח"פ)')
    .fill(registrationNumber().replace(/^(\d{2})(\d{6})(\d)$/, '$1-$2-$3'));
  await page.getByLabel(/^מגזר/).selectOption('CIVIL_SOCIETY');
  await page.getByLabel('שם מלא').fill('דנה לוי');
  await page.getByLabel('תפקיד בארגון').fill('מנכ"לית');
  await page.getByLabel('דוא"ל').fill(`dana-${unique()}@example.test`);
  await page.getByLabel('הזיקה לאזור').fill('פועלת בקריית אתא ובטמרה מאז 2010.');
  await page.getByLabel('למה להצטרף').fill('להוביל יחד את ההתאוששות מהמשבר.');
}

test.describe('calls for applications', () => {
  test('the calls page lists an open call with the time left in Hebrew, Arabic and English, and the past calls', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const call = await openCall(ceo, 5);

    await page.goto('/he/calls');
    await expect(page.getByRole('heading', { level: 1, name: 'קולות קוראים' })).toBeVisible();
    const open = page.getByRole('region', { name: 'קולות קוראים פתוחים' });
    const card = open.getByRole('article', { name: call.title.he });
    await expect(card).toBeVisible();
    // Five days ahead: at least 5 whole days remain until midnight at its end, under 6.
    expect(stripMarks(await card.innerText())).toMatch(/הזמן שנותר: 5 ימים/);
    await expect(card).toContainText('עד חצות שעון ישראל');
    await expect(card).toContainText('חברה אזרחית');
    await expect(card.getByRole('link', { name: 'אשכול המפרץ' })).toBeVisible();
    // The seeded Haifa Bay call of 2020 (seed 000) is past; its deadline was extended.
    const past = page.getByRole('region', { name: 'קולות קוראים קודמים' });
    await expect(past.getByRole('article').filter({ hasText: '2 ביוני 2020' }).first()).toContainText('הוארך');
    await expectNoAxeViolations(page);

    await page.goto('/ar/calls');
    const arCard = page.getByRole('region', { name: 'الدعوات المفتوحة' }).getByRole('article', { name: call.title.ar });
    expect(stripMarks(await arCard.innerText())).toMatch(/الوقت المتبقي: 5 أيام/);
    await expectNoAxeViolations(page);

    await page.goto('/en/calls');
    const enCard = page.getByRole('region', { name: 'Open calls' }).getByRole('article', { name: call.title.en });
    expect(stripMarks(await enCard.innerText())).toMatch(/Time left: 5 days/);
    await enCard.getByRole('link', { name: call.title.en }).click();
    await expect(page.getByRole('heading', { level: 1, name: call.title.en })).toBeVisible();
  });

  test("a call's page shows its text, the extension history and the map, and sends someone signed out to sign in", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const call = await openCall(ceo, 3);
    const extended = await graphql(
      ceo,
      'mutation E($input: ExtendCallDeadlineInput!) { extendCallDeadline(input: $input) { id } }',
      {
        input: {
          callId: call.id,
          newDeadline: israelDate(10),
          reason: { he: 'לרגל החגים וההתעניינות הרבה', ar: null, en: 'For the holidays and the high interest' },
        },
      },
    );
    expect(extended.errors, JSON.stringify(extended.errors)).toBeUndefined();

    await page.goto(`/he/calls/${call.id}`);
    await expect(page.getByRole('heading', { level: 1, name: call.title.he })).toBeVisible();
    await expect(page.getByText('האשכול מזמין ארגונים להצטרף לפורום.')).toBeVisible();
    const history = page.getByRole('region', { name: 'הארכות המועד' });
    await expect(history).toContainText('לרגל החגים וההתעניינות הרבה');
    await expect(history.getByRole('listitem')).toHaveCount(1);
    const map = page.getByRole('table', { name: /המושבים בפורום לפי מגזר/ });
    await expect(map.getByRole('columnheader', { name: 'פנויים' })).toBeVisible();
    await expect(map.getByRole('rowheader', { name: 'מגזר עסקי' })).toBeVisible();
    await expect(page.getByText('זיקה לאזור')).toBeVisible();
    await expectNoAxeViolations(page);

    // In English the Hebrew-only text is marked as Hebrew for screen readers.
    await page.goto(`/en/calls/${call.id}`);
    await expect(page.locator('[lang="he"]').filter({ hasText: 'האשכול מזמין' })).toHaveCount(1);
    await expect(page.getByText('For the holidays and the high interest')).toBeVisible();
    const signIn = page.getByRole('link', { name: 'Sign in to apply' });
    await signIn.click();
    await expect(page).toHaveURL(new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/en/calls/${call.id}`)}`));

    await page.goto(`/ar/calls/${call.id}`);
    await expect(page.getByRole('link', { name: 'تسجيل الدخول لتقديم طلب' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The form itself asks to sign in first, and comes back.
    await page.goto(`/ar/calls/${call.id}/apply`);
    await expect(page).toHaveURL(/\/ar\/sign-in\?next=/);
  });

  test('a stakeholder applies with errors first, then validly; sees the status, lists it and withdraws it', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const call = await openCall(ceo, 7);
    const organisation = `עמותת בדיקה ${unique()}`;
    await signInAs(page, DEMO.stakeholder);

    await page.goto(`/he/calls/${call.id}`);
    await page.getByRole('link', { name: 'הגשת בקשה' }).click();
    await expect(page).toHaveURL(new RegExp(`/he/calls/${call.id}/apply$`));
    await expect(page.getByRole('heading', { level: 1, name: 'הגשת בקשה להצטרפות' })).toBeVisible();
    // Only the call's sectors are offered.
    await expect(page.getByLabel(/^מגזר/).locator('option')).toHaveText(['בחירת מגזר', 'מגזר עסקי', 'חברה אזרחית']);

    // Nothing filled in: a summary takes the focus and each error is tied to its field.
    await page.getByRole('button', { name: 'הגשת הבקשה' }).click();
    const summary = page.getByRole('group', { name: 'יש 7 בעיות לתקן:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(7);
    const number = page.getByLabel('מספר רישום (ע"ר או ח"פ)');
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await number.getAttribute('aria-describedby')) ?? '';
    const errorText = page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    await expect(errorText).toHaveText('יש לכתוב את מספר הרישום של הארגון.');
    // A link in the summary takes the reader to the field.
    await summary.getByRole('link', { name: /^שם מלא/ }).click();
    await expect(page.getByLabel('שם מלא')).toBeFocused();
    await expectNoAxeViolations(page);

    // A number that is not nine digits is refused before anything is sent.
    await fillValidApplication(page, organisation);
    await number.fill('58-0123');
    await page.getByRole('button', { name: 'הגשת הבקשה' }).click();
    await expect(page.getByRole('group', { name: 'יש בעיה אחת לתקן:' })).toBeFocused();
    await expect(page.getByText('מספר רישום הוא תשע ספרות, למשל 580123456.').first()).toBeVisible();

    await number.fill(registrationNumber());
    await page.getByRole('group', { name: 'תחומים' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'הגשת הבקשה' }).click();

    // The call's page says it was received and shows the status.
    await expect(page).toHaveURL(new RegExp(`/he/calls/${call.id}$`));
    await expect(page.getByRole('status').filter({ hasText: 'הבקשה שלך התקבלה.' })).toBeVisible();
    const mine = page.getByRole('region', { name: 'הבקשה שלך' });
    await expect(mine).toContainText('הוגשה');
    await expect(mine.getByRole('link', { name: 'עריכת הבקשה' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Editing starts from what was saved.
    await mine.getByRole('link', { name: 'עריכת הבקשה' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'עריכת הבקשה שלך' })).toBeVisible();
    await expect(page.getByLabel('שם מלא')).toHaveValue('דנה לוי');
    await expect(page.getByText(organisation)).toBeVisible();
    await page.getByLabel('תפקיד בארגון').fill('יו"ר');
    await page.getByRole('button', { name: 'שמירת השינויים' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'השינויים נשמרו.' })).toBeVisible();

    // "My applications" lists it, in Hebrew and in Arabic.
    await page.goto('/he/my/applications');
    const table = page.getByRole('table', { name: /בקש/ });
    const row = table.getByRole('row', { name: new RegExp(call.title.he) });
    await expect(row).toContainText(organisation);
    await expect(row).toContainText('הוגשה');
    await expect(row).toContainText('חברה אזרחית');
    await expectNoAxeViolations(page);
    await page.goto('/ar/my/applications');
    await expect(page.getByRole('row', { name: new RegExp(call.title.ar) })).toContainText('مُقدَّم');
    await expectNoAxeViolations(page);

    // Withdrawing asks first.
    await page.goto('/he/my/applications');
    await page.getByRole('button', { name: `משיכת הבקשה: ${call.title.he}` }).click();
    const dialog = page.getByRole('dialog', { name: 'למשוך את הבקשה?' });
    await expect(dialog).toContainText(call.title.he);
    await dialog.getByRole('button', { name: 'כן, למשוך' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'הבקשה נמשכה.' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(call.title.he) })).toContainText('נמשכה');

    // The call's page offers to apply again until the deadline.
    await page.goto(`/he/calls/${call.id}`);
    await expect(page.getByRole('region', { name: 'הבקשה שלך' })).toContainText('נמשכה');
    await expect(page.getByRole('link', { name: 'הגשה מחדש' })).toBeVisible();
  });

  test('the form speaks Arabic, and a retry with the same key returns the same application', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const call = await openCall(ceo, 4);
    await signInAs(page, DEMO.stakeholder);

    await page.goto(`/ar/calls/${call.id}/apply`);
    await expect(page.getByRole('heading', { level: 1, name: 'تقديم طلب انضمام' })).toBeVisible();
    await page.getByLabel('البريد الإلكتروني').fill('not an email');
    await page.getByRole('button', { name: 'تقديم الطلب' }).click();
    const summary = page.getByRole('group', { name: 'توجد 7 مشاكل يجب إصلاحها:' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('اكتب عنوان بريد إلكتروني مثل name@example.org.');
    await expectNoAxeViolations(page);

    // The dashboard keeps one key per call until the application is stored: the API answers a
    // second request with that key with the same application (rule 2).
    const key = randomUUID();
    const submit = () =>
      graphql<{ submitApplication: { id: string } }>(
        page.request,
        'mutation A($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
        {
          input: {
            callId: call.id,
            idempotencyKey: key,
            organisation: { name: { he: `ארגון ${unique()}` }, registrationNumber: registrationNumber() },
            sector: 'BUSINESS',
            nomineeName: 'سامي خوري',
            nomineeEmail: `sami-${unique()}@example.test`,
            regionalTies: 'شفاعمرو',
            motivation: 'التعافي',
          },
        },
      );
    const first = await submit();
    const second = await submit();
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(second.data?.submitApplication.id).toBe(first.data!.submitApplication.id);

    await page.goto(`/ar/calls/${call.id}`);
    await expect(page.getByRole('region', { name: 'طلبك' })).toContainText('مُقدَّم');
  });

  test("a forum's page lists its calls", async ({ page, playwright, baseURL }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const call = await openCall(ceo, 6);
    const forumId = await crossSectorForum(ceo);

    await page.goto(`/en/forums/${forumId}`);
    const calls = page.getByRole('region', { name: 'Calls for applications' });
    await calls.getByRole('link', { name: call.title.en }).click();
    await expect(page.getByRole('heading', { level: 1, name: call.title.en })).toBeVisible();
  });
});

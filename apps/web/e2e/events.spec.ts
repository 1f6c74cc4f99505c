import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { adminRequest, DEMO, graphql, newAccount, signInAs } from './identity';

/**
 * Events, the public and registrant side (issue #8, items 6 and 7): the calendar with the
 * sources' events, an event's page, the organiser's form, registering, the waitlist and its
 * promotion when someone cancels, and "my events". Each test makes its own event and accounts.
 */

const unique = () => randomUUID().slice(0, 8);

/** Today in Israel plus `days`, as YYYY-MM-DD. */
function israelDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A national event of the test's own with `capacity` seats, as the PMO unit makes it through the API. */
async function nationalEvent(pmo: APIRequestContext, capacity: number): Promise<{ id: string; title: string }> {
  const title = `כנס לבדיקה ${unique()}`;
  const answer = await graphql<{ createEvent: { id: string } }>(
    pmo,
    'mutation C($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    {
      input: {
        kind: 'WORKSHOP',
        clusterId: null,
        title: { he: title, ar: null, en: `Test workshop ${title.slice(-8)}` },
        isOnline: false,
        startsOn: israelDate(20),
        capacity,
        audienceSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
      },
    },
  );
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return { id: answer.data!.createEvent.id, title };
}

/** A stakeholder of the test's own, signed in in a browser context of their own. */
async function stakeholder(browser: Browser, admin: APIRequestContext, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await newAccount(admin, { accept: context.request, name: 'נרשם' });
  return context.newPage();
}

async function register(page: Page, eventId: string, sector: string) {
  await page.goto(`/he/events/${eventId}`);
  const box = page.locator('section[aria-labelledby="event-registration"]');
  await box.getByRole('combobox', { name: 'מגזר', exact: true }).selectOption(sector);
  await box.getByRole('button', { name: 'הרשמה', exact: true }).click();
  return box;
}

test('the calendar shows the three events of the sources in Hebrew, the online one with registration closed', async ({
  page,
}) => {
  await page.goto('/he/events');
  await expect(page.locator('h1')).toHaveText('אירועים');
  const card = (title: string) =>
    page.locator('main article').filter({ has: page.getByRole('heading', { name: title }) });

  const exposure = card('כנס חשיפה של אשכול בית הכרם');
  await expect(exposure).toContainText('כנס חשיפה');
  await expect(exposure).toContainText('אשכול בקעת בית הכרם');
  expect(stripMarks((await exposure.textContent()) ?? '')).toContain('26 באוגוסט 2013');

  const futureSearch = card('כנס "חקר עתיד"');
  await expect(futureSearch).toContainText('היחידה לשיתופי פעולה רב-מגזריים');
  expect(stripMarks((await futureSearch.textContent()) ?? '')).toMatch(/6.7 ביולי 2022/);

  const online = card('כותבים את הפרק הבא ביחד!');
  await expect(online).toContainText('מקוון');
  await expect(online).toContainText('המקורות אינם מציינים תאריך');
  await expect(online).toContainText('נותרו 100 מקומות מתוך 100');
  await expect(online).toContainText('ההרשמה נסגרה על ידי המארגנים.');

  // Past and undated events are under their own headings, by month.
  await expect(page.getByRole('heading', { level: 2, name: 'אירועים שהתקיימו' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'אוגוסט 2013' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'אירועים ללא תאריך' })).toBeVisible();

  // The online event's page: registration closed, no form, even for someone signed in.
  await signInAs(page, DEMO.stakeholder);
  await online.getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('כותבים את הפרק הבא ביחד!');
  const box = page.locator('section[aria-labelledby="event-registration"]');
  await expect(box).toContainText('ההרשמה נסגרה על ידי המארגנים.');
  await expect(box.getByRole('button', { name: 'הרשמה', exact: true })).toHaveCount(0);
});

test("the sources' conferences give their participants as reported figures; the Future Search links the seven directions", async ({
  page,
}) => {
  await page.goto('/he/events?organiser=national&kind=CONFERENCE');
  await page.getByRole('link', { name: 'כנס "חקר עתיד"' }).click();
  await expect(page.locator('h1')).toHaveText('כנס "חקר עתיד"');
  // Polled: read at once, the first list could still be the calendar's, or the event's before its figures.
  await expect
    .poll(async () => stripMarks((await page.locator('main dl').first().textContent()) ?? ''))
    .toContain('כ-100 משתתפים, כפי שמדווח במקור (לא הרשמות)');
  const outcomes = page.locator('section[aria-labelledby="event-outcomes"]');
  await expect(outcomes.locator('li a[href="/he/directions"]')).toHaveCount(7);
  // It has taken place: no registration is offered.
  await expect(page.locator('section[aria-labelledby="event-registration"]')).toContainText('האירוע כבר התקיים');

  // Beit HaKerem's conference: 135 participants as the source reports them, and its five tracks.
  await page.goto('/he/events?kind=EXPOSURE_CONFERENCE');
  await page.getByRole('link', { name: 'כנס חשיפה של אשכול בית הכרם' }).click();
  await expect(page.locator('h1')).toHaveText('כנס חשיפה של אשכול בית הכרם');
  // Polled: read at once, the first list could still be the calendar's, or the event's before its figures.
  await expect
    .poll(async () => stripMarks((await page.locator('main dl').first().textContent()) ?? ''))
    .toContain('135 משתתפים, כפי שמדווח במקור (לא הרשמות)');
  const tracks = page.locator('section[aria-labelledby="event-tracks"]');
  await expect(tracks.getByRole('heading', { level: 2 })).toHaveText('5 קבוצות דיון');
  await expect(tracks.locator('li').first()).toContainText('איכות הסביבה');
});

test('the calendar filters by audience sector', async ({ page }) => {
  await page.goto('/he/events');
  await expect(page.getByRole('heading', { name: 'כנס חשיפה של אשכול בית הכרם' })).toBeVisible();
  await page.getByLabel('מגזר קהל היעד').selectOption('PHILANTHROPY');
  await expect(page).toHaveURL(/sector=PHILANTHROPY/);
  // Beit HaKerem's conference was not for philanthropy (seed 001); the PMO's were.
  await expect(page.getByRole('heading', { name: 'כנס חשיפה של אשכול בית הכרם' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'כנס "חקר עתיד"' })).toBeVisible();
});

test('the PMO unit creates an event with one seat in the form; a second registrant is waitlisted and promoted when the first cancels', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  // The organiser's form.
  await signInAs(page, DEMO.pmo);
  await page.goto('/he/events');
  await page.getByRole('link', { name: 'אירוע חדש' }).click();
  await expect(page.locator('h1')).toHaveText('אירוע חדש');
  const title = `סדנה לבדיקה ${unique()}`;
  // A form sent empty says what is missing, at its fields.
  await page.getByRole('button', { name: 'יצירת האירוע' }).click();
  await expect(page.getByText('יש לכתוב את שם האירוע בעברית.')).toBeVisible();
  await expect(page.getByText('יש לציין את היום הראשון של האירוע.')).toBeVisible();
  await page.getByRole('combobox', { name: 'סוג', exact: true }).selectOption('WORKSHOP');
  await page.getByLabel(/^שם בעברית/).fill(title);
  await page.getByLabel(/^יום ראשון/).fill(israelDate(30));
  await page.getByLabel('מקומות', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'הוספת קבוצת דיון' }).click();
  await expect(page.getByLabel(/^נושא בעברית/)).toBeFocused();
  await page.getByLabel(/^נושא בעברית/).fill('שיתופי פעולה');
  await page.getByRole('button', { name: 'יצירת האירוע' }).click();
  await expect(page.locator('h1')).toHaveText(title);
  const eventId = new URL(page.url()).pathname.split('/').at(-1)!;
  await expect(page.locator('main')).toContainText('נותר מקום אחד מתוך 1');
  await expect(page.locator('section[aria-labelledby="event-tracks"]')).toContainText('שיתופי פעולה');
  await expect(page.getByRole('link', { name: "הרשמות, רשימת המתנה וצ'ק-אין" })).toHaveAttribute(
    'href',
    `/he/events/${eventId}/manage`,
  );

  const admin = await adminRequest(playwright.request, baseURL);
  const first = await stakeholder(browser, admin, baseURL);
  const second = await stakeholder(browser, admin, baseURL);

  // A registers: confirmed.
  const firstBox = await register(first, eventId, 'BUSINESS');
  await expect(firstBox.getByRole('status')).toHaveText('נרשמת: מקומך מאושר.');
  await expect(firstBox).toContainText('מאושרת');

  // B registers: the one seat is taken, so waitlisted at position 1.
  const secondBox = await register(second, eventId, 'CIVIL_SOCIETY');
  await expect(secondBox.getByRole('status')).toContainText('נכנסת לרשימת ההמתנה, במקום 1');
  await expect(secondBox).toContainText('ברשימת ההמתנה, מקום 1');

  // A cancels, after confirming.
  await firstBox.getByRole('button', { name: 'ביטול ההרשמה' }).click();
  const dialog = first.getByRole('dialog');
  await expect(dialog).toContainText('לבטל את ההרשמה?');
  await dialog.getByRole('button', { name: 'כן, לבטל' }).click();
  await expect(firstBox.getByRole('status')).toHaveText('ההרשמה שלך בוטלה.');
  await expect(firstBox.getByRole('button', { name: 'הרשמה', exact: true })).toBeVisible();

  // B, on "my events" and on the event's page, is now confirmed.
  await second.goto('/he/my/events');
  const row = second.locator('tbody tr').filter({ hasText: title });
  await expect(row).toContainText('מאושרת');
  await second.goto(`/he/events/${eventId}`);
  await expect(second.locator('section[aria-labelledby="event-registration"]')).toContainText('מאושרת');
  await expect(second.locator('main')).toContainText('כל 1 המקומות תפוסים');
  await admin.dispose();
});

test('a registrant cancels from "my events", and a second registration is refused once the organiser closes it', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const pmoContext = await browser.newContext({ baseURL });
  await signInAs(await pmoContext.newPage(), DEMO.pmo);
  const event = await nationalEvent(pmoContext.request, 5);
  const admin = await adminRequest(playwright.request, baseURL);
  const person = await stakeholder(browser, admin, baseURL);
  await register(person, event.id, 'BUSINESS');
  await expect(person.locator('section[aria-labelledby="event-registration"]')).toContainText('מאושרת');

  await person.goto('/he/my/events');
  await expect(person.locator('h1')).toHaveText('האירועים שלי');
  await person.getByRole('button', { name: `ביטול ההרשמה: ${event.title}` }).click();
  await person.getByRole('dialog').getByRole('button', { name: 'כן, לבטל' }).click();
  await expect(person.getByRole('status').filter({ hasText: 'בוטלה' })).toHaveText(`ההרשמה שלך ל${event.title} בוטלה.`);
  await expect(person.locator('tbody tr').filter({ hasText: event.title })).toContainText('בוטלה');

  // The page was open when the organiser closed registration: the refusal says so by its code.
  await person.goto(`/he/events/${event.id}`);
  await person.getByRole('combobox', { name: 'מגזר', exact: true }).selectOption('BUSINESS');
  const closed = await graphql(
    pmoContext.request,
    'mutation X($id: ID!) { closeEventRegistration(eventId: $id) { id } }',
    {
      id: event.id,
    },
  );
  expect(closed.errors).toBeUndefined();
  await person.getByRole('button', { name: 'הרשמה', exact: true }).click();
  await expect(person.getByRole('alert').filter({ hasText: /\S/ })).toContainText('ההרשמה לאירוע סגורה');
  await admin.dispose();
  await pmoContext.close();
});

test('the organiser raises the seats in the edit form, and the first on the waitlist is confirmed', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  await signInAs(page, DEMO.pmo);
  const event = await nationalEvent(page.request, 1);
  const admin = await adminRequest(playwright.request, baseURL);
  const first = await stakeholder(browser, admin, baseURL);
  const second = await stakeholder(browser, admin, baseURL);
  await register(first, event.id, 'BUSINESS');
  await expect(first.locator('section[aria-labelledby="event-registration"]')).toContainText('מאושרת');
  await register(second, event.id, 'BUSINESS');
  await expect(second.locator('section[aria-labelledby="event-registration"]')).toContainText('ברשימת ההמתנה, מקום 1');

  await page.goto(`/he/events/${event.id}`);
  await page.getByRole('link', { name: 'עריכת האירוע' }).click();
  await expect(page.locator('h1')).toHaveText('עריכת אירוע');
  await expect(page.getByLabel(/^שם בעברית/)).toHaveValue(event.title);
  // Fewer seats than those confirmed is refused at the field, before anything is sent.
  const seats = page.getByLabel('מקומות', { exact: true });
  await seats.fill('0');
  await page.getByRole('button', { name: 'שמירת השינויים' }).click();
  await expect(seats).toHaveAttribute('aria-invalid', 'true');
  await seats.fill('2');
  await page.getByRole('button', { name: 'שמירת השינויים' }).click();
  await expect(page.locator('h1')).toHaveText(event.title);
  await expect(page.locator('main')).toContainText('2 מאושרות, 0 ברשימת ההמתנה');

  await second.reload();
  await expect(second.locator('section[aria-labelledby="event-registration"]')).toContainText('מאושרת');
  await admin.dispose();
});

test('a stakeholder registers from the keyboard alone, and the answer is announced', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const pmoContext = await browser.newContext({ baseURL });
  await signInAs(await pmoContext.newPage(), DEMO.pmo);
  const event = await nationalEvent(pmoContext.request, 3);
  const admin = await adminRequest(playwright.request, baseURL);
  const person = await stakeholder(browser, admin, baseURL);
  await person.goto(`/en/events/${event.id}`);
  const box = person.locator('section[aria-labelledby="event-registration"]');
  const sector = box.getByRole('combobox', { name: 'Sector', exact: true });
  await expect(sector).toBeVisible();
  for (let i = 0; i < 40 && !(await sector.evaluate((el) => el === document.activeElement)); i += 1) {
    await person.keyboard.press('Tab');
  }
  await expect(sector).toBeFocused();
  // Sent without a sector, the form says so at the field and keeps the focus there.
  const submit = box.getByRole('button', { name: 'Register' });
  for (let i = 0; i < 5 && !(await submit.evaluate((el) => el === document.activeElement)); i += 1) {
    await person.keyboard.press('Tab');
  }
  await person.keyboard.press('Enter');
  await expect(box.getByText('Choose the sector you come from.')).toBeVisible();
  await expect(sector).toBeFocused();
  await person.keyboard.press('ArrowDown');
  await expect(sector).not.toHaveValue('');
  for (let i = 0; i < 5 && !(await submit.evaluate((el) => el === document.activeElement)); i += 1) {
    await person.keyboard.press('Tab');
  }
  await person.keyboard.press('Enter');
  await expect(box.getByRole('status')).toHaveText('You are registered: your seat is confirmed.');
  await admin.dispose();
  await pmoContext.close();
});

for (const language of ['he', 'ar', 'en'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on an open event's registration form and the waitlist in ${language}`, async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const pmoContext = await browser.newContext({ baseURL });
    await signInAs(await pmoContext.newPage(), DEMO.pmo);
    const event = await nationalEvent(pmoContext.request, 1);
    const admin = await adminRequest(playwright.request, baseURL);
    const first = await stakeholder(browser, admin, baseURL);
    await register(first, event.id, 'BUSINESS');
    await expect(first.locator('section[aria-labelledby="event-registration"]')).toContainText('מאושרת');

    const second = await stakeholder(browser, admin, baseURL);
    await second.goto(`/${language}/events/${event.id}`);
    await expect(second.locator('html')).toHaveAttribute('lang', language);
    await expect(second.locator('section[aria-labelledby="event-registration"] form')).toBeVisible();
    await expect(second.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(second);

    await second.locator('section[aria-labelledby="event-registration"] select').first().selectOption('ACADEMIA');
    await second.locator('section[aria-labelledby="event-registration"] button[type="submit"]').click();
    await expect(second.locator('section[aria-labelledby="event-registration"] dl')).toBeVisible();
    await expectNoAxeViolations(second);

    await second.goto(`/${language}/my/events`);
    await expect(second.locator('tbody tr')).toHaveCount(1);
    await expectNoAxeViolations(second);
    await admin.dispose();
    await pmoContext.close();
  });
}

import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { adminRequest, DEMO, graphql, newAccount, signInAs } from './identity';

const CREATE_PROFILE = `
  mutation Create($input: CreateProfileInput!) {
    createMyProfile(input: $input) { id }
  }
`;

/** A new account of the test's own with a profile made through the API; the request is signed in as it. */
async function personWithProfile(
  admin: APIRequestContext,
  request: APIRequestContext,
  input: Record<string, unknown>,
): Promise<string> {
  await newAccount(admin, { accept: request, name: 'פרופיל' });
  const created = await graphql<{ createMyProfile: { id: string } }>(request, CREATE_PROFILE, { input });
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  return created.data!.createMyProfile.id;
}

/** What the search says when it finds no one, in each language. */
const NO_ONE = { he: 'לא נמצא אף אחד.', ar: 'لم يُعثر على أحد.', en: 'No one was found.' } as const;

/** A page signed in as a new account of the test's own, in a browser context of its own. */
async function signedInPage(browser: Browser, admin: APIRequestContext): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await newAccount(admin, { accept: page.request, name: 'קורא' });
  return page;
}

test.describe('the partner pool', () => {
  test('a person creates a profile, each contact detail shows only to whom they chose, and withdrawing hides it', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    const unique = randomUUID().slice(0, 8);
    const name = `דנה בדיקה ${unique}`;
    const email = `dana-${unique}@example.test`;
    const website = `https://dana-${unique}.example.org`;
    const admin = await adminRequest(playwright.request, baseURL);

    // The demo stakeholder is this test's alone; a profile left from an earlier attempt goes first.
    await signInAs(page, DEMO.stakeholder);
    await graphql(page.request, 'mutation { deleteMyProfile }');

    await page.goto('/he/pool/me');
    await expect(page.getByRole('heading', { level: 1, name: 'הפרופיל שלי במאגר' })).toBeVisible();
    await page.getByRole('textbox', { name: 'שם בעברית' }).fill(name);
    await page.getByRole('textbox', { name: 'תפקיד בעברית' }).fill('מנהלת תוכניות');
    await page.getByRole('combobox', { name: 'המגזר שבו את/ה עובד/ת עכשיו' }).selectOption('CIVIL_SOCIETY');
    await page.getByRole('group', { name: 'תחומים' }).getByRole('checkbox', { name: 'חינוך', exact: true }).check();
    await page.getByRole('group', { name: 'מחוזות שבהם את/ה פועל/ת' }).getByRole('checkbox', { name: 'צפון' }).check();
    await page.getByRole('textbox', { name: 'מומחיות' }).fill('הערכת תוכניות');

    // A past role in government, then the current one in civil society: one move between sectors.
    await page.getByRole('button', { name: 'הוספת תפקיד' }).click();
    const role = page.getByRole('group', { name: 'תפקיד 1' });
    await expect(role.getByRole('textbox', { name: 'תפקיד' })).toBeFocused();
    await role.getByRole('textbox', { name: 'תפקיד' }).fill('רכזת חינוך');
    await role.getByRole('combobox', { name: 'מגזר' }).selectOption('GOVERNMENT');
    await role.getByRole('textbox', { name: 'משנה' }).fill('2012');
    await role.getByRole('textbox', { name: 'עד שנה' }).fill('2018');
    await page.getByRole('button', { name: 'הוספת תפקיד' }).click();
    const current = page.getByRole('group', { name: 'תפקיד 2' });
    await current.getByRole('textbox', { name: 'תפקיד' }).fill('מנהלת תוכניות');
    await current.getByRole('combobox', { name: 'מגזר' }).selectOption('CIVIL_SOCIETY');
    await current.getByRole('textbox', { name: 'משנה' }).fill('2018');

    await page.getByRole('button', { name: 'הוספת פרט קשר' }).click();
    const first = page.getByRole('group', { name: 'פרט קשר 1' });
    await first.getByRole('combobox', { name: 'סוג' }).selectOption('EMAIL');
    await first.getByRole('textbox', { name: 'ערך' }).fill(email);
    await first.getByRole('combobox', { name: 'מי יראה אותו' }).selectOption('SIGNED_IN');
    await expect(first.getByText('רק מי שנכנס לחשבון ב-Roundtable')).toBeVisible();
    await page.getByRole('button', { name: 'הוספת פרט קשר' }).click();
    const second = page.getByRole('group', { name: 'פרט קשר 2' });
    await second.getByRole('combobox', { name: 'סוג' }).selectOption('WEBSITE');
    await second.getByRole('textbox', { name: 'ערך' }).fill('not a website');
    await second.getByRole('combobox', { name: 'מי יראה אותו' }).selectOption('EVERYONE');

    // The form says which detail to fix before anything is sent.
    await page.getByRole('button', { name: 'יצירת הפרופיל' }).click();
    await expect(second.getByText('כתובת שמתחילה ב-https://')).toBeVisible();
    await second.getByRole('textbox', { name: 'ערך' }).fill(website);
    await page.getByRole('button', { name: 'יצירת הפרופיל' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'הפרופיל נוצר.' })).toBeVisible();
    // Each detail shown to others carries its consent date.
    await expect(page.getByRole('group', { name: 'פרט קשר 1' }).getByText(/^הסכמת להציג אותו ב-/)).toBeVisible();
    await expect(page.getByRole('group', { name: 'פרט קשר 2' }).getByText(/^הסכמת להציג אותו ב-/)).toBeVisible();

    // Someone signed out searches with a prefixed word (ו+ה+חינוך) and the unique part of the name.
    const anonymousContext = await browser.newContext();
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto('/he/pool');
    await anonymous.getByRole('searchbox', { name: 'חיפוש חופשי' }).fill(`והחינוך ${unique}`);
    await anonymous.getByRole('button', { name: 'חיפוש', exact: true }).click();
    await expect(anonymous.getByRole('status').filter({ hasText: 'נמצא אדם אחד.' })).toBeVisible();
    const card = anonymous.getByRole('article', { name: name });
    await expect(card.getByRole('link', { name: website })).toBeVisible();
    await expect(card).not.toContainText(email);
    await expect(anonymous).toHaveURL(/[?&]q=/);

    // A filter goes into the address and keeps the person, with its count beside it.
    // The address changes in a transition, so the box is checked once the page has followed it.
    await anonymous.getByRole('checkbox', { name: /^חברה אזרחית \(1\)$/ }).click();
    await expect(anonymous.getByRole('checkbox', { name: /^חברה אזרחית/ })).toBeChecked();
    await expect(anonymous).toHaveURL(/sector=CIVIL_SOCIETY/);
    await expect(card).toBeVisible();
    // Filters of different kinds all apply: a district she does not work in leaves no one, and says what to try.
    await anonymous.getByRole('checkbox', { name: /^דרום \(0\)$/ }).click();
    await expect(anonymous.getByText('לא נמצא אף אחד.')).toBeVisible();
    await expect(anonymous.getByText('אפשר לנסות מילה אחרת או קצרה יותר')).toBeVisible();
    await anonymous.reload();
    await expect(anonymous.getByRole('checkbox', { name: /^דרום/ })).toBeChecked();
    await expect(anonymous.getByRole('checkbox', { name: /^חברה אזרחית/ })).toBeChecked();
    await expect(anonymous.getByText('לא נמצא אף אחד.')).toBeVisible();

    // The profile page shows the move between sectors, and the website but not the email.
    await anonymous.goto(`/he/pool?q=${encodeURIComponent(unique)}`);
    await anonymous.getByRole('link', { name }).click();
    await expect(anonymous.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(anonymous.getByText('עבר/ה בין מגזרים פעם אחת.')).toBeVisible();
    await expect(anonymous.getByRole('link', { name: website })).toBeVisible();
    await expect(anonymous.getByText(email)).toHaveCount(0);
    await anonymousContext.close();

    // Another signed-in account sees the email too.
    const reader = await signedInPage(browser, admin);
    await reader.goto(`/he/pool?q=${encodeURIComponent(`והחינוך ${unique}`)}`);
    const readerCard = reader.getByRole('article', { name });
    await expect(readerCard.getByRole('link', { name: email })).toBeVisible();
    await expect(readerCard.getByRole('link', { name: website })).toBeVisible();

    // The owner changes the profile; the details keep their consent.
    await page.getByRole('textbox', { name: 'על עצמי' }).fill('עובדת עם רשויות הצפון על תוכניות חינוך.');
    await page.getByRole('button', { name: 'שמירת השינויים' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'השינויים נשמרו.' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'על עצמי' })).toHaveValue('עובדת עם רשויות הצפון על תוכניות חינוך.');
    await expect(page.getByRole('group', { name: 'פרט קשר 1' }).getByText(/^הסכמת להציג אותו ב-/)).toBeVisible();

    // The owner withdraws consent: every detail is hidden from the reader at once.

    await page.getByRole('button', { name: 'ביטול ההסכמה שלי' }).click();
    const dialog = page.getByRole('dialog', { name: 'לבטל את ההסכמה להצגת פרטי הקשר?' });
    await expect(dialog).toContainText('שני פרטי הקשר');
    await dialog.getByRole('button', { name: 'ביטול ההסכמה' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'ההסכמה בוטלה' })).toBeVisible();
    await expect(page.getByText('אף פרט קשר שלך אינו מוצג לאחרים.')).toBeVisible();
    // The form starts again from what is saved, so a later save cannot show a detail again unasked.
    await expect(
      page.getByRole('group', { name: 'פרט קשר 1' }).getByRole('combobox', { name: 'מי יראה אותו' }),
    ).toHaveValue('ONLY_ME');

    await reader.reload();
    await expect(reader.getByRole('article', { name })).toBeVisible();
    await expect(reader.getByRole('article', { name }).getByRole('link', { name: email })).toHaveCount(0);
    await expect(reader.getByRole('article', { name })).not.toContainText(email);
    await reader.context().close();

    // Deleting asks first, says it erases, and leaves no profile behind.
    await page.getByRole('button', { name: 'מחיקת הפרופיל שלי' }).click();
    const erase = page.getByRole('dialog', { name: 'למחוק את הפרופיל לצמיתות?' });
    await expect(erase).toContainText('יימחקו מהמערכת');
    await erase.getByRole('button', { name: 'מחיקה לצמיתות' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'הפרופיל נמחק' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'יצירת פרופיל' })).toBeVisible();
    const gone = await graphql(admin, `{ stakeholders(search: ${JSON.stringify(unique)}) { totalCount } }`);
    expect(gone.data).toEqual({ stakeholders: { totalCount: 0 } });
  });

  test("a profile's page suggests partners from the other sectors with the reason for each", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const unique = randomUUID().slice(0, 8);
    const admin = await adminRequest(playwright.request, baseURL);
    // Topics no other test uses, so this partner ranks first whatever else the pool holds.
    const topicCodes = ['VETERINARY_SERVICES', 'ENERGY'];
    const partnerRequest = await playwright.request.newContext({ baseURL });
    await personWithProfile(admin, partnerRequest, {
      name: { he: `שותף ${unique}`, en: `Partner ${unique}` },
      sector: 'ACADEMIA',
      topicCodes,
      districts: ['SOUTH'],
      openToConsultation: true,
    });
    const sameSector = await playwright.request.newContext({ baseURL });
    await personWithProfile(admin, sameSector, {
      name: { he: `עמית ${unique}`, en: `Colleague ${unique}` },
      sector: 'BUSINESS',
      topicCodes,
    });
    const subjectId = await personWithProfile(admin, page.request, {
      name: { he: `נושא ${unique}`, en: `Subject ${unique}` },
      sector: 'BUSINESS',
      topicCodes,
      districts: ['SOUTH'],
    });

    await page.goto(`/en/pool/people/${subjectId}`);
    const matches = page.getByRole('region', { name: 'Suggested partners from other sectors' });
    const partner = matches.getByRole('article', { name: `Partner ${unique}` });
    await expect(partner).toBeVisible();
    await expect(partner).toContainText('Sector: Experts and academia (a complementary sector)');
    await expect(partner).toContainText(/Shared topics: .*Veterinary services/);
    await expect(partner).toContainText(/Shared topics: .*Energy/);
    await expect(partner).toContainText('Shared districts: South');
    await expect(partner).toContainText('Open to consultation');
    // Someone of their own sector is never suggested.
    await expect(matches.getByRole('article', { name: `Colleague ${unique}` })).toHaveCount(0);
    await partnerRequest.dispose();
    await sameSector.dispose();
  });

  test('the diversity page shows small groups as "fewer than 5" and names the sectors a topic lacks', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    // Six people on a topic no other test uses: five in business, one in academia.
    const sectors = ['BUSINESS', 'BUSINESS', 'BUSINESS', 'BUSINESS', 'BUSINESS', 'ACADEMIA'];
    await Promise.all(
      sectors.map(async (sector, index) => {
        const request = await playwright.request.newContext({ baseURL });
        await personWithProfile(admin, request, {
          name: { he: `גיוון ${index} ${randomUUID().slice(0, 6)}` },
          sector,
          topicCodes: ['WASTE_MANAGEMENT'],
        });
        await request.dispose();
      }),
    );

    // A stakeholder has neither the link nor the page.
    await newAccount(admin, { accept: page.request, name: 'בעל עניין' });
    await page.goto('/en/pool/diversity');
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'My profile' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pool diversity' })).toHaveCount(0);

    await signInAs(page, DEMO.pmo);
    await page.goto('/en/pool/diversity');
    await expect(page.getByRole('link', { name: 'Pool diversity' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('WASTE_MANAGEMENT');
    await expect(page).toHaveURL(/topic=WASTE_MANAGEMENT/);

    const bySector = page.getByRole('table', { name: 'By sector: table' });
    // One person in academia: shown as a small group, never as a number (not even 1 or 0).
    await expect(bySector.getByRole('row', { name: /academia/ }).getByRole('cell')).toHaveText('fewer than 5');
    await expect(
      bySector
        .getByRole('row', { name: /Government/ })
        .first()
        .getByRole('cell'),
    ).toHaveText('fewer than 5');

    // The gaps are said in words: no one from government, fewer than five from academia.
    const gaps = page.getByRole('region', { name: 'Sectors missing from Waste management' });
    await expect(gaps.getByRole('listitem').filter({ hasText: 'Missing entirely (no one)' })).toContainText(
      'Government',
    );
    await expect(gaps.getByRole('listitem').filter({ hasText: 'Nearly missing (fewer than 5)' })).toContainText(
      'Experts and academia',
    );
    await expect(gaps.getByRole('listitem').filter({ hasText: 'Missing entirely' })).not.toContainText('Business');
  });

  for (const language of ['he', 'ar', 'en'] as const) {
    test(`the pool's pages pass axe in ${language}`, async ({ page, browser, playwright, baseURL }) => {
      const unique = randomUUID().slice(0, 8);
      const admin = await adminRequest(playwright.request, baseURL);
      const other = await playwright.request.newContext({ baseURL });
      const otherId = await personWithProfile(admin, other, {
        name: { he: `נגישות ${unique}`, ar: `إتاحة ${unique}`, en: `Access ${unique}` },
        title: { he: 'רכזת', en: 'Coordinator' },
        sector: 'LOCAL_GOVERNMENT',
        topicCodes: ['TOURISM'],
        districts: ['HAIFA'],
        positions: [{ sector: 'BUSINESS', title: 'מנהלת', startYear: 2010, endYear: 2015 }],
        contacts: [{ kind: 'WEBSITE', value: `https://access-${unique}.example.org`, visibility: 'EVERYONE' }],
      });
      await other.dispose();

      // Signed out: the search with results and the profile.
      const anonymousContext = await browser.newContext();
      const anonymous = await anonymousContext.newPage();
      await anonymous.goto(`/${language}/pool?q=${unique}`);
      await expect(anonymous.getByRole('article')).toHaveCount(1);
      await expectNoAxeViolations(anonymous);
      await anonymous.goto(`/${language}/pool?q=${unique}-nobody-zzzz`);
      await expect(anonymous.getByText(NO_ONE[language]).first()).toBeVisible();
      await expectNoAxeViolations(anonymous);
      await anonymousContext.close();

      // Signed in with a profile: the profile with its matches, and the form.
      await personWithProfile(admin, page.request, {
        name: { he: `בודק ${unique}` },
        sector: 'ACADEMIA',
        topicCodes: ['TOURISM'],
        contacts: [{ kind: 'EMAIL', value: `check-${unique}@example.test`, visibility: 'SIGNED_IN' }],
      });
      await page.goto(`/${language}/pool/people/${otherId}`);
      await expect(page.getByRole('article').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${language}/pool/me`);
      await expect(page.locator('form').first()).toBeVisible();
      await expectNoAxeViolations(page);

      // The diversity page, for the PMO unit.
      await signInAs(page, DEMO.pmo);
      await page.goto(`/${language}/pool/diversity`);
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

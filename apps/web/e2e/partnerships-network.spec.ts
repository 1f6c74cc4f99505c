import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { DEMO, graphql, signInAs } from './identity';

const FORUMS = 'query F { forums(national: true) { id kind } }';
const APPOINT =
  'mutation A($input: AppointForumMemberInput!) { appointForumMember(input: $input) { id organisation { id } } }';
const END = 'mutation E($input: EndForumMemberInput!) { endForumMember(input: $input) { id } }';
const CREATE = 'mutation C($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const ADD_PARTNER = 'mutation P($input: AddPartnershipPartnerInput!) { addPartnershipPartner(input: $input) { id } }';

interface Arranged {
  business: string;
  civilSociety: string;
  academia: string;
  government: string;
  representative: string;
}

/**
 * The test's own organisations and partnerships, arranged by the PMO unit through the API. The
 * organisations come into the system as the round table's members do (a new organisation with its
 * member); all but the business's member are withdrawn at once, so only it keeps a seat:
 * - `direction` in Haifa: business with civil society; business with academia
 * - direction 5 in the South: civil society with government
 * Under `direction` the business bridges civil society and academia, the most of anyone. Tests
 * running at once each take a direction of their own, so their brokers do not meet.
 */
async function arrangeNetwork(request: APIRequestContext, direction: number): Promise<Arranged> {
  const tag = randomUUID().slice(0, 6);
  const names: Arranged = {
    business: `חברת רשת ${tag}`,
    civilSociety: `עמותת רשת ${tag}`,
    academia: `מכון רשת ${tag}`,
    government: `משרד רשת ${tag}`,
    representative: `נציגת רשת ${tag}`,
  };
  const forums = await graphql<{ forums: { id: string; kind: string }[] }>(request, FORUMS);
  expect(forums.errors).toBeUndefined();
  const roundTable = forums.data!.forums.find((forum) => forum.kind === 'ROUND_TABLE')!.id;
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jerusalem' });

  const organisation = async (name: string, sector: string, person: string, keep: boolean): Promise<string> => {
    const appointed = await graphql<{ appointForumMember: { id: string; organisation: { id: string } } }>(
      request,
      APPOINT,
      {
        input: {
          forumId: roundTable,
          newPerson: { name: { he: person } },
          newOrganisation: { name: { he: name }, sector },
          termStart: today,
        },
      },
    );
    expect(appointed.errors, `appoint for ${name}`).toBeUndefined();
    const member = appointed.data!.appointForumMember;
    if (!keep) {
      const ended = await graphql(request, END, { input: { memberId: member.id, reason: 'OTHER', endedOn: today } });
      expect(ended.errors, `withdraw the member for ${name}`).toBeUndefined();
    }
    return member.organisation.id;
  };
  const business = await organisation(names.business, 'BUSINESS', names.representative, true);
  const civilSociety = await organisation(names.civilSociety, 'CIVIL_SOCIETY', `חבר ${tag} א`, false);
  const academia = await organisation(names.academia, 'ACADEMIA', `חבר ${tag} ב`, false);
  const government = await organisation(names.government, 'GOVERNMENT', `חבר ${tag} ג`, false);

  const partnerships = [
    { directions: [direction], districts: ['HAIFA'], partners: [business, civilSociety] },
    { directions: [direction], districts: ['HAIFA'], partners: [business, academia] },
    { directions: [5], districts: ['SOUTH'], partners: [civilSociety, government] },
  ];
  for (const [index, { partners, ...rest }] of partnerships.entries()) {
    const created = await graphql<{ createPartnership: { id: string } }>(request, CREATE, {
      input: { kind: 'CROSS_SECTOR', status: 'ACTIVE', title: { he: `שותפות רשת ${tag} ${index}` }, ...rest },
    });
    expect(created.errors, `create partnership ${index}`).toBeUndefined();
    for (const organisationId of partners) {
      const added = await graphql(request, ADD_PARTNER, {
        input: { partnershipId: created.data!.createPartnership.id, organisationId, role: 'PARTNER' },
      });
      expect(added.errors, `add a partner to ${index}`).toBeUndefined();
    }
  }
  return names;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const rowOf = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
async function cells(locator: Locator): Promise<string[]> {
  return (await locator.getByRole('cell').allInnerTexts()).map((text) => stripMarks(text).trim());
}

test.describe('partnerships: the network of partners', () => {
  test('the PMO unit opens the network, narrows it to direction 3, reads the brokers and exports them', async ({
    page,
  }) => {
    await signInAs(page, DEMO.pmo);
    const names = await arrangeNetwork(page.request, 3);

    await page.goto('/he/partnerships/dashboard');
    await page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'רשת השותפים' }).click();
    await expect(page).toHaveURL(/\/he\/partnerships\/network$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('רשת השותפים');
    await expect(page.getByRole('img', { name: 'שרטוט: רשת השותפים' })).toBeVisible();

    // The whole network has the government's partnership with civil society.
    const links = section(page, 'הקשרים').getByRole('table');
    await expect(links).toHaveAccessibleName('טבלה: הקשרים');
    const governmentLink = links.getByRole('row').filter({ hasText: names.government });
    await expect(governmentLink).toHaveCount(1);
    expect(await cells(governmentLink)).toEqual(
      expect.arrayContaining([names.government, names.civilSociety, 'שותפויות משותפות', '1']),
    );

    const filters = page.getByRole('search', { name: 'סינון הרשת' });
    await filters.getByRole('combobox', { name: 'כיוון פעולה' }).selectOption('3');
    await expect(page).toHaveURL(/\/he\/partnerships\/network\?direction=3$/);
    await expect(links.getByRole('row').filter({ hasText: names.government })).toHaveCount(0);
    // The business's member sits in the round table for it.
    await expect(
      links.getByRole('row').filter({ hasText: names.representative }).filter({ hasText: 'מכהן מטעם' }),
    ).toHaveCount(1);

    const brokers = section(page, 'מתווכים בין מגזרים').getByRole('table');
    await expect(brokers).toHaveAccessibleName('טבלה: מתווכים בין מגזרים');
    const first = brokers.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText(names.business);
    expect(await cells(first)).toEqual([
      '1',
      'ארגון',
      'מגזר עסקי',
      'חברה אזרחית · מומחים ואקדמיה',
      '2',
      '1',
      '3',
      expect.any(String),
    ]);
    expect(await cells(rowOf(brokers, names.civilSociety))).toEqual(
      expect.arrayContaining(['ארגון', 'חברה אזרחית', 'מגזר עסקי', '1', '0']),
    );

    // The address keeps the view.
    await page.reload();
    await expect(filters.getByRole('combobox', { name: 'כיוון פעולה' })).toHaveValue('3');
    await expect(brokers.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(names.business);

    const downloading = page.waitForEvent('download');
    await section(page, 'מתווכים בין מגזרים')
      .getByRole('button', { name: 'הורדת הטבלה כ-CSV: מתווכים בין מגזרים' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('partnerships-network-brokers.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('דירוג,שם,סוג,מגזר,מגזרים מקושרים,שותפויות,פורומים,אנשי קשר,מרכזיות תיווך');
    expect(lines[1]).toMatch(new RegExp(`^1,${names.business},ארגון,מגזר עסקי,חברה אזרחית · מומחים ואקדמיה,2,1,3,`));
  });

  test('a stakeholder is not offered the network and is told why', async ({ page }) => {
    await signInAs(page, DEMO.stakeholder);
    await page.goto('/he/partnerships');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'רשת השותפים' })).toHaveCount(0);
    await page.goto('/he/partnerships/network');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
    await expect(page.getByText('לחשבון שלך אין התפקיד שהדף הזה דורש.', { exact: false })).toBeVisible();
    await expect(page.getByRole('img', { name: 'שרטוט: רשת השותפים' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  for (const [language, direction] of [
    ['he', 4],
    ['ar', 6],
    ['en', 7],
  ] as const) {
    test(`axe finds no WCAG 2.1 AA violation on the network in ${language}`, async ({ page }) => {
      await signInAs(page, DEMO.pmo);
      await arrangeNetwork(page.request, direction);
      await page.goto(`/${language}/partnerships/network?direction=${direction}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('img').first()).toBeVisible();
      await expect(page.locator('table')).toHaveCount(2);
      await expectNoAxeViolations(page);
    });
  }
});

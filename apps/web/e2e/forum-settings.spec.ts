import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { clusterId, DEMO, DEMO_PASSWORD, graphql, signInAs } from './identity';

/**
 * Creating a forum and changing its settings: name, kind, topic, description, goals, rules and
 * the representation map (docs/forums.md). Each test makes a forum of its own; the seeded forums
 * stay as they are.
 */

const LANGUAGES = ['he', 'ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

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

/** A Haifa Bay cross-sector forum of the test's own: 3 seats for each of three sectors, a minimum of 1. */
async function createForum(ceo: APIRequestContext): Promise<{ id: string; name: string }> {
  const name = `פורום הגדרות ${unique()}`;
  const answer = await graphql<{ createForum: { id: string } }>(
    ceo,
    'mutation F($input: CreateForumInput!) { createForum(input: $input) { id } }',
    {
      input: {
        clusterId: await clusterId(ceo, 'haifa-bay'),
        kind: 'CROSS_SECTOR',
        name: { he: name, ar: null, en: name },
        goals: [{ he: 'התאוששות מהמשבר', ar: null, en: 'Recovery from the crisis' }],
        seats: [
          { sector: 'LOCAL_GOVERNMENT', seats: 3 },
          { sector: 'BUSINESS', seats: 3 },
          { sector: 'CIVIL_SOCIETY', seats: 3 },
        ],
        termYears: 3,
        minMeetingsPerYear: 1,
        allowsIndividuals: false,
      },
    },
  );
  expect(answer.errors).toBeUndefined();
  return { id: answer.data!.createForum.id, name };
}

/** A member appointed through the API: a new person for a new organisation of `sector`, from 1 January. */
async function appoint(ceo: APIRequestContext, forumId: string, name: string, sector = 'BUSINESS') {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric' }).format(new Date());
  const answer = await graphql(
    ceo,
    'mutation A($input: AppointForumMemberInput!) { appointForumMember(input: $input) { id } }',
    {
      input: {
        forumId,
        newPerson: { name: { he: name, ar: null, en: name } },
        newOrganisation: { name: { he: `ארגון של ${name}`, ar: null, en: null }, sector },
        termStart: `${year}-01-01`,
      },
    },
  );
  expect(answer.errors, `appoint ${name}`).toBeUndefined();
}

async function forumSeats(request: APIRequestContext, id: string) {
  const answer = await graphql<{ forum: { minMeetingsPerYear: number | null; seats: unknown[] } }>(
    request,
    'query F($id: ID!) { forum(id: $id) { minMeetingsPerYear seats { sector seats filled } } }',
    { id },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.forum;
}

/** The public representation map, not the dashboard's table of filled and vacant seats. */
const MAP = /Seats per sector: .+ in all/;

function mapRow(page: Page, sector: string) {
  return page.getByRole('table', { name: MAP }).getByRole('row', { name: sector });
}

test.describe('a new forum', () => {
  test("Haifa Bay's CEO creates a forum with a map from the cluster page and lands on its page", async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const name = `Welfare forum ${unique()}`;
    await page.goto('/en/clusters/haifa-bay');
    const forums = page.getByRole('region', { name: 'Forums' });
    await forums.getByRole('button', { name: 'New forum' }).click();

    const dialog = page.getByRole('dialog', { name: 'A new forum' });
    await expect(dialog.getByLabel("Forum's name in Hebrew")).toBeFocused();
    // Nothing filled in: the name and the kind are asked for, in words tied to their fields.
    await dialog.getByRole('button', { name: 'Create the forum' }).click();
    await expect(dialog.getByLabel("Forum's name in Hebrew")).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText("Enter the forum's name in Hebrew.")).toBeVisible();
    await expect(dialog.getByText('Choose the kind of forum.')).toBeVisible();
    // A cluster's forum is never the round table: it is not offered.
    await expect(dialog.getByLabel(/^Kind of forum/).locator('option[value="ROUND_TABLE"]')).toHaveCount(0);

    await dialog.getByLabel("Forum's name in Hebrew").fill(`פורום רווחה ${unique()}`);
    await dialog.getByLabel("Forum's name in English (optional)").fill(name);
    await dialog.getByLabel(/^Kind of forum/).selectOption('PROFESSIONAL');
    await expect(dialog.getByLabel('Topic').locator('option')).not.toHaveCount(1);
    await dialog.getByLabel('Topic').selectOption({ index: 1 });
    const topic = (await dialog.getByLabel('Topic').locator('option:checked').innerText()).trim();
    await dialog.getByLabel('Description in Hebrew (optional)').fill('מנהלי מחלקות הרווחה ברשויות');
    await dialog.getByRole('button', { name: 'Add a goal' }).click();
    const goal = dialog.getByRole('group', { name: 'Goal 1', exact: true });
    await expect(goal.getByLabel('Goal in Hebrew')).toBeFocused();
    await goal.getByLabel('Goal in Hebrew').fill('מענה אזורי לצרכי רווחה');
    await goal.getByLabel('Goal in English (optional)').fill('A regional answer to welfare needs');
    await dialog.getByLabel('Launched (optional)').fill('2021-03');
    await dialog.getByLabel('Term of a member, in years (optional)').fill('2');
    await dialog.getByLabel('Minimum meetings a year (optional)').fill('4');
    await dialog.getByLabel('Business sector').fill('2');
    await dialog.getByLabel('Civil society').fill('2');
    await dialog.getByRole('button', { name: 'Create the forum' }).click();

    await expect(page).toHaveURL(/\/en\/forums\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('status').filter({ hasText: 'The forum was created.' })).toBeVisible();
    const map = page.getByRole('table', { name: MAP });
    expect(stripMarks(await map.locator('caption').innerText())).toContain('4 seats in all');
    await expect(mapRow(page, 'Business sector')).toContainText('2');
    await expect(mapRow(page, 'Civil society')).toContainText('2');
    await expect(map.getByRole('row', { name: 'Local government' })).toHaveCount(0);
    await expect(page.getByText('Professional forum')).toBeVisible();
    await expect(page.getByText(topic, { exact: true })).toBeVisible();
    await expect(page.getByText('A regional answer to welfare needs')).toBeVisible();
    await expect(page.getByText('4 meetings a year', { exact: true })).toBeVisible();
    await expect(page.getByText('2 years', { exact: true })).toBeVisible();

    // The cluster's page lists it.
    await page.getByRole('link', { name: 'Haifa Bay Cluster' }).click();
    await expect(page.getByRole('region', { name: 'Forums' }).getByRole('link', { name })).toBeVisible();
  });
});

test.describe("a forum's settings", () => {
  test('its manager adds a goal, moves it first and changes the minimum', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request);
    await page.goto(`/en/forums/${forum.id}`);

    const edit = page.getByRole('button', { name: 'Edit the forum' });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Edit the forum' });
    await expect(dialog.getByLabel("Forum's name in Hebrew")).toHaveValue(forum.name);
    await expect(dialog.getByLabel('Business sector')).toHaveValue('3');
    await expect(dialog.getByLabel('Minimum meetings a year (optional)')).toHaveValue('1');

    await dialog.getByRole('button', { name: 'Add a goal' }).click();
    const second = dialog.getByRole('group', { name: 'Goal 2', exact: true });
    await expect(second.getByLabel('Goal in Hebrew')).toBeFocused();
    await second.getByLabel('Goal in Hebrew').fill('חיזוק שיתוף הפעולה האזורי');
    await second.getByLabel('Goal in English (optional)').fill('Stronger regional cooperation');
    await second.getByRole('button', { name: 'Move up' }).click();
    // The goal is first now; the keyboard stays with it, on the button it still has.
    const first = dialog.getByRole('group', { name: 'Goal 1', exact: true });
    await expect(first.getByLabel('Goal in English (optional)')).toHaveValue('Stronger regional cooperation');
    await expect(first.getByRole('button', { name: 'Move down' })).toBeFocused();
    await expect(dialog.getByRole('status').filter({ hasText: 'Goal 2 is now goal 1.' })).toBeAttached();

    // A goal added by mistake goes again; the keyboard lands on the goal before it.
    await dialog.getByRole('button', { name: 'Add a goal' }).click();
    const third = dialog.getByRole('group', { name: 'Goal 3', exact: true });
    await expect(third.getByLabel('Goal in Hebrew')).toBeFocused();
    await third.getByRole('button', { name: 'Remove' }).click();
    await expect(third).toHaveCount(0);
    await expect(
      dialog.getByRole('group', { name: 'Goal 2', exact: true }).getByRole('button', { name: 'Remove' }),
    ).toBeFocused();
    await expect(dialog.getByRole('status').filter({ hasText: 'Goal 3 was removed.' })).toBeAttached();

    await dialog.getByLabel('Minimum meetings a year (optional)').fill('6');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: "The forum's settings were saved." })).toBeVisible();
    await expect(edit).toBeFocused();

    await expect(page.getByText('6 meetings a year', { exact: true })).toBeVisible();
    const goals = page.getByRole('region', { name: 'About the forum' }).getByRole('listitem');
    await expect(goals).toHaveText(['Stronger regional cooperation', 'Recovery from the crisis']);
    await page.reload();
    await expect(page.getByText('6 meetings a year', { exact: true })).toBeVisible();
    await expect(goals.first()).toHaveText('Stronger regional cooperation');
    expect((await forumSeats(page.request, forum.id)).minMeetingsPerYear).toBe(6);
  });

  test('a map below the members who sit is refused with the reason, and nothing changes', async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request);
    await appoint(page.request, forum.id, `First ${unique()}`);
    await appoint(page.request, forum.id, `Second ${unique()}`);
    const before = await forumSeats(page.request, forum.id);

    await page.goto(`/en/forums/${forum.id}`);
    await page.getByRole('button', { name: 'Edit the forum' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the forum' });
    await expect(dialog.getByLabel('Business sector')).toHaveAccessibleDescription('2 seats held now');
    await dialog.getByLabel('Minimum meetings a year (optional)').fill('9');
    await dialog.getByLabel('Business sector').fill('1');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await expect(
      dialog.getByRole('alert').filter({
        hasText:
          '2 members of the sector "Business sector" sit in the forum: give the sector at least 2 seats, or end memberships first. Nothing was changed.',
      }),
    ).toBeVisible();

    // Leaving the sector out of the map is refused the same way.
    await dialog.getByLabel('Business sector').fill('');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await expect(dialog.getByRole('alert')).toContainText('2 members of the sector "Business sector"');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(mapRow(page, 'Business sector')).toContainText('3');
    await expect(page.getByText('1 meeting a year', { exact: true })).toBeVisible();
    expect(await forumSeats(page.request, forum.id)).toEqual(before);
  });

  test('a CEO of another cluster, and a visitor, get no edit or new-forum buttons', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const ceo = await sessionAs(playwright.request, baseURL, DEMO.ceoHaifaBay);
    const forum = await createForum(ceo);
    await ceo.dispose();

    // Signed out.
    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(forum.name);
    await expect(page.getByRole('button', { name: 'Edit the forum' })).toHaveCount(0);

    await signInAs(page, DEMO.ceoWesternNegev);
    await page.goto(`/en/forums/${forum.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(forum.name);
    await expect(page.getByRole('table', { name: MAP })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit the forum' })).toHaveCount(0);
    await page.goto('/en/clusters/haifa-bay');
    await expect(page.getByRole('region', { name: 'Forums' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'New forum' })).toHaveCount(0);
    // Their own cluster's page has it: the rule is the cluster, not the role.
    await page.goto('/en/clusters/western-negev');
    await expect(page.getByRole('region', { name: 'Forums' }).getByRole('button', { name: 'New forum' })).toBeVisible();
  });
});

/** Each language's edit button, business sector label and refusal of a map below two business members. */
const TEXT: Record<Language, { edit: string; sector: string; refusal: string }> = {
  he: { edit: 'עריכת הפורום', sector: 'מגזר עסקי', refusal: 'שני חברים מהמגזר "מגזר עסקי" מכהנים בפורום' },
  ar: {
    edit: 'تعديل المنتدى',
    sector: 'قطاع الأعمال',
    refusal: 'عضوان من قطاع "قطاع الأعمال" يشغلان مقعدين في المنتدى',
  },
  en: {
    edit: 'Edit the forum',
    sector: 'Business sector',
    refusal: '2 members of the sector "Business sector" sit in the forum',
  },
};

for (const language of LANGUAGES) {
  test(`axe finds no WCAG 2.1 AA violation in the forum forms with their errors in ${language}`, async ({ page }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const forum = await createForum(page.request);
    await appoint(page.request, forum.id, `נועה ${unique()}`);
    await appoint(page.request, forum.id, `רון ${unique()}`);
    const check = async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
    };
    const { edit, sector, refusal } = TEXT[language];

    // The edit form, with field errors.
    await page.goto(`/${language}/forums/${forum.id}`);
    await page.getByRole('button', { name: edit }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.locator('input').first();
    await expect(name).toBeFocused();
    await name.fill('');
    await dialog.getByLabel(sector).fill('x');
    await dialog.locator('button[type="submit"]').click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel(sector)).toHaveAttribute('aria-invalid', 'true');
    await check();

    // The API's refusal of a map below its members, in the page's language.
    await name.fill(forum.name);
    await dialog.getByLabel(sector).fill('1');
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog.getByRole('alert').filter({ hasText: refusal })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // The new-forum form on the cluster's page, submitted empty.
    await page.goto(`/${language}/clusters/haifa-bay`);
    await page.locator('section[aria-labelledby="cluster-forums"] > button').click();
    await expect(page.getByRole('dialog').locator('input').first()).toBeFocused();
    await page.getByRole('dialog').locator('button[type="submit"]').click();
    await expect(page.getByRole('dialog').locator('select[aria-invalid="true"]')).toBeVisible();
    await check();
  });
}

import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, stripMarks } from './accessibility';
import { adminRequest, clusterId, DEMO, graphql, newAccount, signInAs } from './identity';

const CREATE = 'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const ADD_INDICATOR =
  'mutation Add($input: AddPartnershipIndicatorInput!) { addPartnershipIndicator(input: $input) { id } }';

/** A partnership of Haifa Bay's, made through the API by its CEO's session in `page`, with one indicator. */
async function arrangePartnership(page: Page, title: string): Promise<string> {
  const cluster = await clusterId(page.request, 'haifa-bay');
  const created = await graphql<{ createPartnership: { id: string } }>(page.request, CREATE, {
    input: {
      kind: 'INTER_MUNICIPAL',
      clusterId: cluster,
      title: { he: title },
      status: 'ACTIVE',
      reportingPeriodMonths: 6,
    },
  });
  expect(created.errors, 'create the partnership').toBeUndefined();
  const id = created.data!.createPartnership.id;
  const added = await graphql(page.request, ADD_INDICATOR, {
    input: { partnershipId: id, name: { he: 'משקי בית', en: 'Households' }, target: 500 },
  });
  expect(added.errors, 'add the indicator').toBeUndefined();
  return id;
}

/** "Report progress" in each language: the button that opens the report's form, and the form's title. */
const REPORT = { he: 'דיווח התקדמות', ar: 'تقرير تقدّم', en: 'Report progress' } as const;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe('partnerships: registering one, its milestones, indicators and progress, by those allowed', () => {
  test('a cluster CEO registers a partnership, adds a milestone and an indicator, reports progress and sees the light and the history', async ({
    page,
  }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const title = `מיזם בדיקה ${randomUUID().slice(0, 8)}`;

    await page.goto('/he/partnerships');
    await page.getByRole('link', { name: 'רישום שותפות חדשה' }).click();
    await expect(page).toHaveURL(/\/he\/partnerships\/new$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('רישום שותפות חדשה');

    // Sent empty, the form says what is missing at each field, and nothing is registered.
    await page.getByRole('button', { name: 'רישום השותפות' }).click();
    await expect(page.getByText('בחרו את סוג השותפות.')).toBeVisible();
    await expect(page.getByText('כתבו את שם השותפות בעברית.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'שם בעברית' })).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('combobox', { name: 'סוג השותפות' }).selectOption('INTER_MUNICIPAL');
    // Their only cluster is chosen for them.
    await expect(page.getByRole('combobox', { name: 'אשכול' })).toHaveValue(/.+/);
    await page.getByRole('textbox', { name: 'שם בעברית' }).fill(title);
    await page.getByRole('textbox', { name: 'שם באנגלית' }).fill('A test project');
    await page.getByRole('combobox', { name: 'מצב' }).selectOption('ACTIVE');
    await page.getByRole('group', { name: 'כיווני פעולה' }).getByRole('checkbox', { name: /^5\. / }).check();
    await page.getByRole('checkbox', { name: 'צפון' }).check();
    await page.getByRole('combobox', { name: 'מימון' }).selectOption('JOINT_TENDER');
    await page.getByRole('textbox', { name: 'תקציב (₪)' }).fill('1,250,000');
    await page.getByRole('textbox', { name: 'תדירות דיווח (בחודשים)' }).fill('3');
    await page.getByRole('button', { name: 'רישום השותפות' }).click();

    await expect(page).toHaveURL(/\/he\/partnerships\/[0-9a-f-]{36}$/);
    const url = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: 'השותפות נרשמה.' })).toBeVisible();
    const light = region(page, 'רמזור');
    // Registered today, reporting every three months: on track.
    await expect(light).toContainText('במסלול');
    await expect(page.getByText('1,250,000')).toBeVisible();

    // A milestone already past its day: the partnership is at risk.
    const milestones = region(page, 'אבני דרך');
    await milestones.getByRole('button', { name: 'הוספת אבן דרך' }).click();
    const milestoneDialog = page.getByRole('dialog', { name: 'הוספת אבן דרך' });
    await milestoneDialog.getByRole('textbox', { name: 'אבן הדרך בעברית' }).fill('פרסום המכרז');
    await milestoneDialog.getByLabel('מועד').fill('2020-01-01');
    await milestoneDialog.getByRole('button', { name: 'הוספת אבן הדרך' }).click();
    await expect(milestoneDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'אבן הדרך "פרסום המכרז" נוספה.' })).toBeVisible();
    await expect(milestones.getByRole('rowheader', { name: 'פרסום המכרז' })).toBeVisible();
    await expect(light).toContainText('בסיכון');

    const indicators = region(page, 'מדדים');
    await indicators.getByRole('button', { name: 'הוספת מדד' }).click();
    const indicatorDialog = page.getByRole('dialog', { name: 'הוספת מדד' });
    await indicatorDialog.getByRole('textbox', { name: 'שם המדד בעברית' }).fill('פסולת שמוחזרה');
    await indicatorDialog.getByRole('textbox', { name: 'יחידה בעברית' }).fill('טון');
    await indicatorDialog.getByRole('textbox', { name: 'ערך בסיס' }).fill('0');
    await indicatorDialog.getByRole('textbox', { name: 'יעד' }).fill('1200');
    await indicatorDialog.getByRole('button', { name: 'הוספת המדד' }).click();
    await expect(indicatorDialog).toBeHidden();
    await expect(indicators.getByRole('rowheader', { name: 'פסולת שמוחזרה' })).toBeVisible();

    // A report with a value for the indicator: kept in the history, and the indicator's actual value.
    await page.getByRole('button', { name: 'דיווח התקדמות' }).click();
    const reportDialog = page.getByRole('dialog', { name: 'דיווח התקדמות' });
    await reportDialog.getByRole('textbox', { name: 'הדיווח בעברית' }).fill('המכרז בהכנה; מוחזרו 40 טון.');
    await reportDialog.getByRole('textbox', { name: 'פסולת שמוחזרה (טון)' }).fill('40');
    await reportDialog.getByRole('button', { name: 'שליחת הדיווח' }).click();
    await expect(reportDialog).toBeHidden();
    const reports = region(page, 'דיווחי התקדמות');
    await expect(reports.getByRole('listitem').filter({ hasText: 'המכרז בהכנה' })).toBeVisible();
    const values = reports.getByRole('list', { name: 'ערכי המדדים בדיווח' });
    expect(stripMarks(await values.innerText())).toContain('פסולת שמוחזרה: 40 טון');
    const indicatorRow = indicators.getByRole('row').filter({ hasText: 'פסולת שמוחזרה' });
    await expect(indicatorRow.getByRole('cell').nth(3)).toContainText('40');
    // The milestone is still late: reporting does not hide it.
    await expect(light).toContainText('בסיכון');

    // Done: on track again.
    await milestones.getByRole('button', { name: 'סימון כבוצעה: פרסום המכרז' }).click();
    await expect(light).toContainText('במסלול');
    await expect(milestones.getByRole('button', { name: 'ביטול הסימון: פרסום המכרז' })).toBeVisible();

    // A second report goes before the first in the history (the latest day first).
    await page.getByRole('button', { name: 'דיווח התקדמות' }).click();
    await reportDialog.getByRole('textbox', { name: 'הדיווח בעברית' }).fill('המכרז פורסם.');
    await reportDialog.getByRole('button', { name: 'שליחת הדיווח' }).click();
    await expect(reportDialog).toBeHidden();
    await expect(reports.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(2);

    // The changes are the server's: a reload shows the same.
    await page.goto(url);
    await expect(region(page, 'רמזור')).toContainText('במסלול');
    await expect(region(page, 'דיווחי התקדמות').getByRole('listitem').filter({ hasText: 'המכרז בהכנה' })).toBeVisible();

    // Editing keeps what is not changed.
    await page.getByRole('link', { name: 'עריכת השותפות' }).click();
    await expect(page).toHaveURL(`${url}/edit`);
    await expect(page.getByRole('textbox', { name: 'שם בעברית' })).toHaveValue(title);
    await expect(page.getByRole('textbox', { name: 'תקציב (₪)' })).toHaveValue('1250000');
    await expect(
      page.getByRole('group', { name: 'כיווני פעולה' }).getByRole('checkbox', { name: /^5\. / }),
    ).toBeChecked();
    await page.getByRole('textbox', { name: 'תדירות דיווח (בחודשים)' }).fill('6');
    await page.getByRole('button', { name: 'שמירת השינויים' }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('status').filter({ hasText: 'השינויים נשמרו.' })).toBeVisible();
    await expect(page.getByText('כל 6 חודשים')).toBeVisible();
  });

  test('someone out of scope sees the partnership but none of its actions, and its forms refuse them', async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const id = await arrangePartnership(page, `מיזם בדיקה ${randomUUID().slice(0, 8)}`);

    for (const who of [DEMO.ceoWesternNegev, DEMO.stakeholder, null]) {
      const context = await browser.newContext();
      const other = await context.newPage();
      if (who) await signInAs(other, who);
      await other.goto(`/he/partnerships/${id}`);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(/מיזם בדיקה/);
      await expect(region(other, 'מדדים').getByRole('rowheader', { name: 'משקי בית' })).toBeVisible();
      for (const action of [
        'עריכת השותפות',
        'דיווח התקדמות',
        'הוספת שותף',
        'הוספת אבן דרך',
        'הוספת מדד',
        'הסרה: משקי בית',
      ]) {
        await expect(
          other.getByRole('link', { name: action }).or(other.getByRole('button', { name: action })),
        ).toHaveCount(0);
      }
      if (who) {
        await other.goto(`/he/partnerships/${id}/edit`);
        await expect(other.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
      }
      await context.close();
    }

    // A stakeholder registers no partnership: no link, and the page says so.
    const context = await browser.newContext();
    const stakeholder = await context.newPage();
    await signInAs(stakeholder, DEMO.stakeholder);
    await stakeholder.goto('/he/partnerships');
    await expect(stakeholder.getByRole('heading', { level: 1 })).toHaveText('שותפויות');
    await expect(stakeholder.getByRole('link', { name: 'רישום שותפות חדשה' })).toHaveCount(0);
    await stakeholder.goto('/he/partnerships/new');
    await expect(stakeholder.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
    await context.close();
  });

  test("a partner organisation's account edits once the CEO adds its organisation, and no longer once it is removed", async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    await signInAs(page, DEMO.ceoHaifaBay);
    const id = await arrangePartnership(page, `מיזם בדיקה ${randomUUID().slice(0, 8)}`);
    const unique = randomUUID().slice(0, 8);
    const organisation = `עמותת בדיקה ${unique}`;

    // Someone whose pool profile names a new organisation: the organisation's account.
    const admin = await adminRequest(playwright.request, baseURL);
    const context = await browser.newContext();
    const member = await context.newPage();
    await newAccount(admin, { accept: member.request, name: 'חברת עמותה' });
    const profile = await graphql(
      member.request,
      'mutation P($input: CreateProfileInput!) { createMyProfile(input: $input) { id } }',
      {
        input: {
          name: { he: `חברה ${unique}` },
          sector: 'CIVIL_SOCIETY',
          newOrganisation: { name: { he: organisation }, sector: 'CIVIL_SOCIETY' },
        },
      },
    );
    expect(profile.errors, JSON.stringify(profile.errors)).toBeUndefined();
    await member.goto(`/he/partnerships/${id}`);
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(/מיזם בדיקה/);
    await expect(member.getByRole('button', { name: 'דיווח התקדמות' })).toHaveCount(0);

    // The CEO finds the organisation by part of its name and adds it as the lead.
    await page.goto(`/he/partnerships/${id}`);
    const partners = region(page, 'שותפים');
    await partners.getByRole('button', { name: 'הוספת שותף' }).click();
    const dialog = page.getByRole('dialog', { name: 'הוספת שותף' });
    await dialog.getByRole('textbox', { name: 'חיפוש ארגון' }).fill(unique);
    await expect(dialog.getByText('ארגונים שנמצאו: 1')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'ארגון' }).selectOption({ label: `${organisation} · חברה אזרחית` });
    await dialog.getByRole('combobox', { name: 'תפקיד' }).selectOption('LEAD');
    await dialog.getByRole('button', { name: 'הוספת השותף' }).click();
    await expect(dialog).toBeHidden();
    await expect(partners.getByRole('row').filter({ hasText: organisation })).toContainText('מובילה');

    // Adding it again is refused at the field, and nothing changes.
    await partners.getByRole('button', { name: 'הוספת שותף' }).click();
    await dialog.getByRole('textbox', { name: 'חיפוש ארגון' }).fill(unique);
    await expect(dialog.getByText('ארגונים שנמצאו: 1')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'ארגון' }).selectOption({ label: `${organisation} · חברה אזרחית` });
    await dialog.getByRole('button', { name: 'הוספת השותף' }).click();
    await expect(dialog.getByText('הארגון כבר שותף. כדי לשנות את תפקידו, הסירו אותו והוסיפו שוב.')).toBeVisible();
    await dialog.getByRole('button', { name: 'ביטול' }).click();
    await expect(partners.getByRole('row').filter({ hasText: organisation })).toHaveCount(1);

    // Now the organisation's account reports progress.
    await member.reload();
    await member.getByRole('button', { name: 'דיווח התקדמות' }).click();
    const report = member.getByRole('dialog', { name: 'דיווח התקדמות' });
    await report.getByRole('textbox', { name: 'הדיווח בעברית' }).fill(`דיווח של השותף ${unique}`);
    await report.getByRole('button', { name: 'שליחת הדיווח' }).click();
    await expect(report).toBeHidden();
    await expect(region(member, 'דיווחי התקדמות')).toContainText(`דיווח של השותף ${unique}`);

    // Removed from the partners, it loses the right.
    await partners.getByRole('button', { name: `הסרה: ${organisation}` }).click();
    const confirm = page.getByRole('dialog', { name: 'להסיר את השותף?' });
    await confirm.getByRole('button', { name: 'הסרה' }).click();
    await expect(confirm).toBeHidden();
    await expect(partners.getByRole('row').filter({ hasText: organisation })).toHaveCount(0);
    await member.reload();
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(/מיזם בדיקה/);
    await expect(member.getByRole('button', { name: 'דיווח התקדמות' })).toHaveCount(0);
    await context.close();
    await admin.dispose();
  });

  for (const language of ['he', 'ar', 'en'] as const) {
    test(`axe finds no WCAG 2.1 AA violation on the partnership forms in ${language}`, async ({ page }) => {
      await signInAs(page, DEMO.ceoHaifaBay);
      const id = await arrangePartnership(page, `מיזם נגישות ${randomUUID().slice(0, 8)}`);

      await page.goto(`/${language}/partnerships/new`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await expectNoAxeViolations(page);
      // With its errors shown.
      await page.locator('button[type="submit"]').click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/${language}/partnerships/${id}/edit`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('input[type="date"]').first()).toBeVisible();
      await expectNoAxeViolations(page);

      // The page with its actions, and the report's form open.
      await page.goto(`/${language}/partnerships/${id}`);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.getByRole('button', { name: REPORT[language], exact: true }).click();
      const dialog = page.getByRole('dialog', { name: REPORT[language] });
      await expect(dialog.locator('input[type="date"]')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

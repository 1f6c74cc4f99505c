import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { adminRequest, clusterId, DEMO, graphql, newAccount, signInAs } from './identity';

test.describe('the administration of accounts', () => {
  test('an administrator invites a cluster CEO, who accepts in another browser and is signed in with that role', async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO.admin);
    await page.goto('/he/admin/accounts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('חשבונות ותפקידים');

    const unique = randomUUID().slice(0, 8);
    const email = `ceo-${unique}@example.test`;
    const name = `מנכ"לית בדיקה ${unique}`;
    const invite = page.getByRole('region', { name: 'הזמנת אדם' });
    await invite.getByRole('textbox', { name: 'דוא"ל' }).fill(email);
    await invite.getByRole('textbox', { name: 'שם' }).fill(name);
    await invite.getByRole('combobox', { name: 'תפקיד' }).selectOption('CLUSTER_CEO');
    await invite.getByRole('combobox', { name: 'אשכול' }).selectOption({ label: 'אשכול המפרץ' });
    await invite.getByRole('button', { name: 'הזמנה' }).click();

    const panel = page.getByRole('region', { name: `קישור הזמנה עבור ${name}` });
    await expect(panel).toBeFocused();
    await expect(panel).toContainText(email);
    const link = await panel.getByRole('textbox', { name: 'קישור ההזמנה' }).inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/he\/invitation#token=/);
    // The new account is in the list, invited.
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row).toContainText('הוזמן/ה');
    await expect(row).toContainText('מנכ"ל/ית אשכול — אשכול המפרץ');

    // The person opens the link in their own browser, sets a password and is signed in.
    const context = await browser.newContext();
    try {
      const invitee = await context.newPage();
      await invitee.goto(link);
      await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('קבלת ההזמנה');
      await invitee.getByRole('textbox', { name: 'סיסמה חדשה', exact: true }).fill('short');
      await invitee.getByRole('button', { name: 'קביעת הסיסמה והתחברות' }).click();
      await expect(invitee.getByRole('textbox', { name: 'סיסמה חדשה', exact: true })).toHaveAccessibleDescription(
        /סיסמה חדשה צריכה לכלול לפחות 12 תווים/,
      );
      const password = `שלוש מילים רחוקות ${unique}`;
      await invitee.getByRole('textbox', { name: 'סיסמה חדשה', exact: true }).fill(password);
      await invitee.getByRole('textbox', { name: 'הסיסמה החדשה שוב', exact: true }).fill(password);
      await invitee.getByRole('button', { name: 'קביעת הסיסמה והתחברות' }).click();
      await expect(invitee).toHaveURL(/\/he\/account$/);
      await expect(invitee.getByRole('status').filter({ hasText: 'ברוך בואך!' })).toBeVisible();
      await expect(invitee.getByRole('banner')).toContainText(name);
      await expect(invitee.getByRole('main')).toContainText('מנכ"ל/ית אשכול — אשכול המפרץ');
      await expect(invitee.getByRole('main')).toContainText(email);
      // The link works once.
      await invitee.goto(link);
      await invitee.getByRole('textbox', { name: 'סיסמה חדשה', exact: true }).fill(password);
      await invitee.getByRole('textbox', { name: 'הסיסמה החדשה שוב', exact: true }).fill(password);
      await invitee.getByRole('button', { name: 'קביעת הסיסמה והתחברות' }).click();
      await expect(invitee.getByRole('alert').filter({ hasText: 'קישור ההזמנה הזה אינו תקף' })).toBeVisible();
    } finally {
      await context.close();
    }

    // The audit trail has the invitation, with what it gave.
    await page.goto('/he/admin/audit?action=ACCOUNT_INVITED');
    const entry = page.getByRole('row').filter({ hasText: name }).first();
    await expect(entry).toContainText('הזמנת אדם');
    await expect(entry).toContainText('הדגמה: מנהלת מערכת');
    const details = entry.getByRole('button', { name: 'הצגת פרטים' });
    await details.click();
    await expect(entry.getByRole('button', { name: 'הסתרת פרטים' })).toHaveAttribute('aria-expanded', 'true');
    const changes = page.getByRole('table', { name: 'הערכים לפני ואחרי' });
    await expect(changes.getByRole('row').filter({ hasText: 'displayName' })).toContainText(name);
    await expect(changes.getByRole('row').filter({ hasText: 'roles' })).toContainText('CLUSTER_CEO');
  });

  test('an administrator disables an account after confirming, and it can no longer sign in', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    const personal = await playwright.request.newContext({ baseURL });
    const account = await newAccount(admin, { accept: personal, name: 'להשבתה' });

    await signInAs(page, DEMO.admin);
    await page.goto(`/he/admin/accounts?q=${encodeURIComponent(account.email)}`);
    await expect(page.getByRole('status').filter({ hasText: 'נמצא חשבון אחד.' })).toBeVisible();
    const manage = page.getByRole('button', { name: `ניהול ${account.displayName}` });
    await manage.click();
    await expect(manage).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('region', { name: `ניהול ${account.displayName}` });
    await panel.getByRole('button', { name: 'השבתת החשבון' }).click();

    const dialog = page.getByRole('dialog', { name: 'להשבית את החשבון?' });
    await dialog.getByRole('button', { name: 'השבתת החשבון' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      panel.getByRole('status').filter({ hasText: `החשבון של ${account.displayName} הושבת.` }),
    ).toBeVisible();
    await expect(panel.getByRole('heading', { name: `ניהול ${account.displayName}` })).toBeFocused();
    await expect(
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: account.displayName }) }),
    ).toContainText('מושבת');

    // Its session ended at once, and a new one cannot start.
    const me = await graphql<{ me: null | { id: string } }>(personal, '{ me { id } }');
    expect(me.data?.me).toBeNull();
    const signIn = await graphql(personal, 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: account.email, password: account.password },
    });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // And it can be enabled again.
    await panel.getByRole('button', { name: 'הפעלת החשבון' }).click();
    await page.getByRole('dialog', { name: 'להפעיל את החשבון?' }).getByRole('button', { name: 'הפעלת החשבון' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'הופעל' })).toBeVisible();
    await admin.dispose();
    await personal.dispose();
  });

  test('an administrator gives a role with its scope, revokes one after confirming, and makes a new link', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    const account = await newAccount(admin, { name: 'Role test' });
    await admin.dispose();

    await signInAs(page, DEMO.admin);
    await page.goto(`/en/admin/accounts?q=${encodeURIComponent(account.email)}`);
    await page.getByRole('button', { name: `Manage ${account.displayName}` }).click();
    const panel = page.getByRole('region', { name: `Manage ${account.displayName}` });

    // A cluster CEO role needs its cluster.
    const grant = panel.getByRole('form', { name: 'Give a role' });
    await grant.getByRole('combobox', { name: 'Role' }).selectOption('CLUSTER_CEO');
    await grant.getByRole('button', { name: 'Give the role' }).click();
    await expect(grant.getByRole('combobox', { name: 'Cluster' })).toHaveAccessibleDescription(
      /Choose the cluster this role is for/,
    );
    await grant.getByRole('combobox', { name: 'Cluster' }).selectOption({ label: 'Western Negev Cluster' });
    await grant.getByRole('button', { name: 'Give the role' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'has the new role' })).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Cluster CEO — Western Negev Cluster' })).toBeVisible();

    // Giving it twice says so.
    await grant.getByRole('combobox', { name: 'Role' }).selectOption('CLUSTER_CEO');
    await grant.getByRole('combobox', { name: 'Cluster' }).selectOption({ label: 'Western Negev Cluster' });
    await grant.getByRole('button', { name: 'Give the role' }).click();
    await expect(grant.getByRole('alert')).toContainText('The account holds this role already.');

    // A committee member's role needs its forum; forums are named with their cluster.
    await grant.getByRole('combobox', { name: 'Role' }).selectOption('COMMITTEE_MEMBER');
    await grant.getByRole('button', { name: 'Give the role' }).click();
    await expect(grant.getByRole('combobox', { name: 'Forum' })).toHaveAccessibleDescription(
      /Choose the forum this role is for/,
    );
    await grant
      .getByRole('combobox', { name: 'Forum' })
      .selectOption({ label: 'Regional cross-sector forum — Haifa Bay Cluster' });
    await grant.getByRole('button', { name: 'Give the role' }).click();
    await expect(
      panel.getByRole('listitem').filter({ hasText: 'Advisory committee member — Regional cross-sector forum' }),
    ).toBeVisible();

    await panel.getByRole('button', { name: `Revoke the role Stakeholder from ${account.displayName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this role?' });
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Stakeholder' })).toHaveCount(0);
    await expect(
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: account.displayName }) }),
    ).toContainText('Cluster CEO — Western Negev Cluster');

    await panel.getByRole('button', { name: 'New invitation link' }).click();
    const link = panel.getByRole('region', { name: `Invitation link for ${account.displayName}` });
    await expect(link.getByRole('textbox', { name: 'Invitation link' })).toHaveValue(/\/en\/invitation#token=.+/);
  });

  test('signed out, the administration asks to sign in; without the role, it says the page is not allowed', async ({
    page,
  }) => {
    await page.goto('/he/admin/accounts');
    await expect(page).toHaveURL(/\/he\/sign-in\?next=%2Fhe%2Fadmin%2Faccounts$/);
    await expect(page.getByText('יש להתחבר כדי לראות את הדף הזה.')).toBeVisible();

    await signInAs(page, DEMO.stakeholder);
    await page.goto('/he/admin/accounts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
    await page.goto('/he/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אין הרשאה');
  });

  test('the PMO unit reads the audit trail, filtered by cluster, but not the accounts', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // A milestone on Haifa Bay's timeline, so the cluster's trail has an entry.
    const ceo = await playwright.request.newContext({ baseURL });
    await graphql(ceo, 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: DEMO.ceoHaifaBay, password: 'roundtable-demo' },
    });
    const title = `Audit check ${randomUUID().slice(0, 6)}`;
    const added = await graphql(ceo, 'mutation A($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }', {
      input: { clusterId: await clusterId(ceo, 'haifa-bay'), occurredOn: '2024', title: { he: title } },
    });
    expect(added.errors).toBeUndefined();
    await ceo.dispose();

    await signInAs(page, DEMO.pmo);
    await page.goto('/en');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Audit trail' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Accounts and roles' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Audit trail' }).click();

    const filters = page.getByRole('form', { name: 'Filter the trail' });
    await filters.getByRole('combobox', { name: 'Cluster' }).selectOption({ label: 'Haifa Bay Cluster' });
    await filters.getByRole('combobox', { name: 'Action' }).selectOption('MILESTONE_CREATED');
    await filters.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/cluster=haifa-bay/);
    const entries = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Show details' }) });
    await expect(entries.first()).toContainText('Milestone added');
    await expect(entries.first()).toContainText('Haifa Bay Cluster');
    // Other tests add milestones too: open the newest entries' details.
    const show = page.getByRole('button', { name: 'Show details' });
    for (let opened = 0; opened < 10 && (await show.count()) > 0; opened += 1) await show.first().click();
    await expect(page.getByRole('table', { name: 'Values before and after' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: title })).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { adminRequest, graphql, newAccount } from './identity';

test.describe('my account', () => {
  test('changes the password, after which only the new one signs in', async ({ page, playwright, baseURL }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    // The account accepts its invitation in the page's own context, so the page is signed in as it.
    const account = await newAccount(admin, { accept: page.request, name: 'Password test' });
    await admin.dispose();

    await page.goto('/en/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    await expect(page.getByRole('main')).toContainText(account.email);
    await expect(page.getByRole('main')).toContainText('Stakeholder');

    const form = page.getByRole('form', { name: 'Change your password' });
    const current = form.getByRole('textbox', { name: 'Current password', exact: true });
    const next = form.getByRole('textbox', { name: 'New password', exact: true });
    const again = form.getByRole('textbox', { name: 'New password again', exact: true });
    const newPassword = `${account.password} renewed`;

    // The two new passwords must agree before anything is sent.
    await current.fill(account.password);
    await next.fill(newPassword);
    await again.fill(`${newPassword}!`);
    await form.getByRole('button', { name: 'Change the password' }).click();
    await expect(again).toHaveAccessibleDescription('The two passwords are not the same.');

    // A wrong current password is said at its field.
    await current.fill('not my password at all');
    await again.fill(newPassword);
    await form.getByRole('button', { name: 'Change the password' }).click();
    await expect(current).toHaveAccessibleDescription('The current password is wrong.');
    await expect(current).toBeFocused();

    await current.fill(account.password);
    await form.getByRole('button', { name: 'Change the password' }).click();
    await expect(form.getByRole('status')).toHaveText('Your password has changed. Your other sessions have ended.');
    await expect(current).toHaveValue('');

    // Signed out, the old password no longer works and the new one does.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('textbox', { name: 'Email' }).fill(account.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The email or password is wrong.' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('creates an API token, shows it once, and revokes it after confirming', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const admin = await adminRequest(playwright.request, baseURL);
    const account = await newAccount(admin, { accept: page.request, name: 'בדיקת אסימון' });
    await admin.dispose();

    await page.goto('/he/account');
    const tokens = page.getByRole('region', { name: 'אסימוני API' });
    await expect(tokens.getByText('אין לך אסימוני API.')).toBeVisible();
    const create = tokens.getByRole('form', { name: 'יצירת אסימון' });
    await create.getByRole('textbox', { name: 'שם' }).fill('סקריפט דוחות');
    await create.getByRole('combobox', { name: 'תקף למשך' }).selectOption('30');
    await create.getByRole('button', { name: 'יצירת האסימון' }).click();

    const shown = page.getByRole('region', { name: 'האסימון החדש שלך: סקריפט דוחות' });
    await expect(shown).toBeFocused();
    await expect(shown).toContainText('הוא לא יוצג שוב');
    const secret = await shown.getByRole('textbox', { name: 'אסימון' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expect(shown.getByRole('button', { name: 'העתקה: אסימון' })).toBeVisible();

    // The token works as an API client's key.
    const client = await playwright.request.newContext({ baseURL });
    const asClient = async () =>
      (
        await graphql<{ me: { email: string } | null }>(
          client,
          '{ me { email } }',
          {},
          { Authorization: `Bearer ${secret}` },
        )
      ).data?.me ?? null;
    expect((await asClient())?.email).toBe(account.email);

    const row = tokens.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'סקריפט דוחות' }) });
    await expect(row).toContainText('פעיל');
    await expect(row).toContainText('עדיין לא נעשה בו שימוש');

    // Once dismissed, the secret is nowhere on the page, nor after a reload.
    await shown.getByRole('button', { name: 'העתקתי אותו' }).click();
    await expect(shown).toBeHidden();
    await expect(page.getByRole('heading', { name: 'אסימוני API' })).toBeFocused();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await expect(row).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'ביטול האסימון סקריפט דוחות' }).click();
    const dialog = page.getByRole('dialog', { name: 'לבטל את האסימון?' });
    await expect(dialog).toContainText('סקריפט דוחות');
    await dialog.getByRole('button', { name: 'ביטול האסימון' }).click();
    await expect(dialog).toBeHidden();
    await expect(tokens.getByRole('status').filter({ hasText: 'האסימון סקריפט דוחות בוטל.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'אסימוני API' })).toBeFocused();
    await expect(row).toContainText('בוטל ב-');
    await expect(row.getByRole('button')).toHaveCount(0);
    expect(await asClient()).toBeNull();
    await client.dispose();
  });
});

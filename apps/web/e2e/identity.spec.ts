import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, graphql, signInAs } from './identity';

test.describe('signing in and out', () => {
  test('refuses a wrong password with a message in the page language', async ({ page }) => {
    await page.goto('/he/sign-in');
    await page.getByRole('textbox', { name: 'דוא"ל' }).fill(DEMO.stakeholder);
    await page.getByRole('textbox', { name: 'סיסמה', exact: true }).fill('not the right password');
    await page.getByRole('button', { name: 'התחברות' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'הדוא"ל או הסיסמה שגויים' })).toBeVisible();
    await expect(page).toHaveURL(/\/he\/sign-in$/);
    await expect(page.getByRole('link', { name: 'התחברות' })).toBeVisible();
  });

  test('says what is missing before sending anything, next to each field', async ({ page }) => {
    await page.goto('/en/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const email = page.getByRole('textbox', { name: 'Email' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Enter an email address.');
    await expect(email).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveAccessibleDescription(
      'Enter a password.',
    );
  });

  test("a Haifa Bay cluster CEO sees only their own cluster's actions, adds a milestone and signs out", async ({
    page,
  }) => {
    await page.goto('/he/sign-in?next=%2Fhe%2Fclusters%2Fhaifa-bay');
    await page.getByRole('textbox', { name: 'דוא"ל' }).fill(DEMO.ceoHaifaBay);
    await page.getByRole('textbox', { name: 'סיסמה', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'התחברות' }).click();

    // Back on the page that asked, signed in, with the navigation of the role.
    await expect(page).toHaveURL(/\/he\/clusters\/haifa-bay$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אשכול המפרץ');
    await expect(page.getByRole('banner')).toContainText('מחובר/ת בשם');
    await expect(page.getByRole('button', { name: 'התנתקות' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'ראשי' });
    await expect(nav.getByRole('link', { name: 'החשבון שלי' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'חשבונות ותפקידים' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'יומן פעולות' })).toHaveCount(0);

    const milestones = page.getByRole('region', { name: 'אבני דרך' });
    await expect(milestones.getByRole('button', { name: 'הוספת אבן דרך' })).toBeVisible();

    // Another cluster's page offers none of the actions.
    await page.goto('/he/clusters/western-negev');
    const negev = page.getByRole('region', { name: 'אבני דרך' });
    await expect(negev.getByRole('heading', { name: 'אבני דרך' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('מחובר/ת בשם');
    await expect(negev.getByRole('button')).toHaveCount(0);

    // Add a milestone on their own cluster's timeline.
    await page.goto('/he/clusters/haifa-bay');
    await page.getByRole('button', { name: 'הוספת אבן דרך' }).click();
    const dialog = page.getByRole('dialog', { name: 'הוספת אבן דרך' });
    await dialog.getByRole('textbox', { name: 'תאריך' }).fill('2026-05');
    const title = `מפגש שותפים ${randomUUID().slice(0, 6)}`;
    await dialog.getByRole('textbox', { name: 'כותרת בעברית' }).fill(title);
    await dialog.getByRole('button', { name: 'הוספת אבן הדרך' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `אבן הדרך "${title}" נוספה.` })).toBeVisible();
    const added = page.getByRole('region', { name: 'אבני דרך' }).getByRole('listitem').filter({ hasText: title });
    await expect(added).toContainText('מאי 2026');
    await expect(added.getByRole('button', { name: `עריכה של אבן הדרך ${title}` })).toBeVisible();
    // Focus came back to the button that opened the dialog.
    await expect(page.getByRole('button', { name: 'הוספת אבן דרך' })).toBeFocused();

    // The milestone is there for everyone after a reload.
    await page.reload();
    await expect(page.getByRole('region', { name: 'אבני דרך' }).getByText(title)).toBeVisible();

    await page.getByRole('button', { name: 'התנתקות' }).click();
    await expect(page).toHaveURL(/\/he$/);
    await expect(page.getByRole('status').filter({ hasText: 'התנתקת.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'התחברות' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'ראשי' }).getByRole('link', { name: 'החשבון שלי' })).toHaveCount(
      0,
    );

    // Signed out means signed out on the server too: the cluster page offers nothing.
    await page.goto('/he/clusters/haifa-bay');
    await expect(page.getByRole('heading', { name: 'אבני דרך' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'הוספת אבן דרך' })).toHaveCount(0);
  });

  test('a cluster CEO edits and deletes a milestone of their cluster after confirming', async ({ page }) => {
    await signInAs(page, DEMO.ceoWesternNegev);
    await page.goto('/en/clusters/western-negev');
    const region = page.getByRole('region', { name: 'Milestones' });
    await region.getByRole('button', { name: 'Add a milestone' }).click();
    const title = `Partners meeting ${randomUUID().slice(0, 6)}`;
    const add = page.getByRole('dialog', { name: 'Add a milestone' });
    await add.getByRole('textbox', { name: 'Date' }).fill('2025');
    await add.getByRole('textbox', { name: 'Title in Hebrew' }).fill('מפגש שותפים');
    await add.getByRole('textbox', { name: 'Title in English (optional)' }).fill(title);
    await add.getByRole('button', { name: 'Add the milestone' }).click();
    await expect(add).toBeHidden();

    await region.getByRole('button', { name: `Edit the milestone ${title}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the milestone' });
    await expect(edit.getByRole('textbox', { name: 'Title in English (optional)' })).toHaveValue(title);
    await edit.getByRole('textbox', { name: 'Date' }).fill('2025-02-30');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await expect(edit.getByRole('textbox', { name: 'Date' })).toHaveAccessibleDescription(/Write the date as a year/);
    await edit.getByRole('textbox', { name: 'Date' }).fill('2025-02-28');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await expect(edit).toBeHidden();
    await expect(region.getByRole('listitem').filter({ hasText: title })).toContainText('28 February 2025');

    await region.getByRole('button', { name: `Delete the milestone ${title}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this milestone?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `The milestone "${title}" was deleted.` })).toBeVisible();
    await expect(region.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
  });

  test('an expired session sends the person to sign in, says why, and comes back', async ({ page, context }) => {
    await signInAs(page, DEMO.pmo);
    await page.goto('/en/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    // End the session on the server, then give the browser its old cookie back: the next request
    // brings a session that is over, as after a long pause.
    const cookies = await context.cookies();
    await graphql(page.request, 'mutation { signOut }');
    await context.addCookies(cookies);

    await page.getByRole('textbox', { name: 'Name' }).fill('report script');
    await page.getByRole('button', { name: 'Create the token' }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount$/);
    await expect(page.getByText('Your session has expired. Sign in again to continue where you were.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.pmo);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  });

  test('a page for signed-in people sends someone signed out to sign in, and back after', async ({ page }) => {
    await page.goto('/ar/account');
    await expect(page).toHaveURL(/\/ar\/sign-in\?next=%2Far%2Faccount$/);
    await expect(page.getByText('سجّل الدخول لرؤية تلك الصفحة.')).toBeVisible();
    await page.getByRole('textbox', { name: 'البريد الإلكتروني' }).fill(DEMO.stakeholder);
    await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page).toHaveURL(/\/ar\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('حسابي');
  });

  test('never follows a return address to another site', async ({ page }) => {
    await page.goto('/en/sign-in?next=%2F%2Fevil.example%2Fen');
    await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.stakeholder);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/en$/);
    await expect(page.getByRole('status').filter({ hasText: 'You are signed in.' })).toBeVisible();
  });
});

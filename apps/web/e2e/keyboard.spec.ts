import { expect, test } from '@playwright/test';

test.describe('from the keyboard', () => {
  test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/he');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'דילוג לתוכן הראשי' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the language links and the navigation are reachable and work with Enter', async ({ page }) => {
    await page.goto('/en/directions');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const authorities = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Local authorities',
    });
    for (let i = 0; i < 10 && !(await authorities.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(authorities).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/authorities$/);
    // After moving to another page, reading starts at the main content.
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the sign-in form is walked and sent from the keyboard, and says what went wrong', async ({ page }) => {
    await page.goto('/en/sign-in');
    const email = page.getByRole('textbox', { name: 'Email' });
    const password = page.getByRole('textbox', { name: 'Password', exact: true });
    const submit = page.getByRole('button', { name: 'Sign in' });
    await expect(email).toBeVisible();
    for (let i = 0; i < 15 && !(await email.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(email).toBeFocused();

    // Sent empty: the errors are said at the fields, and focus goes to the first.
    await page.keyboard.press('Enter');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toBeFocused();

    await page.keyboard.type('nobody-at-all@example.test');
    await page.keyboard.press('Tab');
    await expect(password).toBeFocused();
    await page.keyboard.type('not the password');
    // The show-password button is next, then the submit button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show the password' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(password).toHaveAttribute('type', 'text');
    await expect(page.getByRole('button', { name: 'Show the password' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'The email or password is wrong.' })).toBeVisible();
    // The button kept the focus while it worked, so the person is where they were.
    await expect(submit).toBeFocused();
  });
});

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
});

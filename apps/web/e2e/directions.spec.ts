import { expect, test } from '@playwright/test';

test('the directions page shows the seven action directions', async ({ page }) => {
  await page.goto('/he/directions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('שבעת כיווני הפעולה');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(7);
});

import { expect, test } from '@playwright/test';

test.describe('the authorities list', () => {
  test('finds Tamra by another spelling, and keeps the search in the address', async ({ page }) => {
    await page.goto('/he/authorities');
    await expect(page.getByRole('table')).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'שם' });
    await search.fill('טמרה');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/he\/authorities\?q=/);
    await expect(page.getByRole('rowheader').filter({ hasText: 'תמרה' })).toHaveCount(1);

    // The address alone brings back the same view.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'שם' })).toHaveValue('טמרה');
    await expect(page.getByRole('rowheader').filter({ hasText: 'תמרה' })).toHaveCount(1);
  });

  test('filters by kind and district through the address, and loads more on request', async ({ page }) => {
    await page.goto('/en/authorities?kind=MUNICIPALITY');
    await expect(page.getByRole('combobox', { name: 'Kind of authority' })).toHaveValue('MUNICIPALITY');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(21);
    await page.getByRole('button', { name: 'Show more authorities' }).click();
    await expect(rows).toHaveCount(41);

    await page.getByRole('combobox', { name: 'District' }).selectOption('HAIFA');
    await expect(page).toHaveURL(/district=HAIFA/);
    await expect(page).toHaveURL(/kind=MUNICIPALITY/);
    await expect(page.getByRole('status').filter({ hasText: /authorit(y|ies) found/ })).toBeVisible();
  });
});

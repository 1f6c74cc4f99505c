import { expect, test } from '@playwright/test';
import { stripMarks } from './accessibility';

test.describe('a cluster page', () => {
  test('shows Haifa Bay with its authorities grouped by kind', async ({ page }) => {
    await page.goto('/he/clusters/haifa-bay');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אשכול המפרץ');
    const municipalities = page.getByRole('table', { name: /^עיריות/ });
    await expect(municipalities.getByRole('rowheader', { name: /קריית ביאליק/ })).toBeVisible();
    await expect(municipalities.getByRole('rowheader', { name: /נשר/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^מועצות מקומיות/ })).toBeVisible();
  });

  test('shows where the 2020 call and the CBS file disagree, with both sources', async ({ page }) => {
    await page.goto('/he/clusters/haifa-bay');
    const membership = page.getByRole('region', { name: 'הרשויות החברות' });
    const counts = stripMarks(await membership.locator('ul').first().innerText());
    expect(counts).toMatch(/16 רשויות/);
    expect(counts).toMatch(/17 רשויות/);

    const difference = page.getByRole('region', { name: 'היכן המקורות חלוקים' });
    await expect(difference).toBeVisible();
    await expect(difference.getByRole('listitem').filter({ hasText: 'נשר' })).toHaveCount(1);
    await expect(difference.getByRole('listitem').filter({ hasText: 'בסמת טבעון' })).toHaveCount(1);
  });

  test('shows the member count the cluster declares beside what each source lists', async ({ page }) => {
    await page.goto('/en/clusters/beit-hakerem');
    const facts = page.getByRole('region', { name: 'About the cluster' });
    await expect(facts.getByText('Members according to the cluster')).toBeVisible();
    await expect(facts.getByText('7', { exact: true })).toBeVisible();
    // The cluster's own documents name 3 of its 7 members; the CBS file names all 7.
    const membership = page.getByRole('region', { name: 'Member authorities' });
    const counts = stripMarks(await membership.locator('ul').first().innerText());
    expect(counts).toMatch(/lists 3 authorities/);
    expect(counts).toMatch(/lists 7 authorities/);
  });

  test('shows the not-found page for a cluster that does not exist', async ({ page }) => {
    await page.goto('/he/clusters/no-such-cluster');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('הדף לא נמצא');
    await expect(page).toHaveTitle('הדף לא נמצא · שולחן עגול');
    await expect(page.getByRole('link', { name: 'למבט הכללי על האשכולות' })).toBeVisible();
  });

  test('shows the not-found page for an unknown address', async ({ page }) => {
    await page.goto('/en/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.goto('/xx');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
  });
});

import { expect, test } from '@playwright/test';

test.describe('the home page', () => {
  test('opens in Hebrew, right to left, from the bare address', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/he$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'he');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אשכולות רשויות מקומיות');
    await expect(page.getByRole('link', { name: 'שולחן עגול' })).toBeVisible();
  });

  test('shows clusters by district as a chart and as a table with the same numbers', async ({ page }) => {
    await page.goto('/he');
    const table = page.getByRole('table', { name: 'אשכולות בכל מחוז, לפי שלב' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'חיפה' })).toBeVisible();
    await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
  });

  test('lists the clusters with links to each', async ({ page }) => {
    await page.goto('/he');
    await page.getByRole('link', { name: 'אשכול המפרץ' }).first().click();
    await expect(page).toHaveURL(/\/he\/clusters\/haifa-bay$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('אשכול המפרץ');
  });

  test('draws the map offline with a legend and a link to the list', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1:')) outside.push(request.url());
    });
    await page.goto('/he');
    const map = page.getByRole('img', { name: 'מפת ישראל ובה הרשויות המקומיות' });
    await expect(map).toBeVisible();
    expect(await map.locator('g path').count()).toBeGreaterThan(50);
    await expect(page.getByRole('heading', { name: 'מקרא' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'כל הרשויות ברשימה' })).toBeVisible();
    expect(outside).toEqual([]);
  });

  test('switches to Arabic and to English with the language links', async ({ page }) => {
    await page.goto('/he');
    const switcher = page.getByRole('navigation', { name: 'שפה' });
    const arabic = switcher.getByRole('link', { name: 'العربية' });
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('hreflang', 'ar');
    await arabic.click();
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('عناقيد السلطات المحلية');

    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clusters of local authorities');
  });

  test('writes numbers with Latin digits in Arabic', async ({ page }) => {
    await page.goto('/ar');
    const table = page.getByRole('table', { name: 'العناقيد في كل لواء، حسب المرحلة' });
    await expect(table).toBeVisible();
    const text = await page.getByRole('main').innerText();
    expect(text).toMatch(/[0-9]/);
    expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  test('remembers the chosen language for the bare address', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });
});

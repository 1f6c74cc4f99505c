import { expect, test } from '@playwright/test';

test.describe('when the API fails', () => {
  test('says the server could not be reached, and recovers with the retry button', async ({ page }) => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/he/directions');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('לא ניתן היה להתחבר לשרת');

    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'לנסות שוב' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test("shows the message for the error's code in the page's language", async ({ page }) => {
    await page.route('**/graphql', (route) =>
      route.fulfill({
        contentType: 'application/graphql-response+json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    );
    await page.goto('/ar/directions');
    await expect(page.getByRole('alert')).toContainText('ليست لديك صلاحية لرؤية هذه المعلومات');
    await expect(page.getByRole('button', { name: 'حاول مرة أخرى' })).toBeVisible();
  });
});

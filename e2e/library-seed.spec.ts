import { expect, test } from './fixtures';

test.use({ seedExamples: true });

const EXAMPLES = ['Order fulfilment rollback', 'Merge duplicate CRM contacts', 'Minimal saga'];

test('a first start puts the three examples into the library, once', async ({ page }) => {
  await page.goto('/#/');
  for (const name of EXAMPLES) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.reload();
  for (const name of EXAMPLES) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(1);
  }
});

test('deleted examples do not come back on the next start', async ({ page }) => {
  await page.goto('/#/');
  const minimal = page.getByRole('link', { name: 'Minimal saga', exact: true });
  await expect(minimal).toBeVisible();
  await page.getByRole('button', { name: 'Delete Minimal saga', exact: true }).click();
  await expect(minimal).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Order fulfilment rollback', exact: true })).toBeVisible();
  await expect(minimal).toHaveCount(0);
});

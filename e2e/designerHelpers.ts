import { expect, type Page } from './fixtures';

/**
 * Opens an example in the designer. The app opens on the library (each test has a fresh browser
 * context, so it is empty): the example comes from "New from template". Works as well when the
 * app opens straight on the designer.
 */
export async function openExample(
  page: Page,
  template = 'Order fulfilment rollback',
  firstNode = 'Step: Reserve stock',
) {
  await page.goto('/');
  const designer = page.getByRole('group', { name: firstNode });
  const fromTemplate = page.getByRole('button', { name: 'New from template…' });
  await expect(designer.or(fromTemplate)).toBeVisible();
  if (await fromTemplate.isVisible()) {
    await fromTemplate.click();
    await page.getByRole('button', { name: `Use template: ${template}` }).click();
  }
  await expect(designer).toBeVisible();
}

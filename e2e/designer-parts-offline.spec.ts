import { openExample } from './designerHelpers';
import { expect, test } from './fixtures';

// Issue 20: the Problems and simulator docks and the dialogs come in a chunk fetched once the canvas
// is drawn (src/ui/designer/drawnLater.ts). When it cannot be fetched, the designer must go on
// editing and say what is missing, not fall into the crash screen.
test('a designer whose later parts cannot be fetched still edits, and says what is missing', async ({
  page,
}) => {
  await page.route('**/assets/drawnLater-*', (route) => route.abort());
  await openExample(page);
  await expect(page.getByRole('alert')).toContainText(
    'The Problems panel, the simulator and the dialogs could not be loaded',
  );
  await expect(page.getByText('Something went wrong while drawing this page')).toHaveCount(0);

  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  const form = page.getByRole('form', { name: 'Edit Step: Reserve stock' });
  await form.getByRole('textbox', { name: 'System', exact: true }).fill('inventory-v2');
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toContainText('inventory-v2');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await page.reload();
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  await expect(
    page
      .getByRole('form', { name: 'Edit Step: Reserve stock' })
      .getByRole('textbox', { name: 'System', exact: true }),
  ).toHaveValue('inventory-v2');
});

import { expect, type Page, test } from './fixtures';

async function fromTemplate(page: Page, name: string) {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: `Use template: ${name}` }).click();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
}

test('an empty library says what to do, and a template opens in the designer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText('There is no server')).toBeVisible();
  await fromTemplate(page, 'Order fulfilment rollback');
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toBeVisible();
  await page.getByRole('link', { name: '← Library' }).click();
  const row = page.getByRole('row', { name: 'Order fulfilment rollback' });
  await expect(row).toBeVisible();
  await expect(row.getByText('Revision 3')).toBeVisible();
  await expect(row.getByText('Not approved (0 of 1)')).toBeVisible();
  await expect(row.getByText('Not drilled')).toBeVisible();
  await page.screenshot({ path: '/tmp/library.png' });
});

test('create, edit, reload: the edit is there', async ({ page }) => {
  await fromTemplate(page, 'Minimal saga');
  const steps = page.getByRole('group', { name: 'Step: New step' });
  await expect(steps).toHaveCount(0);
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(steps).toHaveCount(1);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
});

test('import several files at once: each is reported, a bad one is refused with its errors', async ({
  page,
}) => {
  await page.goto('/#/');
  const good = JSON.stringify({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'tiny',
    name: 'Tiny import',
    nodes: [
      { id: 't', kind: 'trigger', label: 'Go', signal: 'manual' },
      { id: 'e', kind: 'end', label: 'Done', outcome: 'completed' },
    ],
    edges: [{ id: 'n', source: 't', target: 'e', kind: 'next' }],
  });
  await page.getByLabel('Import playbook files').setInputFiles([
    { name: 'tiny.json', mimeType: 'application/json', buffer: Buffer.from(good) },
    {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"rollbook.playbook"'),
    },
  ]);
  const results = page.getByRole('alert').filter({ hasText: 'Imported 1 of 2 files' });
  await expect(results).toBeVisible();
  await expect(results.getByText('broken.json')).toBeVisible();
  await expect(page.getByRole('row', { name: 'Tiny import' })).toBeVisible();
});

test('import by drag and drop', async ({ page }) => {
  await page.goto('/#/');
  const text = JSON.stringify({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'dropped',
    name: 'Dropped playbook',
    nodes: [
      { id: 't', kind: 'trigger', label: 'Go', signal: 'manual' },
      { id: 'e', kind: 'end', label: 'Done', outcome: 'completed' },
    ],
    edges: [{ id: 'n', source: 't', target: 'e', kind: 'next' }],
  });
  const transfer = await page.evaluateHandle((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.locator('main.library').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('main.library').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('row', { name: 'Dropped playbook' })).toBeVisible();
});

test('delete with undo, and duplicate', async ({ page }) => {
  await fromTemplate(page, 'Minimal saga');
  await page.getByRole('link', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Duplicate Minimal saga' }).click();
  await expect(page.getByRole('row', { name: 'Minimal saga (copy)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Minimal saga', exact: true }).click();
  await expect(page.getByRole('row', { name: 'Minimal saga', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('row', { name: 'Minimal saga', exact: true })).toBeVisible();
});

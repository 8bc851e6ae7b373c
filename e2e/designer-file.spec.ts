import { openExample } from './designerHelpers';
import { expect, type Page, test } from './fixtures';

const fresh = (page: Page) => openExample(page);

test('a reload keeps the document, edits included', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Add Decision', exact: true }).click();
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill('Stock left?');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Decision: Stock left?' })).toBeVisible();
});

test('importing a bad file lists its errors and leaves the document untouched', async ({ page }) => {
  await fresh(page);
  const before = await page.locator('.react-flow__node').count();
  const bad = {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'bad',
    name: 'Bad',
    nodes: [{ id: 's1', kind: 'step', label: 'Do' }],
    edges: [{ id: 'e1', source: 's1', target: 'rb2', kind: 'next' }],
  };
  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const dialog = page.getByRole('alertdialog', { name: 'Could not import bad.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Import errors' })).toContainText(
    'points to node "rb2", which does not exist',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
  await expect(page.getByRole('heading', { name: 'Order fulfilment rollback' })).toBeVisible();

  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": '),
  });
  await expect(page.getByRole('alertdialog', { name: 'Could not import broken.json' })).toContainText(
    'Not valid JSON',
  );
});

test('a good file is imported in one undoable step, and export writes the same document', async ({
  page,
}) => {
  await fresh(page);
  const saga = await import('../src/templates/examples/minimal-saga.json', { with: { type: 'json' } });
  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'saga.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(saga.default)),
  });
  await expect(page.getByRole('heading', { name: 'Minimal saga' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(saga.default.nodes.length);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.nodes.map((n: { id: string }) => n.id)).toEqual(saga.default.nodes.map((n) => n.id));
  expect(exported.edges).toEqual(saga.default.edges);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Order fulfilment rollback' })).toBeVisible();
});

test('copy and paste duplicate nodes and their links with new ids, as one undo step', async ({ page }) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  await page.getByRole('group', { name: 'Compensation: Release stock' }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toHaveCount(2);
  await expect(
    page.getByRole('group', { name: 'Undone by from Reserve stock to Release stock' }),
  ).toHaveCount(2);
  const ids = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  expect(new Set(ids).size).toBe(ids.length);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toHaveCount(1);
});

test('auto-layout moves the nodes in a worker, and one undo puts them back', async ({ page }) => {
  await fresh(page);
  // Where the node sits on the canvas (flow coordinates), whatever the viewport does.
  const placed = () =>
    page
      .locator('.react-flow__node[data-id="end-degraded"]')
      .evaluate((el) => (el as HTMLElement).style.transform);
  const before = await placed();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.getByRole('button', { name: 'Auto-layout' })).toBeEnabled();
  await expect.poll(placed).not.toBe(before);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(placed).toBe(before);
});

test('the ? key opens the keyboard help, Escape closes it', async ({ page }) => {
  await fresh(page);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Undo');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('search by label selects the node and opens it in the inspector', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search nodes by label' }).fill('carrier');
  await page.getByRole('button', { name: 'Step: Book shipments with carrier' }).click();
  await expect(page.getByRole('form', { name: 'Edit Step: Book shipments with carrier' })).toBeVisible();
});

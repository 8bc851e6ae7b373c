import { openExample } from './designerHelpers';
import { expect, type Page, test } from './fixtures';

const KINDS = [
  'Trigger',
  'Step',
  'Compensation',
  'Checkpoint',
  'Restore',
  'Rollback',
  'Check',
  'Approval',
  'Notify',
  'Decision',
  'Failsafe',
  'End',
];

const fresh = (page: Page) => openExample(page);

const nodeCount = (page: Page) => page.locator('.react-flow__node').count();

test('each of the twelve kinds is added from the palette, selected and shown in the inspector', async ({
  page,
}) => {
  await fresh(page);
  const before = await nodeCount(page);
  for (const kind of KINDS) {
    await page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
    // A compensation added while a step is selected becomes that step's undo, "Undo New step" (issue 15).
    await expect(page.getByRole('form', { name: new RegExp(`^Edit ${kind}: (New|Undo New)`) })).toBeVisible();
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(before + KINDS.length);
  await expect(page.getByRole('group', { name: 'Decision: New decision' })).toBeVisible();
});

test('a palette kind dragged onto the canvas lands where it was dropped', async ({ page }) => {
  await fresh(page);
  const before = await nodeCount(page);
  await page
    .getByRole('button', { name: 'Add Notify', exact: true })
    .dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: 200, y: 120 },
    });
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  await expect(page.getByRole('group', { name: 'Notify: New notification' })).toBeVisible();
});

test('undo and redo cover add, move, connect, delete and edit; a drag is one undo step', async ({ page }) => {
  await fresh(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const before = await nodeCount(page);

  // add
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  await undo.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
  await redo.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);

  // edit: typing in one field is one step
  await page.getByRole('group', { name: 'Step: New step' }).click();
  const label = page.getByRole('textbox', { name: 'Label', exact: true });
  await label.fill('Refund payment');
  await expect(page.getByRole('group', { name: 'Step: Refund payment' })).toBeVisible();
  await undo.click();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toBeVisible();
  await redo.click();
  await expect(page.getByRole('group', { name: 'Step: Refund payment' })).toBeVisible();

  // move by drag: many mouse moves, one undo step
  const node = page.getByRole('group', { name: 'Step: Reserve stock' });
  const start = await node.boundingBox();
  await node.hover();
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start!.x + 40 + i * 6, start!.y + 30 + i * 4);
  await page.mouse.up();
  const moved = await node.boundingBox();
  expect(Math.round(moved!.x)).not.toBe(Math.round(start!.x));
  await undo.click();
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(start!.x));
  await redo.click();
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(moved!.x));

  // connect through the inspector
  await page.getByRole('group', { name: 'Step: Refund payment' }).click();
  await page.getByRole('combobox', { name: 'New link to' }).selectOption({ label: 'End: Batch fulfilled' });
  await page.getByRole('button', { name: 'Add link' }).click();
  const link = page.getByRole('group', { name: 'Next from Refund payment to Batch fulfilled' });
  await expect(link).toHaveCount(1);
  await undo.click();
  await expect(link).toHaveCount(0);
  await redo.click();
  await expect(link).toHaveCount(1);

  // delete a node with its links, as one step
  await page.getByRole('group', { name: 'Step: Book shipments with carrier' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: 'Step: Book shipments with carrier' })).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Next from Reserve stock to Book shipments with carrier' }),
  ).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: 'Step: Book shipments with carrier' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Next from Reserve stock to Book shipments with carrier' }),
  ).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('group', { name: 'Step: Book shipments with carrier' })).toHaveCount(0);
});

test('an impossible link is refused with the reason, by drag and in the inspector', async ({ page }) => {
  await fresh(page);
  const source = page.getByRole('group', { name: 'Compensation: Release stock' });
  await source.click();
  await page.getByRole('combobox', { name: 'New link kind' }).selectOption('next');
  await page
    .getByRole('combobox', { name: 'New link to' })
    .selectOption({ label: 'Check: Data back to the snapshot' });
  await expect(page.getByText('Cannot link: A compensation has no next link')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add link' })).toBeDisabled();

  // By mouse: the Reserve stock step already has a next link; dragging another is refused with the reason.
  const handle = page
    .getByRole('group', { name: 'Step: Reserve stock' })
    .locator('.react-flow__handle[data-handleid="next"]');
  const target = page
    .getByRole('group', { name: 'Step: Mark orders shipped' })
    .locator('.react-flow__handle[data-handleid="in"]');
  const edgesBefore = await page.locator('.react-flow__edge').count();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + 2, to!.y + 2, { steps: 8 });
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 4 });
  await expect(page.getByRole('status').filter({ hasText: 'Cannot link' })).toContainText(
    'already has a next link',
  );
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgesBefore);
  await expect(page.getByRole('status').filter({ hasText: 'Not done' })).toContainText(
    'already has a next link',
  );
});

test('a link drawn by mouse from a handle is made when the rules allow it', async ({ page }) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  // Reserve stock is undone by Release stock; remove that link, then draw it again by mouse.
  await page.getByRole('button', { name: 'Delete link to Release stock' }).click();
  const link = page.getByRole('group', { name: 'Undone by from Reserve stock to Release stock' });
  await expect(link).toHaveCount(0);
  const handle = page
    .getByRole('group', { name: 'Step: Reserve stock' })
    .locator('.react-flow__handle[data-handleid="compensate"]');
  const target = page
    .getByRole('group', { name: 'Compensation: Release stock' })
    .locator('.react-flow__handle[data-handleid="compensated"]');
  await handle.dragTo(target);
  await expect(link).toHaveCount(1);
});

test('arrow keys move the selected node, the move is saved in the document and undone in one step', async ({
  page,
}) => {
  await fresh(page);
  const node = page.locator('.react-flow__node[data-id="s1"]');
  const placed = () => node.evaluate((el) => (el as HTMLElement).style.transform);
  const before = await placed();
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(placed).not.toBe(before);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const confirm = page.getByRole('button', { name: 'Export anyway' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  const { readFileSync } = await import('node:fs');
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.nodes.find((n: { id: string }) => n.id === 's1').position.x).toBeGreaterThan(440);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(placed).toBe(before);
});

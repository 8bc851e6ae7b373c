import { readFileSync } from 'node:fs';
import { openExample } from './designerHelpers';
import { expect, type Page, test } from './fixtures';

const fresh = (page: Page) => openExample(page);

/** The document as Export JSON writes it (confirming when it has problems). */
async function exported(page: Page): Promise<Record<string, unknown> & { nodes: Record<string, unknown>[] }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const confirm = page.getByRole('button', { name: 'Export anyway' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  const path = await (await download).path();
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('the inspector edits text, choice, number, yes/no, duration in words, expression, effects and invariants', async ({
  page,
}) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Book shipments with carrier' }).click();
  const form = page.getByRole('form', { name: 'Edit Step: Book shipments with carrier' });
  await form.getByRole('textbox', { name: 'System', exact: true }).fill('carrier-v2');
  await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Operations lead' });
  await form.getByRole('textbox', { name: 'Attempts' }).fill('4');
  await form.getByRole('checkbox', { name: 'Idempotent (safe to run twice)' }).check();
  const duration = form.getByRole('textbox', { name: 'Duration', exact: true });
  await duration.fill('2h 30m');
  await duration.blur();
  await expect(duration).toHaveValue('2 h 30 min');
  await duration.fill('soon');
  await expect(form.getByText('"soon" is not a duration')).toBeVisible();
  await duration.fill('PT15M');
  await form.getByRole('button', { name: 'Add effect' }).click();
  const effects = await (async () => form.getByRole('group', { name: /^Effect \d+$/ }).count())();
  const last = `Effect ${effects}`;
  await form.getByRole('combobox', { name: `${last}: operation` }).selectOption('update');
  await form.getByRole('combobox', { name: `${last}: entity` }).selectOption('orders');
  await form.getByRole('button', { name: `Add field to ${last} set` }).click();
  await form.getByRole('combobox', { name: `${last} set: field 1` }).selectOption('status');
  await form.getByRole('textbox', { name: `${last} set: value of status` }).fill('held');
  const where = form.getByRole('textbox', { name: `${last}: where` });
  await where.fill('r.total >');
  await expect(form.getByText(/at character/).first()).toBeVisible();
  await where.fill('r.total > 100');
  await expect(form.getByText(/at character/)).toHaveCount(0);

  const doc = await exported(page);
  const node = doc.nodes.find((n) => n.id === 's2') as Record<string, unknown> & {
    retry: { maxAttempts: number };
    effects: unknown[];
  };
  expect(node.system).toBe('carrier-v2');
  expect(node.owner).toBe('ops-lead');
  expect(node.retry.maxAttempts).toBe(4);
  expect(node.idempotent).toBe(true);
  expect(node.duration).toBe('PT15M');
  expect(node.effects.at(-1)).toEqual({
    op: 'update',
    entity: 'orders',
    set: { status: 'held' },
    where: 'r.total > 100',
  });

  // A check's invariants
  await page.getByRole('group', { name: 'Check: Data back to the snapshot' }).click();
  const check = page.getByRole('form', { name: 'Edit Check: Data back to the snapshot' });
  await check.getByRole('button', { name: 'Add invariant' }).click();
  const count = await check.getByRole('group', { name: /^Invariant \d+$/ }).count();
  await check.getByRole('combobox', { name: `Invariant ${count}: type` }).selectOption('count');
  await check.getByRole('combobox', { name: `Invariant ${count}: entity` }).selectOption('orders');
  await check.getByRole('textbox', { name: `Invariant ${count}: count` }).fill('3');
  const after = await exported(page);
  const invariants = (after.nodes.find((n) => n.id === 'k1') as { invariants: unknown[] }).invariants;
  expect(invariants.at(-1)).toEqual({ type: 'count', entity: 'orders', op: '==', value: 3 });
});

test('an invalid edit shows a badge on its node and the message at the field', async ({ page }) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill('');
  await expect(page.getByText('The label is empty')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="s1"] .pb-badge--error')).toHaveText(/problem/);
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill('Reserve stock');
  await expect(page.locator('.react-flow__node[data-id="s1"] .pb-badge--error')).toHaveCount(0);
});

test('the playbook, data model, dataset and scenario panels edit their parts', async ({ page }) => {
  await fresh(page);
  await page.getByRole('tab', { name: 'Playbook' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Orders rollback v2');
  await expect(page.getByRole('heading', { name: 'Orders rollback v2' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Recovery time objective (RTO)' }).fill('20 min');

  await page.getByRole('tab', { name: 'Data model' }).click();
  await page.getByRole('button', { name: 'Add entity' }).click();
  const entities = await page.getByRole('group', { name: /^Entity / }).count();
  await page.getByRole('textbox', { name: `Entity entity${entities}: name`, exact: true }).fill('carriers');

  await page.getByRole('tab', { name: 'Dataset' }).click();
  await page.getByRole('combobox', { name: 'Entity', exact: true }).selectOption('inventory');
  const rowsBefore = await page.getByRole('table', { name: 'inventory records' }).getByRole('row').count();
  await page.getByRole('button', { name: 'Add row' }).click();
  await expect(page.getByRole('table', { name: 'inventory records' }).getByRole('row')).toHaveCount(
    rowsBefore + 1,
  );
  const total = page.getByRole('textbox', { name: `Row ${rowsBefore} onHand` });
  await total.fill('abc');
  await expect(page.getByText('Enter a number')).toBeVisible();
  await total.fill('42');

  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByRole('button', { name: 'Add fault to Scenario New scenario' }).click();
  await page.getByRole('combobox', { name: 'Scenario New scenario fault 1: type' }).selectOption('outage');
  await page.getByRole('textbox', { name: 'Scenario New scenario fault 1: outage length' }).fill('5 min');
  await page
    .getByRole('combobox', { name: 'Scenario New scenario: expected outcome' })
    .selectOption('rolled_back');

  const doc = (await exported(page)) as unknown as {
    name: string;
    objectives: { rto: string };
    dataModel: { entities: { name: string }[] };
    dataset: { inventory: { onHand?: number }[] };
    scenarios: { faults: unknown[]; expect: unknown }[];
  };
  expect(doc.name).toBe('Orders rollback v2');
  expect(doc.objectives.rto).toBe('PT20M');
  expect(doc.dataModel.entities).toHaveLength(entities);
  expect(doc.dataModel.entities.at(-1)?.name).toBe('carriers');
  expect(doc.dataset.inventory.at(-1)?.onHand).toBe(42);
  const scenario = doc.scenarios.at(-1);
  expect(scenario?.faults).toEqual([{ node: 's1', type: 'outage', duration: 'PT5M' }]);
  expect(scenario?.expect).toEqual({ outcome: 'rolled_back' });
});

test('a node id is renamed everywhere it is named, refused when taken, and undone in one step', async ({
  page,
}) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Checkpoint: Snapshot before batch' }).click();
  const id = page.getByRole('textbox', { name: 'Id', exact: true });
  await id.fill('s1');
  await expect(page.getByText('The id "s1" is already used')).toBeVisible();
  await id.fill('snapshot');
  await id.press('Enter');
  await expect(page.locator('.react-flow__node[data-id="snapshot"]')).toHaveCount(1);
  const doc = await exported(page);
  const restore = doc.nodes.find((n) => n.id === 'r1') as { checkpoint: string };
  expect(restore.checkpoint).toBe('snapshot');
  expect(JSON.stringify(doc)).not.toContain('"cp1"');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.react-flow__node[data-id="cp1"]')).toHaveCount(1);
});

/** Each kind's form, with one field only that kind has: the form comes from that kind's own file. */
const KIND_FIELDS: [kind: string, role: 'combobox' | 'textbox' | 'checkbox' | 'button', field: string][] = [
  ['Trigger', 'combobox', 'Signal'],
  ['Step', 'textbox', 'Idempotency key'],
  ['Compensation', 'combobox', 'Strategy'],
  ['Checkpoint', 'textbox', 'Entities to snapshot'],
  ['Restore', 'textbox', 'Entities to restore'],
  ['Rollback', 'checkbox', 'Undo all completed steps'],
  ['Check', 'button', 'Add invariant'],
  ['Approval', 'textbox', 'Approvals needed'],
  ['Notify', 'combobox', 'Tier'],
  ['Decision', 'textbox', 'Condition'],
  ['Failsafe', 'textbox', 'Degraded mode'],
  ['End', 'combobox', 'Outcome'],
];

test("every node kind opens its own form, and an edit in it reaches the node's document", async ({
  page,
}) => {
  await fresh(page);
  for (const [kind, role, field] of KIND_FIELDS) {
    await page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
    // A compensation added while a step is selected becomes that step's undo, "Undo New step" (issue 15).
    const form = page.getByRole('form', { name: new RegExp(`^Edit ${kind}: (New|Undo New)`) });
    await expect(form.getByRole(role, { name: field, exact: true })).toBeVisible();
    // No other kind's own field shows on this form (a trigger's condition is optional, a decision's is not).
    for (const [other, otherRole, otherField] of KIND_FIELDS)
      if (other !== kind && !(kind === 'Trigger' && other === 'Decision'))
        await expect(form.getByRole(otherRole, { name: otherField, exact: true })).toHaveCount(0);
    if (kind === 'Notify') await form.getByRole('combobox', { name: 'Tier' }).selectOption('3');
    if (kind === 'Failsafe') await form.getByRole('textbox', { name: 'Exit criteria' }).fill('Queue drained');
    if (kind === 'End') await form.getByRole('combobox', { name: 'Outcome' }).selectOption('degraded');
    if (kind === 'Approval') await form.getByRole('textbox', { name: 'Approvals needed' }).fill('2');
  }
  const doc = await exported(page);
  const added = (kind: string) => doc.nodes.filter((n) => n.kind === kind).at(-1) as Record<string, unknown>;
  expect(added('notify').tier).toBe(3);
  expect(added('failsafe').exitCriteria).toBe('Queue drained');
  expect(added('end').outcome).toBe('degraded');
  expect(added('approval').quorum).toBe(2);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';

/** Opens the order-fulfilment example in the designer (from the library's templates when the app starts there). */
async function fresh(page: Page) {
  await page.goto('/');
  const template = page.getByRole('button', { name: 'New from template…' });
  const node = page.getByRole('group', { name: 'Step: Reserve stock' });
  await expect(template.or(node)).toBeVisible();
  if (await template.isVisible()) {
    await template.click();
    await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  }
  await expect(node).toBeVisible();
}

async function openSimulator(page: Page) {
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
}

const log = (page: Page) => page.getByRole('list', { name: 'Event log' });

test('the carrier-down scenario runs to a verdict in plain words, with the diff of the data', async ({
  page,
}) => {
  await fresh(page);
  await openSimulator(page);
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'Carrier API down for 10 minutes' });
  await expect(
    page.getByRole('note', { name: /Fault on Book shipments with carrier: System outage/ }),
  ).toBeVisible();
  await dock.getByRole('button', { name: 'Run to end' }).click();

  const verdict = dock.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('Rolled back in 2 s (RTO 15 min).');
  await expect(verdict).toContainText('Data matches the state before the run.');
  const expectations = verdict.getByRole('list', { name: 'Expectations' }).getByRole('listitem');
  await expect(expectations).toHaveCount(4);
  for (const item of await expectations.all()) await expect(item).toContainText('✓ pass');
  await expect(
    page.getByRole('group', { name: /End: Batch rolled back \(simulation is here\)/ }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/sim-verdict.png' });

  // The final data equals the state before the run; mid-run, the stock reservation shows as a change.
  await dock.getByRole('tab', { name: 'Data' }).click();
  const data = dock.getByRole('region', { name: 'Data view' });
  await expect(data).toContainText('compared with the state before the run: no differences.');
  await log(page)
    .getByRole('button', { name: /update inventory: 1 record \(MUG\)/ })
    .click();
  await expect(data).toContainText('1 difference');
  const inventory = data
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'onHand' }) });
  const mug = inventory.getByRole('row').filter({ hasText: 'MUG' });
  await expect(mug).toContainText('changed');
  await expect(mug.locator('.sim-cell--changed')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/sim-data.png' });

  const axe = await new AxeBuilder({ page }).include('.sim-dock').analyze();
  const serious = axe.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('a fault injected by right-click is stepped through one event at a time, and back', async ({ page }) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Mark orders shipped' }).click({ button: 'right' });
  const menu = page.getByRole('dialog', { name: 'Inject a fault into Mark orders shipped' });
  await expect(menu).toBeVisible();
  // A step without a system: fail, time out, partial, duplicate, outage, corrupt all apply.
  await expect(menu.getByRole('radio')).toHaveCount(6);
  await menu.getByRole('radio', { name: /^Fail/ }).check();
  await expect(menu.getByRole('textbox', { name: 'Attempts affected' })).toBeVisible();
  await page.screenshot({ path: '/tmp/sim-menu.png' });
  await menu.getByRole('button', { name: 'Inject fault' }).click();
  await expect(page.getByRole('note', { name: 'Fault on Mark orders shipped: Fail' })).toBeVisible();

  // A checkpoint offers only corruption.
  await page.getByRole('group', { name: 'Checkpoint: Snapshot before batch' }).click({ button: 'right' });
  const checkpointMenu = page.getByRole('dialog', { name: 'Inject a fault into Snapshot before batch' });
  await expect(checkpointMenu.getByRole('radio')).toHaveCount(1);
  await expect(checkpointMenu.getByRole('radio', { name: /Corrupt data/ })).toBeVisible();
  await checkpointMenu.getByRole('button', { name: 'Cancel' }).click();

  const dock = page.getByRole('region', { name: 'Simulator' });
  const forward = dock.getByRole('button', { name: 'Step forward' });
  const current = () => log(page).locator('[aria-current="step"]');
  await forward.click();
  await expect(current()).toContainText('trigger "Fulfilment batch starts"');
  await expect(
    page.getByRole('group', { name: /Trigger: Fulfilment batch starts \(simulation is here\)/ }),
  ).toBeVisible();

  // Step until the failure, one event at a time: each press adds exactly one event.
  for (let count = 2; ; count += 1) {
    await forward.click();
    await expect(log(page).getByRole('listitem')).toHaveCount(count);
    if ((await current().textContent())?.includes('Mark orders shipped failed')) break;
    if (count > 40) throw new Error('never failed');
  }
  await forward.click();
  await expect(current()).toContainText('rollback');
  await expect(page.locator('.react-flow__edge.sim-edge--failure')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/sim-rollback.png' });

  // Through the compensations, each its own event, with the recovery path traced.
  const seen: string[] = [];
  while (!(await current().textContent())?.includes('rolled_back')) {
    await forward.click();
    seen.push((await current().textContent()) ?? '');
  }
  expect(seen.some((text) => text.includes('undone'))).toBe(true);
  await expect(page.locator('.react-flow__edge.sim-edge--recovery').first()).toBeVisible();
  await expect(dock.getByRole('region', { name: 'Verdict' })).toContainText('Rolled back');

  const count = await log(page).getByRole('listitem').count();
  await dock.getByRole('button', { name: 'Step back' }).click();
  await expect(log(page).getByRole('listitem')).toHaveCount(count - 1);
  await expect(dock.getByText('The verdict appears when the run ends')).toBeVisible();

  // Clicking an earlier event jumps there.
  await log(page).getByRole('listitem').nth(2).getByRole('button').click();
  await expect(log(page).getByRole('listitem')).toHaveCount(3);
  await page.screenshot({ path: '/tmp/sim-panel.png' });
});

test('a run saved as a scenario is one undoable step', async ({ page }) => {
  await fresh(page);
  await page.getByRole('group', { name: 'Step: Mark orders shipped' }).click({ button: 'right' });
  const menu = page.getByRole('dialog', { name: 'Inject a fault into Mark orders shipped' });
  await menu.getByRole('radio', { name: /^Fail/ }).check();
  await menu.getByRole('button', { name: 'Inject fault' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock.getByRole('button', { name: 'Run to end' }).click();
  await dock.getByRole('button', { name: 'Save as scenario' }).click();
  await expect(dock.getByRole('status')).toContainText('Saved as scenario "Saved run 1: Injected faults"');
  const picker = dock.getByRole('combobox', { name: 'Scenario' });
  await expect(picker.getByRole('option', { name: 'Saved run 1: Injected faults' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(picker.getByRole('option', { name: 'Saved run 1: Injected faults' })).toHaveCount(0);
});

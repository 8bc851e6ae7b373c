import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';

/** "Acting as": who ticks the steps (there is no login; the name is what the operator types). */
async function actAs(page: Page, name: string) {
  await page
    .getByRole('region', { name: 'Acting as' })
    .getByRole('button', { name: /who I am acting as/ })
    .click();
  const form = page.getByRole('form', { name: 'Acting as' });
  await form.getByRole('textbox', { name: 'Your name' }).fill(name);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('region', { name: 'Acting as' })).toContainText(`Acting as ${name}`);
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

const step = (page: Page, number: number, label: string) =>
  page.getByRole('list', { name: 'Checklist' }).getByRole('listitem', { name: `Step ${number}: ${label}` });

async function tick(page: Page, number: number, label: string, outcome: 'done' | 'failed' | 'skipped') {
  await page.getByRole('button', { name: `Step ${number}: ${label}: ${outcome}` }).click();
  await expect(step(page, number, label)).toContainText(
    `${outcome[0]!.toUpperCase()}${outcome.slice(1)} by Riley`,
  );
}

test('an incident of the order-fulfilment playbook: a failed step, its branch, a reload, the postmortem, a scenario the dry run replays', async ({
  page,
}) => {
  // One long flow (two builds' worth of pages, two axe scans, a dry run) on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Start incident: Order fulfilment rollback' })).toBeVisible();
  await page.screenshot({ path: '/tmp/incident-library.png' });
  await page.getByRole('link', { name: 'Start incident: Order fulfilment rollback' }).click();
  await actAs(page, 'Riley');
  await page.screenshot({ path: '/tmp/incident-start.png' });
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Start incident' }).click();

  // 1. The checklist: the clock against the RTO, step 1 to do now.
  await expect(page.getByRole('heading', { name: 'Incident: Order fulfilment rollback' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Elapsed time against the RTO' })).toContainText(
    'left of the 15 min RTO',
  );
  await expect(step(page, 1, 'Snapshot before batch')).toHaveAttribute('aria-current', 'step');
  await tick(page, 1, 'Snapshot before batch', 'done');
  await tick(page, 2, 'Reserve stock', 'done');
  await expect(step(page, 3, 'Book shipments with carrier')).toContainText(
    'If it fails, go to step 7: Undo completed steps.',
  );
  await tick(page, 3, 'Book shipments with carrier', 'failed');

  // 2. The failure branch is shown and becomes the step to do now.
  await expect(page.getByRole('alert')).toContainText(
    'Step 3, Book shipments with carrier, failed. Follow the failure branch: go to step 7.',
  );
  await expect(step(page, 7, 'Undo completed steps')).toHaveAttribute('aria-current', 'step');

  // 3. A reload in the middle: every tick is still there, and so is the branch.
  await page.reload();
  await expect(step(page, 3, 'Book shipments with carrier')).toContainText('Failed by Riley');
  await expect(step(page, 2, 'Reserve stock')).toContainText('Done by Riley');
  await expect(step(page, 7, 'Undo completed steps')).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Show step 7' }).click();
  await page.screenshot({ path: '/tmp/incident-checklist.png' });

  await tick(page, 7, 'Undo completed steps', 'done');
  await page
    .getByRole('textbox', { name: 'Did something the playbook does not list?' })
    .fill('Called the carrier');
  await page.getByRole('button', { name: 'Record it as done' }).click();
  await expect(page.getByRole('region', { name: 'Steps not in the playbook' })).toContainText(
    'Called the carrier',
  );
  await tick(page, 8, 'Data back to the snapshot', 'done');
  await tick(page, 9, 'Tell operations', 'done');
  await expect(page.getByText('The procedure has reached its end: close the incident below.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The incident record is intact' })).toBeVisible();
  await expectAxeClean(page);

  // 4. Closed: the postmortem compares the record with the playbook.
  await page.getByRole('button', { name: 'Close the incident' }).click();
  await expect(page.getByRole('heading', { name: 'Postmortem: Order fulfilment rollback' })).toBeVisible();
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText(
    'Step 3, Book shipments with carrier, failed; the procedure went on at step 7, Undo completed steps.',
  );
  await expect(findings).toContainText('“Called the carrier” was done but is not in the playbook');
  const scenario = page.getByRole('region', { name: 'Make it a scenario' });
  await expect(scenario).toContainText('Book shipments with carrier fails');
  await expect(scenario).toContainText('it expects the run to end at Batch rolled back');
  await page.getByRole('heading', { name: 'Postmortem: Order fulfilment rollback' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/incident-postmortem.png' });
  await expectAxeClean(page);

  // 5. Make it a scenario, with the postmortem note kept with the next version.
  await scenario.getByRole('textbox', { name: 'What worked' }).fill('The undo ran cleanly.');
  await scenario.getByRole('textbox', { name: 'What to change' }).fill('Page the carrier before retrying.');
  await scenario.getByRole('button', { name: 'Add the scenario and save a version' }).click();
  await expect(scenario.getByRole('status')).toContainText('with the scenario and your note');
  await scenario.getByRole('link', { name: 'Open the playbook to run the scenario' }).click();

  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('list', { name: 'Saved versions' })).toContainText(
    'What worked: The undo ran cleanly. What to change: Page the carrier before retrying.',
  );
  await page.keyboard.press('Escape');

  // 6. The dry run replays the incident: the carrier booking fails and the run ends rolled back.
  await page.getByRole('button', { name: 'Simulate' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  const scenarios = dock.getByRole('combobox', { name: 'Scenario' });
  const made = await scenarios
    .locator('option', { hasText: 'Book shipments with carrier failed' })
    .textContent();
  await scenarios.selectOption({ label: made ?? '' });
  await dock.getByRole('button', { name: 'Run to end' }).click();
  const verdict = dock.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('Rolled back');
  const expectations = verdict.getByRole('list', { name: 'Expectations' }).getByRole('listitem');
  await expect(expectations).toHaveCount(1);
  await expect(expectations.first()).toContainText('✓ pass');
});

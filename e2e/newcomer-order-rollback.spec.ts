import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from './fixtures';

/**
 * Issue 15's bar: a newcomer draws the order rollback from a blank playbook, by role and name as a
 * person finds things, and reaches "No problems" in at most 80 clicks and keys. Every click, typed
 * field (one fill: what a person types into one box), choice in a list and key press counts as one
 * action; looking (assertions, screenshots) counts nothing.
 */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  /**
   * A person's pace: they look at the screen between two actions. Without it, an action can land
   * within milliseconds of the last, faster than anyone clicks (and than the save round-trip).
   */
  private async counted(action: () => Promise<unknown>) {
    this.count += 1;
    await action();
    await this.page.waitForTimeout(250);
  }
  click(target: Locator) {
    return this.counted(() => target.click());
  }
  rightClick(target: Locator) {
    return this.counted(() => target.click({ button: 'right' }));
  }
  fill(target: Locator, text: string) {
    return this.counted(() => target.fill(text));
  }
  choose(target: Locator, value: string) {
    return this.counted(() => target.selectOption(value));
  }
  press(key: string) {
    return this.counted(() => this.page.keyboard.press(key));
  }
}

async function axeClean(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).include(where).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
}

/** Whether the element's box lies wholly inside the visible canvas. */
async function insideCanvas(target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const canvas = await target.page().locator('.react-flow').boundingBox();
  return (
    !!box &&
    !!canvas &&
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

/** The node's problems badge: whether it is one line and inside the node (null: no badge). */
function badgeFits(target: Locator): Promise<boolean | null> {
  return target.evaluate((element) => {
    const badge = element.querySelector('.pb-badge')?.getBoundingClientRect();
    const node = element.querySelector('.pb-node')?.getBoundingClientRect();
    if (!badge || !node) return null;
    return badge.height < 18 && badge.right <= node.right && badge.left >= node.left;
  });
}

test('a newcomer draws the order rollback from a blank playbook in at most 80 actions, and the failed refund shows red', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const act = new Actions(page);
  const node = (name: string) => page.getByRole('group', { name, exact: true });
  const toolbarOf = (label: string) => page.getByRole('toolbar', { name: `Actions for ${label}` });
  const label = page.getByRole('textbox', { name: 'Label', exact: true });
  const palette = (kind: string) => page.getByRole('button', { name: `Add ${kind}`, exact: true });
  /** Clicks a node and, as a person does, sees the inspector show it before going on. */
  const select = async (kind: string, nodeLabel: string) => {
    await act.click(node(`${kind}: ${nodeLabel}`));
    await expect(page.getByRole('form', { name: `Edit ${kind}: ${nodeLabel}` })).toBeVisible();
  };

  await page.goto('/');
  await act.click(page.getByRole('button', { name: 'New blank playbook' }));
  await expect(node('Trigger: Start')).toBeVisible();

  // The trigger, and the first role, made where it is missing (the trigger's "who may start it").
  await select('Trigger', 'Start');
  await act.fill(label, 'Web order arrives');
  // The empty role list says why and offers to create one here (axe-clean, like the other screens).
  await expect(page.getByText('The roles listed here may start the playbook')).toBeVisible();
  await axeClean(page, 'form.inspector');
  await act.fill(page.getByRole('textbox', { name: 'New role name' }), 'Operations');
  await act.click(page.getByRole('button', { name: 'Create role' }));

  // (1) Create the invoice record in Airtable: a data change, and its undo.
  await act.click(palette('Step'));
  await act.fill(label, 'Create invoice record in Airtable');
  await act.click(page.getByRole('button', { name: 'Add effect' }));
  await act.fill(page.getByRole('textbox', { name: 'New entity name' }), 'invoices');
  await act.click(page.getByRole('button', { name: 'Create entity' }));
  await act.choose(page.getByRole('combobox', { name: 'Effect 1: operation' }), 'insert');
  await act.click(page.getByRole('button', { name: 'Add field to Effect 1 record 1' }));
  await act.fill(page.getByRole('textbox', { name: 'Effect 1 record 1: value of id' }), 'INV-1');
  await act.click(toolbarOf('Create invoice record in Airtable').getByRole('button', { name: /Add undo/ }));
  await expect(node('Compensation: Undo Create invoice record in Airtable')).toBeVisible();

  // A checkpoint before it.
  await select('Step', 'Create invoice record in Airtable');
  await act.click(
    toolbarOf('Create invoice record in Airtable').getByRole('button', { name: 'Checkpoint before' }),
  );
  await expect(node('Checkpoint: Snapshot before Create invoice record in Airtable')).toBeVisible();

  // (2) Charge the card in Stripe, undone by a refund.
  await select('Step', 'Create invoice record in Airtable');
  await act.click(palette('Step'));
  await act.fill(label, 'Charge the card in Stripe');
  await act.click(page.getByRole('button', { name: 'Add effect' }));
  await act.fill(page.getByRole('textbox', { name: 'New entity name' }), 'charges');
  await act.click(page.getByRole('button', { name: 'Create entity' }));
  await act.choose(page.getByRole('combobox', { name: 'Effect 1: operation' }), 'insert');
  await act.click(page.getByRole('button', { name: 'Add field to Effect 1 record 1' }));
  await act.fill(page.getByRole('textbox', { name: 'Effect 1 record 1: value of id' }), 'CH-1');
  await act.click(toolbarOf('Charge the card in Stripe').getByRole('button', { name: /Add undo/ }));
  // The new undo is selected: the inspector shows it (a person reads the heading before typing).
  await expect(
    page.getByRole('form', { name: 'Edit Compensation: Undo Charge the card in Stripe' }),
  ).toBeVisible();
  await act.fill(label, 'Refund the charge in Stripe');

  // (3) The confirmation email: cannot be undone, behind an approval (the node's quick fix).
  await select('Step', 'Charge the card in Stripe');
  await act.click(palette('Step'));
  await act.fill(label, 'Send confirmation email');
  await act.click(
    toolbarOf('Send confirmation email').getByRole('button', { name: 'Mark as cannot be undone' }),
  );
  const reason = page.getByRole('textbox', { name: 'Why it cannot be undone' });
  await expect(reason).toHaveAttribute('placeholder', /such as/);
  await act.fill(reason, 'An email cannot be unsent');
  await expect(node('Step: Send confirmation email')).toContainText('cannot be undone');
  const approve = toolbarOf('Send confirmation email').getByRole('button', { name: /Approval before/ });
  await expect(approve).toBeVisible();
  await page.screenshot({ path: '/tmp/newcomer-node-fix-menu.png' });
  await axeClean(page, '.react-flow__node-toolbar');
  await act.click(approve);
  await expect(node('Approval: Approve: Send confirmation email')).toBeVisible();
  // The insert pushed the step to the right: it is brought into view beside its new approval, not
  // left half under the side panel, where a person (and a click at its centre) cannot reach it.
  await expect
    .poll(() => insideCanvas(node('Step: Send confirmation email')), 'the step is wholly on the canvas')
    .toBe(true);
  // The new approval's form starts at its heading, not where the step's form was scrolled to.
  await expect(
    page
      .getByRole('form', { name: 'Edit Approval: Approve: Send confirmation email' })
      .getByRole('heading', { level: 2 }),
  ).toBeInViewport();
  await page.screenshot({ path: '/tmp/newcomer-approval-inserted.png' });
  // "Compensation" and "1 problem" do not fit on one row: the badge goes under the kind, whole,
  // rather than wrapping into a two-line pill past the node's edge.
  await expect
    .poll(() => badgeFits(node('Compensation: Refund the charge in Stripe')), 'the badge fits the node')
    .toBe(true);

  // (4) Update the CRM contact, and its undo.
  await select('Step', 'Send confirmation email');
  await act.click(palette('Step'));
  await act.fill(label, 'Update the CRM contact');
  await act.click(toolbarOf('Update the CRM contact').getByRole('button', { name: /Add undo/ }));

  // The recovery path: a rollback that ends "rolled back"; the Problems panel's fixes do the rest.
  await act.click(palette('Rollback'));
  await act.click(palette('End'));
  await act.choose(page.getByRole('combobox', { name: 'Outcome' }), 'rolled_back');
  await act.click(page.getByRole('button', { name: /^Problems:/ }));
  const panel = page.getByRole('region', { name: 'Problems' });
  const firstFix = panel.getByRole('button', { name: /Fix: / }).first();
  await firstFix.scrollIntoViewIfNeeded();
  await expect(firstFix).toBeVisible();
  await page.screenshot({ path: '/tmp/newcomer-problems-fixes.png' });
  await axeClean(page, '#problems-panel');

  for (let round = 0; round < 12; round += 1) {
    const fixAll = panel.getByRole('button', { name: /^Fix all/ }).first();
    const fix = panel.getByRole('button', { name: /Fix: / }).first();
    const next = (await fixAll.count()) > 0 ? fixAll : fix;
    if ((await next.count()) === 0) break;
    await act.click(next);
  }
  await expect(page.getByRole('button', { name: 'Problems: No problems' })).toBeVisible();
  console.log(`newcomer-order-rollback: "No problems" after ${act.count} actions`);
  expect(act.count).toBeLessThanOrEqual(80);
  await page.screenshot({ path: '/tmp/newcomer-no-problems.png' });

  await expect(node('Step: Send confirmation email')).toContainText('cannot be undone');

  // The failed-refund run: the CRM update fails, the rollback runs, and the refund fails.
  const before = act.count;
  await act.click(page.getByRole('button', { name: 'Close problems' }));
  await act.click(page.getByRole('button', { name: 'Fit View' }));
  for (const target of ['Step: Update the CRM contact', 'Compensation: Refund the charge in Stripe']) {
    await act.rightClick(node(target));
    const menu = page.getByRole('dialog', { name: /^Inject a fault into/ });
    await act.click(menu.getByRole('radio', { name: /^Fail/ }));
    await act.click(menu.getByRole('button', { name: 'Inject fault' }));
  }
  // Injecting a fault opens the simulator; a person presses Simulate only when it is not open.
  const dock = page.getByRole('region', { name: 'Simulator' });
  if (!(await dock.isVisible())) await act.click(page.getByRole('button', { name: 'Simulate' }));
  await act.click(dock.getByRole('button', { name: 'Run to end' }));
  const verdict = dock.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toHaveClass(/is-bad/);
  await expect(verdict).toContainText('charge CH-1 remains');
  await expect(verdict).toContainText('Send confirmation email ran and cannot be undone');
  await page.screenshot({ path: '/tmp/newcomer-failed-refund.png' });
  console.log(`newcomer-order-rollback: the failed-refund run took ${act.count - before} more actions`);
});

test('a palette node dropped on a link goes into it, and one undo takes it out again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank playbook' }).click();
  const link = page.getByRole('group', { name: 'Next from Start to Done', exact: true });
  await expect(link).toHaveCount(1);
  // Drop half-way between the two nodes, on the link that joins them.
  const start = await page.getByRole('group', { name: 'Trigger: Start', exact: true }).boundingBox();
  const done = await page.getByRole('group', { name: 'End: Done', exact: true }).boundingBox();
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!start || !done || !pane) throw new Error('the canvas is not laid out');
  const middle = {
    x: (start.x + start.width + done.x) / 2 - pane.x,
    y: (start.y + start.height / 2 + done.y + done.height / 2) / 2 - pane.y,
  };
  await page
    .getByRole('button', { name: 'Add Notify', exact: true })
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: middle });
  await expect(
    page.getByRole('group', { name: 'Next from Start to New notification', exact: true }),
  ).toHaveCount(1);
  await expect(
    page.getByRole('group', { name: 'Next from New notification to Done', exact: true }),
  ).toHaveCount(1);
  await expect(link).toHaveCount(0);
  // The new node sits where Done was; Done moved one place right: nothing overlaps.
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes
        .map((node) => node.getBoundingClientRect())
        .map(({ x, y, width, height }) => ({ x, y, width, height })),
    );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
      ).toBe(true);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(link).toHaveCount(1);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});

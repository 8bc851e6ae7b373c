import AxeBuilder from '@axe-core/playwright';
import { openExample } from './designerHelpers';
import { expect, type Page, test } from './fixtures';
import { WEB_ORDER } from './webOrderPlaybook';

/**
 * Issue 15, items 4, 6 and 7: honest verdicts and drill cells, the blank-playbook question, the
 * side panel's tabs by keyboard, the skip link, linking two nodes by keyboard. Screenshots go to
 * the test's output folder (and to the folder SHOTS names, when set).
 */

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(' | ')}`,
    );
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${test.info().outputDir}/${name}.png` });
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png` });
}

/** Imports the web order into the library and opens it in the designer. */
async function openWebOrder(page: Page) {
  await page.goto('/#/');
  await page.getByLabel('Import playbook files').setInputFiles([
    {
      name: 'web-order.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(WEB_ORDER)),
    },
  ]);
  await page
    .getByRole('row', { name: 'Web order rollback' })
    .getByRole('link', { name: 'Web order rollback', exact: true })
    .click();
  await expect(page.getByRole('group', { name: 'Step: Charge the card' })).toBeVisible();
}

async function runScenario(page: Page, scenario: string) {
  const dock = page.getByRole('region', { name: 'Simulator' });
  if (!(await dock.isVisible())) await page.getByRole('button', { name: 'Simulate' }).click();
  await dock.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: scenario });
  await dock.getByRole('button', { name: 'Run to end' }).click();
  const verdict = dock.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toBeVisible();
  return verdict;
}

/** Whether the legend or the overview map covers part of a node. */
function coveredByOverlay(page: Page, nodeId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const node = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
    if (!node) return true;
    return ['.legend-panel', '.react-flow__minimap'].some((selector) => {
      const overlay = document.querySelector(selector)?.getBoundingClientRect();
      return (
        !!overlay &&
        node.left < overlay.right &&
        overlay.left < node.right &&
        node.top < overlay.bottom &&
        overlay.top < node.bottom
      );
    });
  }, nodeId);
}

const headlineColour = (verdict: ReturnType<Page['getByRole']>) =>
  verdict.locator('.sim-verdict__headline').evaluate((element) => getComputedStyle(element).color);
const RED = 'rgb(185, 28, 28)';
const GREEN = 'rgb(21, 128, 61)';

test('a failed compensation gives a red verdict: the outcome, the charge left behind, the email sent', async ({
  page,
}) => {
  await openWebOrder(page);
  const incomplete = await runScenario(page, 'CRM down, then the refund fails');
  await expect(incomplete.locator('.sim-verdict__headline')).toHaveText(/^✗ Rollback incomplete after \d+ s/);
  await expect(incomplete).toContainText('Data was left changed');
  await expect(
    incomplete.getByRole('list', { name: 'Left changed against the state before the run:' }),
  ).toContainText('charge CH-1 remains');
  await expect(incomplete.getByRole('list', { name: 'Cannot be undone:' })).toHaveText(
    'Send confirmation email ran and cannot be undone',
  );
  await expect(incomplete).not.toContainText(/no data rule is broken/i);
  expect(await headlineColour(incomplete)).toBe(RED);
  await shot(page, 'verdict-rollback-incomplete');
  expect(await serious(page)).toEqual([]);

  const failed = await runScenario(page, 'Email service fails');
  await expect(failed.locator('.sim-verdict__headline')).toHaveText(
    /^✗ Failed at "Order stopped" after \d+ s/,
  );
  await expect(failed).toContainText('charge CH-1 remains');
  await expect(failed).toContainText('invoice INV-1 remains');
  await expect(failed).not.toContainText(/no data rule is broken/i);
  expect(await headlineColour(failed)).toBe(RED);
  await expect
    .poll(() => coveredByOverlay(page, 'stop'), "the legend and map leave the run's node visible")
    .toBe(false);
  await shot(page, 'verdict-failed');

  const completed = await runScenario(page, 'Order goes through');
  await expect(completed.locator('.sim-verdict__headline')).toHaveText(/^✓ Completed in \d+ s/);
  expect(await headlineColour(completed)).toBe(GREEN);
  await shot(page, 'verdict-completed');
});

test('drill cells of a failed or incomplete run are red and never say "✓ data"', async ({ page }) => {
  await openWebOrder(page);
  await page.getByRole('button', { name: 'Simulate' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock.getByRole('tab', { name: 'Drill' }).click();
  await dock.getByRole('button', { name: 'Run drill' }).click();
  await expect(dock.getByRole('status', { name: 'Drill status' })).toHaveText('Drill finished.');
  const matrix = dock.getByRole('table', { name: 'Drill matrix' });
  const refund = matrix.getByRole('button', { name: /^Refund the charge × Fail: / });
  await expect(refund).toHaveAttribute(
    'aria-label',
    /rollback incomplete, data left changed against the state before the run/,
  );
  await expect(refund).toContainText('✗ data left changed');
  await expect(refund).toHaveClass(/drill-cell--bad/);
  const emailFails = matrix.getByRole('button', { name: /^Send confirmation email × Fail: / });
  await expect(emailFails).toContainText('Failed');
  await expect(emailFails).toContainText('✗ data left changed');
  // No cell of a run that did not recover claims the data is fine.
  for (const cell of await matrix.locator('.drill-cell--bad').all())
    await expect(cell).not.toContainText('✓ data');
  await expect(dock.getByText(/runs failed or could not finish their undo/)).toBeVisible();
  await shot(page, 'drill-matrix');
  expect(await serious(page)).toEqual([]);
});

test('the side panel tabs follow the WAI-ARIA pattern and the Inspector follows the selection', async ({
  page,
}) => {
  await openExample(page);
  const tabs = page.getByRole('tablist', { name: 'Side panel tabs' });
  const tab = (name: string) => tabs.getByRole('tab', { name, exact: true });
  await tab('Playbook').click();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Data model')).toBeFocused();
  await expect(tab('Data model')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tab('Scenarios')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Inspector')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Scenarios')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  // Roving tabindex: only the selected tab is in the Tab order.
  await expect(tabs.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);

  await tab('Playbook').click();
  await page.getByRole('group', { name: 'Step: Reserve stock' }).click();
  await expect(tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('form', { name: 'Edit Step: Reserve stock' })).toBeVisible();
});

test('the skip link takes the keyboard from the toolbar to the canvas', async ({ page }) => {
  await openExample(page);
  const skip = page.getByRole('button', { name: 'Skip to the canvas' });
  await page.locator('body').focus();
  let presses = 0;
  while (presses < 5 && !(await skip.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(skip, 'the skip link is among the first Tab stops').toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node'));
  expect(focused, 'a node on the canvas has the focus').toBe(true);
});

test('two nodes are linked by keyboard in a few keys, as one undo step', async ({ page }) => {
  await openWebOrder(page);
  const tell = page.getByRole('group', { name: 'Notify: Notify the team' });
  await tell.focus();
  await page.keyboard.press('k');
  const dialog = page.getByRole('dialog', { name: 'Link “Notify the team” to…' });
  await expect(dialog).toBeVisible();
  const list = dialog.getByRole('listbox', { name: 'Link to node' });
  await expect(list).toBeFocused();
  // A node the rules refuse says why: nothing links into the trigger.
  await expect(dialog.getByRole('option', { name: /Trigger: Web order arrives/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  expect(await serious(page)).toEqual([]);
  await shot(page, 'link-dialog');
  await page.keyboard.press('o'); // "Order done", then "Order stopped"
  await page.keyboard.press('o');
  await expect(dialog.getByRole('option', { name: 'End: Order stopped' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(tell).toBeFocused();
  await expect(page.locator('.react-flow__edge[aria-label*="Notify the team to Order stopped"]')).toHaveCount(
    1,
  );
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge[aria-label*="Notify the team to Order stopped"]')).toHaveCount(
    0,
  );
});

test('"Start a blank playbook" asks first on a playbook with content', async ({ page }) => {
  await openExample(page);
  await page.getByRole('tab', { name: 'Playbook' }).click();
  await page.getByRole('button', { name: 'Start a blank playbook' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Replace this playbook with a blank one?' });
  await expect(ask).toContainText('Undo (Ctrl+Z) brings it back');
  expect(await serious(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a blank playbook' }).click();
  await ask.getByRole('button', { name: 'Replace with a blank playbook' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  // The id follows the name until the first export.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Web order refund');
  await expect(page.getByRole('textbox', { name: 'Playbook id' })).toHaveValue('web-order-refund');
});

test('templates say the status the library shows, open at a readable zoom, and the Review map shows the playbook', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New playbook from a template' });
  await expect(dialog).not.toContainText('checked playbook');
  const item = dialog.getByRole('listitem').filter({ hasText: 'Payment refund saga' });
  await expect(item.locator('.badge')).not.toHaveText('Checking…');
  const status = (await item.locator('.badge').textContent()) ?? '';
  await shot(page, 'template-dialog');
  await dialog.getByRole('button', { name: 'Use template: Payment refund saga' }).click();
  await expect(page.getByRole('group', { name: 'Trigger: Refund requested' })).toBeInViewport();
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  expect(zoom, 'labels stay readable').toBeGreaterThanOrEqual(0.55);
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review: Payment refund saga' })).toBeVisible();
  await expect(page.locator('.react-flow__minimap-node').first()).toBeAttached();
  expect(await page.locator('.react-flow__minimap-node').count()).toBeGreaterThan(10);
  await shot(page, 'review-overview-map');
  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByRole('row', { name: 'Payment refund saga' }).locator('.badge').first()).toHaveText(
    status,
  );
});

test('History names who saved a version, asked in the Save version dialog when nobody is set', async ({
  page,
}) => {
  await openWebOrder(page);
  await page.getByRole('button', { name: 'Save version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  await dialog.getByRole('textbox', { name: 'What changed?' }).fill('First cut');
  await dialog.getByRole('textbox', { name: /^Your name/ }).fill('Dana');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByRole('listitem', { name: 'Revision 2' })).toContainText('by Dana');
  await expect(history.getByRole('listitem', { name: 'Revision 2' })).not.toContainText('anonymous');
});

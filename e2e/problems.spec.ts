import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';

type Json = Record<string, unknown>;
const example = (): Json & { nodes: Json[]; edges: Json[] } =>
  JSON.parse(
    readFileSync(
      new URL('../src/templates/examples/order-fulfilment-rollback.json', import.meta.url),
      'utf8',
    ),
  );

/** The order-fulfilment example without the compensation of "Reserve stock" (node c1, edge s1 → c1). */
function withoutReserveStockUndo(): Json {
  const playbook = example();
  return {
    ...playbook,
    nodes: playbook.nodes.filter((node) => node.id !== 'c1'),
    edges: playbook.edges.filter((edge) => edge.id !== 'e8'),
  };
}

/**
 * Opens the order-fulfilment example in the designer. Each test has a fresh browser context (empty
 * storage). The app opens on the library when there is one (then the example comes from "New from
 * template"), or straight on the designer with the example.
 */
async function fresh(page: Page) {
  await page.goto('/');
  const designer = page.getByRole('group', { name: 'Step: Reserve stock' });
  const fromTemplate = page.getByRole('button', { name: 'New from template…' });
  await expect(designer.or(fromTemplate)).toBeVisible();
  if (await fromTemplate.isVisible()) {
    await fromTemplate.click();
    await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  }
  await expect(designer).toBeVisible();
}

async function importPlaybook(page: Page, playbook: Json, name = 'playbook.json') {
  await page.getByLabel('Import JSON file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(playbook)),
  });
}

const problemsButton = (page: Page) => page.getByRole('button', { name: /^Problems:/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Problems', exact: true });

test('a playbook with a missing compensation shows it in the Problems panel; clicking the finding selects the node', async ({
  page,
}) => {
  await fresh(page);
  await importPlaybook(page, withoutReserveStockUndo());
  await expect(problemsButton(page)).toHaveAccessibleName(/^Problems: 1 error/);
  await problemsButton(page).click();

  const errors = panel(page).getByRole('list', { name: /^Errors/ });
  const finding = errors.getByRole('button', { name: /Reserve stock.*has no compensation/ });
  await expect(finding).toBeVisible();
  // The rule's description is shown with the finding, its rationale behind "Why this matters".
  await expect(
    errors.getByText('A step with effects has a compensation, or is marked irreversible'),
  ).toBeVisible();
  await errors.getByText('Why this matters').click();
  await expect(
    errors.getByText(/A rollback undoes completed steps through their compensations/),
  ).toBeVisible();

  const node = page.locator('.react-flow__node[data-id="s1"]');
  await expect(node).not.toHaveClass(/\bselected\b/);
  // Whatever side tab is open, the finding opens its node in the inspector.
  await page.getByRole('tab', { name: 'Playbook' }).click();
  await finding.click();
  await expect(node).toHaveClass(/\bselected\b/);
  await expect(page.getByRole('form', { name: /^Edit Step: Reserve stock/ })).toBeVisible();
  await expect(node).toBeInViewport();
  // The node's badge counts its findings.
  await expect(node.getByText('1 problem', { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/problems-panel.png' });
});

test('findings update live: undoing the import clears the missing compensation', async ({ page }) => {
  await fresh(page);
  await importPlaybook(page, withoutReserveStockUndo());
  await problemsButton(page).click();
  const finding = panel(page).getByRole('button', { name: /has no compensation/ });
  await expect(finding).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(finding).toHaveCount(0);
  await expect(problemsButton(page)).toHaveAccessibleName(/^Problems: 0 errors/);
});

test('the RTO budget is stated in words and its critical path is highlighted on demand', async ({ page }) => {
  await fresh(page);
  await problemsButton(page).click();
  const budget = panel(page).getByRole('region', { name: 'Recovery time budget' });
  await expect(budget).toContainText(
    'Worst-case recovery takes 1 min 6 s, within the 15 min recovery time objective (RTO).',
  );
  await expect(budget).toContainText('when “Reserve stock” fails');

  const highlighted = page.locator('.pb-node.on-critical-path');
  await expect(highlighted).toHaveCount(0);
  const toggle = budget.getByRole('button', { name: 'Highlight critical path on canvas' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // s1 → rb1 → c1 → c2 → c3 → k1 → r1 → k2 → n3 → end-restored (the CLI's lint figures).
  await expect(highlighted).toHaveCount(10);
  await expect(page.locator('.react-flow__node[data-id="rb1"] .pb-node')).toHaveClass(/on-critical-path/);
  await page.screenshot({ path: '/tmp/problems-critical-path.png' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(highlighted).toHaveCount(0);
});

test('with nothing to report the panel says so and lists what was checked', async ({ page }) => {
  await fresh(page);
  await importPlaybook(page, {
    ...example(),
    'x-rollbook-lint': { 'owner-required': 'off', 'notify-before-bad-end': 'off' },
  });
  await expect(problemsButton(page)).toHaveAccessibleName('Problems: No problems');
  await problemsButton(page).click();
  await expect(panel(page).getByText('No problems found')).toBeVisible();
  await expect(
    panel(page).getByText(
      /Checked: the playbook format .* and 20 safety rules. Turned off in this playbook .*owner-required, notify-before-bad-end/,
    ),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/problems-empty.png' });
});

test('the Problems panel passes the axe accessibility rules', async ({ page }) => {
  await fresh(page);
  await problemsButton(page).click();
  await panel(page).getByText('Why this matters').first().click();
  const results = await new AxeBuilder({ page }).include('#problems-panel').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

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

/** Each target as the dialog lists it, with a text its preview must hold and its file name's ending. */
const TARGETS = [
  {
    label: 'CNCF Serverless Workflow 1.0 (YAML)',
    holds: 'dsl: 1.0.0',
    file: '.sw.yaml',
  },
  {
    label: 'CNCF Serverless Workflow 1.0 (JSON)',
    holds: '"dsl": "1.0.0"',
    file: '.sw.json',
  },
  {
    label: 'AWS Step Functions (Amazon States Language)',
    holds: '"StartAt"',
    file: '.asl.json',
  },
  {
    label: 'BPMN 2.0 (XML with diagram)',
    holds: '<bpmn:definitions',
    file: '.bpmn',
  },
  { label: 'n8n workflow (runnable rollback)', holds: '"n8n-nodes-base.errorTrigger"', file: '.n8n.json' },
  { label: 'Runbook (Markdown)', holds: '```mermaid', file: '.runbook.md' },
  {
    label: 'Rollbook playbook (canonical JSON)',
    holds: '"format": "rollbook.playbook"',
    file: '.rollbook.json',
  },
];

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

const openExport = async (page: Page) => {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
};

test('the order-fulfilment example exports to each target with its preview, its losses and a download', async ({
  page,
}) => {
  await fresh(page);
  const dialog = await openExport(page);
  for (const target of TARGETS) {
    await dialog.getByRole('radio', { name: target.label, exact: true }).check();
    const preview = dialog.getByRole('textbox', { name: `Preview of ${target.label}` });
    await expect(preview).toHaveValue(new RegExp(target.holds.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const losses = dialog.getByRole('region', { name: 'What this format loses' });
    await expect(losses).toBeVisible();
    await expect(
      losses
        .getByRole('listitem')
        .first()
        .or(losses.getByText(/^Nothing is lost/)),
    ).toBeVisible();
    const download = page.waitForEvent('download');
    // The file is named after the playbook's id (a library copy may get a new one) and the target.
    const button = dialog.getByRole('button', { name: /^Download / });
    const fileName = ((await button.textContent()) ?? '').replace(/^Download /, '');
    expect(fileName.endsWith(target.file)).toBe(true);
    await button.click();
    expect((await download).suggestedFilename()).toBe(fileName);
    if (target.label.startsWith('BPMN')) await page.screenshot({ path: '/tmp/export-dialog.png' });
    if (target.label.startsWith('n8n')) await page.screenshot({ path: '/tmp/export-n8n.png' });
  }
  await expect(dialog.getByRole('region', { name: 'What this format loses' })).toBeVisible();
});

test('the runbook print view is rendered in a sandboxed preview and opens in a tab of its own', async ({
  page,
  context,
}) => {
  await fresh(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'Runbook (print view, HTML)', exact: true }).check();
  const frame = dialog.frameLocator('iframe[title="Preview of Runbook (print view, HTML)"]');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('runbook');
  await expect(dialog.locator('iframe')).toHaveAttribute('sandbox', '');
  await page.screenshot({ path: '/tmp/export-runbook.png' });

  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  const printView = await opened;
  await printView.waitForLoadState();
  await expect(printView.getByRole('heading', { level: 1 })).toContainText('runbook');
  await printView.setViewportSize({ width: 1000, height: 1400 });
  await printView.screenshot({ path: '/tmp/runbook-print-view.png', fullPage: false });
});

test('user text stays text in the print view: a label with markup is shown, not run', async ({
  page,
  context,
}) => {
  await fresh(page);
  const playbook = example();
  const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>Reserve</b>';
  playbook.nodes = playbook.nodes.map((node) => (node.id === 's1' ? { ...node, label: hostile } : node));
  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(playbook)),
  });
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'Runbook (print view, HTML)', exact: true }).check();
  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  const printView = await opened;
  await printView.waitForLoadState();
  await expect(printView.getByText(hostile).first()).toBeVisible();
  await expect(printView.locator('img')).toHaveCount(0);
  expect(await printView.title()).not.toBe('pwned');
});

test('an unsafe playbook is refused with the reason, and can be exported anyway', async ({ page }) => {
  await fresh(page);
  const playbook = example();
  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'unsafe.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        ...playbook,
        nodes: playbook.nodes.filter((node) => node.id !== 'c1'),
        edges: playbook.edges.filter((edge) => edge.id !== 'e8'),
      }),
    ),
  });
  const dialog = await openExport(page);
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Not exported: this playbook has a safety error');
  await expect(refusal).toContainText('Reserve stock');
  await expect(refusal).toContainText('has no compensation');
  await expect(dialog.getByRole('textbox', { name: /^Preview of/ })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/export-refused.png' });

  await refusal.getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog.getByRole('textbox', { name: /^Preview of/ })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'What this format loses' })).toContainText(
    /Exported despite 1 lint error: compensation-required/,
  );
});

test('the dialog is keyboard operable: arrow keys change the target, Escape closes it', async ({ page }) => {
  await fresh(page);
  const dialog = await openExport(page);
  const first = dialog.getByRole('radio', { name: TARGETS[0]!.label, exact: true });
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: TARGETS[1]!.label, exact: true })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: `Preview of ${TARGETS[1]!.label}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
});

test('the export dialog passes the axe accessibility rules while previewing', async ({ page }) => {
  await fresh(page);
  const dialog = await openExport(page);
  await expect(dialog.getByRole('textbox', { name: /^Preview of/ })).toBeVisible();
  const previewing = await new AxeBuilder({ page }).include('.export-dialog').analyze();
  expect(previewing.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('an export is written into the playbook’s audit log with its format', async ({ page }) => {
  await fresh(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'BPMN 2.0 (XML with diagram)', exact: true }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download / }).click();
  await download;
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Review' }).click();
  const audit = page.getByRole('region', { name: 'Audit log' });
  await expect(audit.getByRole('listitem').filter({ hasText: 'exported: bpmn' })).toHaveCount(1);
});

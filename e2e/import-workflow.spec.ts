import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';

/**
 * Issue 14, item 6: the library's Import takes n8n, Make and Power Automate files to the import
 * review (proposed playbook on a read-only canvas beside the grouped report), and Create makes
 * the playbook and opens it in the designer. Fixtures are the importers' own.
 */
const FIXTURES = fileURLToPath(new URL('../test/fixtures/importers/', import.meta.url));
const fixture = (path: string) => `${FIXTURES}${path}`;

const review = (page: Page) => page.getByRole('dialog', { name: /^Import review/ });

async function pick(page: Page, paths: string[]) {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.getByLabel('Import playbook files').setInputFiles(paths);
}

async function drop(page: Page, name: string, text: string) {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  const transfer = await page.evaluateHandle(
    ({ fileName, json }) => {
      const data = new DataTransfer();
      data.items.add(new File([json], fileName, { type: 'application/json' }));
      return data;
    },
    { fileName: name, json: text },
  );
  await page.locator('main.library').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('main.library').dispatchEvent('drop', { dataTransfer: transfer });
}

test('an n8n workflow dropped on the library opens the review; an entry selects its node; Create opens the designer', async ({
  page,
}) => {
  await drop(page, 'shop.json', readFileSync(fixture('n8n/realistic-30.json'), 'utf8'));
  const dialog = review(page);
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('heading', { name: 'Import review: Shopify order fulfilment' }),
  ).toBeVisible();
  // The summary says what was proposed and what is left to decide, in numbers.
  await expect(
    dialog.getByText(
      /^\d+ steps imported from n8n: \d+ undo actions proposed, \d+ steps? cannots? be undone, 5 need your decision\.$/,
    ),
  ).toBeVisible();
  // Decisions come first, then the checks, then what was imported as proposed.
  const groups = dialog
    .getByRole('complementary', { name: 'Import report' })
    .getByRole('heading', { level: 3 });
  await expect(groups).toHaveText([
    /^Needs your decision \(5\)$/,
    /^Check these \(\d+\)$/,
    /^Imported as proposed \(\d+\)$/,
  ]);
  // The nodes that need the author are badged on the canvas (and say so to assistive technology).
  const charge = dialog.getByRole('group', { name: 'Step: Charge deposit (needs your decision)' });
  await expect(charge).toBeVisible();
  await expect(dialog.locator('.react-flow__node.import-attention')).toHaveCount(5);
  // An entry selects its node.
  await dialog
    .getByRole('list', { name: 'Needs your decision' })
    .getByRole('button', { name: 'Loyalty points' })
    .click();
  const loyalty = dialog.getByRole('group', { name: /^Step: Loyalty points/ });
  await expect(loyalty).toHaveClass(/selected/);
  await expect(charge).not.toHaveClass(/selected/);
  await dialog
    .getByRole('list', { name: 'Imported as proposed' })
    .getByRole('button', { name: 'Record order' })
    .click();
  await expect(dialog.getByRole('group', { name: 'Step: Record order' })).toHaveClass(/selected/);
  await expect(loyalty).not.toHaveClass(/selected/);

  // A node clicked on the canvas shows its entry: an undo the importer added shows its step's.
  await dialog.getByRole('group', { name: /^Compensation: Refund: Charge deposit/ }).click();
  await expect(
    dialog.getByRole('list', { name: 'Needs your decision' }).getByRole('listitem').first(),
  ).toHaveAttribute('aria-current', 'true');
  await dialog.getByRole('button', { name: 'Create playbook' }).click();
  await expect(page).toHaveURL(/#\/playbooks\/[^/]+$/);
  await expect(page.getByRole('group', { name: /^Step: Charge deposit/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Compensation: Refund: Charge deposit/ })).toBeVisible();
  // The audit log says where it came from.
  const id = /#\/playbooks\/([^/]+)$/.exec(page.url())?.[1] ?? '';
  await page.goto(`/#/playbooks/${id}/review`);
  await expect(page.getByText('Imported from shop.json (n8n workflow)').first()).toBeVisible();
});

test('a Make scenario and a Power Automate flow picked together are reviewed one after the other', async ({
  page,
}) => {
  await pick(page, [fixture('make/router.json'), fixture('power-automate/invoice-processing.json')]);
  const dialog = review(page);
  await expect(
    dialog.getByRole('heading', { name: /^Import review: Route support tickets by priority \(1 of 2\)/ }),
  ).toBeVisible();
  await expect(dialog.getByText(/steps? imported from Make:/)).toBeVisible();
  await expect(dialog.getByRole('group', { name: /^Step: Queue ticket/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    dialog.getByRole('heading', { name: /^Import review: Supplier invoice processing \(2 of 2\)/ }),
  ).toBeVisible();
  await expect(dialog.getByText(/steps imported from Power Automate:/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Create playbook' }).click();
  await expect(page.getByRole('group', { name: /^Step: Create invoice record/ })).toBeVisible();
  await page.getByRole('link', { name: '← Library' }).click();
  // Cancel discarded the Make scenario; Create kept the flow.
  await expect(page.getByRole('row', { name: 'Supplier invoice processing' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('a broken workflow file, and a JSON file of no known kind, are refused with a message', async ({
  page,
}) => {
  const truncated = readFileSync(fixture('n8n/linear-sheets-slack.json'), 'utf8').slice(0, 300);
  await pick(page, []);
  await page.getByLabel('Import playbook files').setInputFiles([
    { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(truncated) },
    { name: 'zap.json', mimeType: 'application/json', buffer: Buffer.from('{"zap":{"steps":[]}}') },
    {
      name: 'empty-n8n.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"nodes":[],"connections":{}}'),
    },
  ]);
  const results = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Imported/ }) });
  await expect(results.getByRole('heading')).toHaveText(
    'Imported 0 of 3 files (3 refused; nothing was changed for them)',
  );
  await expect(results.getByRole('list', { name: 'Errors in truncated.json' })).toContainText(/JSON|line/i);
  await expect(results.getByRole('list', { name: 'Errors in zap.json' })).toContainText(
    'Neither a Rollbook playbook nor a workflow Rollbook can import',
  );
  await expect(results.getByRole('list', { name: 'Errors in empty-n8n.json' })).toContainText(/n8n workflow/);
  await expect(review(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test('the import review has no serious accessibility violation', async ({ page }) => {
  await pick(page, [fixture('n8n/realistic-30.json')]);
  await expect(review(page)).toBeVisible();
  await expect(review(page).locator('.react-flow__node').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(' | ')}`,
    );
  expect(serious).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('import-review-30.png') });
});

test('a 60-node n8n workflow imports off the page thread: the review shows with the page responsive', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const started = Date.now();
  await page.getByLabel('Import playbook files').setInputFiles([fixture('n8n/large-60.json')]);
  await expect(
    review(page).getByText(/^60 steps imported from n8n|^\d+ steps imported from n8n/),
  ).toBeVisible();
  const elapsed = Date.now() - started;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(
    `60-node import: review shown after ${elapsed} ms; long tasks on the page: ${JSON.stringify(longTasks.map(Math.round))}`,
  );
  expect(elapsed).toBeLessThan(10_000);
  expect(workers.some((url) => /import\.worker/.test(url))).toBe(true);
});

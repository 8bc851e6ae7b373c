import { writeFileSync } from 'node:fs';
import { fresh, generatedSaga, openDrill } from './drillHelpers';
import { expect, test } from './fixtures';

test('the drill of the order example fills the matrix with its score, and a cell opens its run paused', async ({
  page,
}) => {
  await fresh(page);
  const dock = await openDrill(page);
  await dock.getByRole('button', { name: 'Run drill' }).click();
  await expect(dock.getByRole('status', { name: 'Drill status' })).toHaveText('Drill finished.');
  const matrix = dock.getByRole('table', { name: 'Drill matrix' });
  await expect(matrix.getByRole('rowheader', { name: 'Book shipments with carrier' })).toBeVisible();
  await expect(matrix.getByRole('columnheader')).toHaveCount(7);
  await expect(dock.getByText(/^Score: \d+ of \d+ runs end with the data right$/)).toBeVisible();
  await page.screenshot({ path: '/tmp/drill-matrix.png' });

  const cell = matrix.getByRole('button', { name: /^Book shipments with carrier × Fail: / });
  await expect(cell).toHaveAccessibleName(/rolled back|restored/);
  await cell.click();
  await expect(dock.getByRole('tab', { name: 'Run', selected: true })).toBeVisible();
  await expect(dock.getByText('Watching: Drill run Book shipments with carrier × Fail')).toBeVisible();
  const log = dock.getByRole('list', { name: 'Event log' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.locator('[aria-current="step"]')).toContainText('trigger "Fulfilment batch starts"');
  await expect(page.getByRole('note', { name: 'Fault on Book shipments with carrier: Fail' })).toBeVisible();
  await dock.getByRole('button', { name: 'Run to end' }).click();
  await expect(dock.getByRole('region', { name: 'Verdict' })).toBeVisible();
  await page.screenshot({ path: '/tmp/drill-cell-run.png' });
});

test('a long drill shows its progress while the canvas stays usable, and Cancel stops it', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await fresh(page);
  const file = testInfo.outputPath('generated-saga.json');
  writeFileSync(file, JSON.stringify(generatedSaga(800)));
  await page.getByLabel('Import JSON file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Generated saga of 800 steps' })).toBeVisible();
  const dock = await openDrill(page);
  await dock.getByRole('button', { name: /Run drill/ }).click();
  const progress = dock.getByRole('progressbar');
  await expect(progress).toHaveAttribute('aria-valuetext', /^[1-9]\d* of/);
  // The drill runs in a worker: the page still answers while it runs.
  await page.getByRole('tab', { name: 'Playbook' }).click();
  await expect(page.getByRole('tab', { name: 'Playbook', selected: true })).toBeVisible();
  await dock.getByRole('button', { name: 'Cancel' }).click();
  await expect(dock.getByRole('status', { name: 'Drill status' })).toHaveText('Drill cancelled.');
  await expect(progress).toHaveCount(0);
});

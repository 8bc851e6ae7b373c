import AxeBuilder from '@axe-core/playwright';
import { fresh, openDrill } from './drillHelpers';
import { expect, test } from './fixtures';

test('the runbook is a numbered procedure and carries the drill of this version, also after a reload', async ({
  page,
  context,
}) => {
  await fresh(page);
  const dock = await openDrill(page);
  await dock.getByRole('button', { name: 'Run drill' }).click();
  await expect(dock.getByRole('status', { name: 'Drill status' })).toHaveText('Drill finished.');
  // The drill book is what the library keeps: a reload must not lose the drill for the runbook.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Runbook (Markdown)', exact: true }).check();
  const preview = dialog.getByRole('textbox', { name: 'Preview of Runbook (Markdown)' });
  await expect(preview).toHaveValue(/- Latest drill: \d+ runs, \d+ consistent/);
  await expect(preview).not.toHaveValue(/no drill of this version has run/);
  await expect(preview).toHaveValue(/### Step 7\. Undo completed steps/);
  await expect(preview).toHaveValue(/- If it fails: go to step 7 \("Undo completed steps"\)\./);

  await dialog.getByRole('radio', { name: 'Runbook (print view, HTML)', exact: true }).check();
  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  const printView = await opened;
  await printView.waitForLoadState();
  await expect(
    printView.getByRole('heading', { name: 'Step 6. Email customers (cannot be undone)' }),
  ).toBeVisible();
  await expect(printView.getByRole('img', { name: /^Flowchart of / })).toBeVisible();
  await expect(printView.getByText(/^Latest drill: \d+ runs/)).toBeVisible();
  const axe = await new AxeBuilder({ page: printView }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await printView.setViewportSize({ width: 1000, height: 1400 });
  await printView.getByRole('heading', { name: 'Flowchart', exact: true }).scrollIntoViewIfNeeded();
  await printView.screenshot({ path: '/tmp/runbook-procedure-flowchart.png' });
});

import AxeBuilder from '@axe-core/playwright';
import { inflateSync, strFromU8 } from 'fflate';
import { openExample } from './designerHelpers';
import { expect, type Page, test } from './fixtures';

/**
 * Issue 19: personal sample data is marked, and a file or a link that would carry it out of the
 * browser says so first, with the choice to mask it (on by default).
 */
const TEMPLATE = 'Restore without resurrecting erased contacts';
const FIRST_NODE = 'Step: Recalculate segments';
const SHOTS = process.env.E2E_SHOTS_DIR;

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.html.slice(0, 160))
          .join(' | ')}`,
    );
}

/** The playbook a share link carries (the fragment is base64url of raw DEFLATE of its JSON). */
function sharedPlaybook(link: string): { dataset: Record<string, Record<string, unknown>[]> } {
  const payload = decodeURIComponent(link.split('#share=')[1]!).replace(/^v1\./, '');
  const bytes = Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return JSON.parse(strFromU8(inflateSync(new Uint8Array(bytes))));
}

test('the export dialog warns before a file carries personal sample data, masked unless the person unticks it', async ({
  page,
}) => {
  await openExample(page, TEMPLATE, FIRST_NODE);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Rollbook playbook (canonical JSON)', exact: true }).check();
  const warning = dialog.getByRole('region', { name: 'Personal data in this export' });
  await expect(warning).toContainText('The sample dataset holds 6 personal values');
  const mask = warning.getByRole('checkbox', { name: 'Mask personal data in this file' });
  await expect(mask).toBeChecked();
  const preview = dialog.getByRole('textbox', { name: 'Preview of Rollbook playbook (canonical JSON)' });
  await expect(preview).toHaveValue(/person-1@example\.invalid/);
  await expect(preview).not.toHaveValue(/ana\.lima@example\.com/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-masked.png` });
  expect(await seriousViolations(page, '.export-dialog')).toEqual([]);

  await mask.uncheck();
  await expect(warning).toContainText('carries them out of the browser as they are');
  await expect(preview).toHaveValue(/ana\.lima@example\.com/);

  // A target that writes no sample data says nothing.
  await dialog.getByRole('radio', { name: 'BPMN 2.0 (XML with diagram)', exact: true }).check();
  await expect(dialog.getByRole('textbox', { name: 'Preview of BPMN 2.0 (XML with diagram)' })).toHaveValue(
    /<bpmn:definitions/,
  );
  await expect(warning).toHaveCount(0);
});

test('a share link warns and carries stand-ins instead of the personal values, unless unticked', async ({
  page,
}) => {
  await openExample(page, TEMPLATE, FIRST_NODE);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const warning = dialog.getByRole('region', { name: 'Personal data in this export' });
  await expect(warning).toContainText('6 personal values');
  const linkBox = dialog.getByRole('textbox', { name: 'Link to this playbook' });
  const masked = sharedPlaybook(await linkBox.inputValue());
  expect(masked.dataset.contacts!.map((contact) => contact.email)).not.toContain('ana.lima@example.com');
  expect(masked.dataset.contacts![0]!.segment).toBe('trial');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/share-masked.png` });
  expect(await seriousViolations(page, 'dialog')).toEqual([]);

  await warning.getByRole('checkbox', { name: 'Mask personal data in this link' }).uncheck();
  await expect
    .poll(async () => sharedPlaybook(await linkBox.inputValue()).dataset.contacts![0]!.email)
    .toBe('ana.lima@example.com');
});

test('personal fields are marked in the data model, and a snapshot kept too long is a personal-data problem', async ({
  page,
}) => {
  await openExample(page, TEMPLATE, FIRST_NODE);
  await page.getByRole('tab', { name: 'Data model' }).click();
  const model = page.getByRole('region', { name: 'Data model' });
  await expect(model.getByRole('checkbox', { name: 'Entity contacts field 2: personal' })).toBeChecked();
  await expect(
    model.getByRole('combobox', { name: 'Entity contacts field 2: personal data category' }),
  ).toHaveValue('contact');
  await expect(model.getByText('personal · identity')).toBeVisible();
  await expect(
    model.getByRole('checkbox', { name: 'Entity erasureLog field 2: personal' }),
  ).not.toBeChecked();

  // Retention shorter than the snapshot's 7 days: the Problems panel groups the finding.
  const retention = model.getByRole('textbox', { name: 'Entity contacts: keep personal data for' });
  await retention.fill('1 day');
  await page.getByRole('button', { name: /^Problems:/ }).click();
  const group = page.getByRole('region', { name: /^Personal data and retention/ });
  await expect(group).toContainText('longer than it may be kept (contacts: 1 d)');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-model-problems.png` });
  expect(await seriousViolations(page, 'section[aria-label="Data model"]')).toEqual([]);
  expect(await seriousViolations(page, '#problems-panel')).toEqual([]);
});

test('the inspector edits erasure and expiry, and the simulator marks personal columns', async ({ page }) => {
  await openExample(page, TEMPLATE, FIRST_NODE);
  await page.getByRole('group', { name: 'Step: Apply erasure requests' }).click();
  await expect(page.getByRole('checkbox', { name: /^Erasure on request/ })).toBeChecked();
  await page.getByRole('group', { name: 'Checkpoint: Snapshot contacts (kept 7 days)' }).click();
  const expires = page.getByRole('textbox', { name: 'Delete the snapshot after' });
  await expect(expires).toHaveValue('7 d');
  await expires.fill('');
  await page.getByRole('button', { name: /^Problems:/ }).click();
  await expect(page.getByRole('region', { name: /^Personal data and retention/ })).toContainText(
    'copies personal data of "contacts" and never expires',
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/inspector-expires.png` });
  await page.getByRole('button', { name: 'Undo' }).click();

  await page.getByRole('button', { name: 'Simulate' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'Mailing tool down: restore, erasures re-applied' });
  await dock.getByRole('button', { name: 'Run to end' }).click();
  await dock.getByRole('tab', { name: 'Data' }).click();
  // Nothing differs, so the table starts folded.
  await dock.locator('summary', { hasText: /^contacts/ }).click();
  const contacts = dock.getByRole('table', { name: 'Records of contacts' });
  await expect(contacts.getByRole('columnheader', { name: 'email personal · contact' })).toBeVisible();
  await expect(contacts.getByRole('columnheader', { name: 'segment', exact: true })).toBeVisible();
  await expect(dock.getByRole('region', { name: 'Violations' })).toContainText('Data rules broken: none.');
  // Compared with the snapshot with the erasure laid over it, as the verdict was: c-2 stays erased.
  await expect(dock.getByRole('region', { name: 'Data view' })).toContainText('no differences.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/simulator-data.png` });
});

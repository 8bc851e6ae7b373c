import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });

async function fromTemplate(page: Page, name: string): Promise<string> {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: `Use template: ${name}` }).click();
  await expect(saveState(page)).toHaveText('Saved');
  return page.url();
}

test('save a version, edit, restore the version (undoable), open it read-only', async ({ page }) => {
  await fromTemplate(page, 'Minimal saga');
  await page.getByRole('button', { name: 'Save version' }).click();
  await page.getByRole('textbox', { name: 'What changed?' }).fill('Before the extra step');
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();
  await expect(page.getByText('Saved as revision 1.')).toBeVisible();

  const added = page.getByRole('group', { name: 'Step: New step' });
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(added).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Saved');

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByText('Before the extra step')).toBeVisible();
  await history.getByRole('button', { name: 'Restore revision 1 as the draft' }).click();
  await expect(added).toHaveCount(0);
  await expect(page.getByText('Revision 1 is now the draft.')).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: Debit Alice' })).toBeVisible();
  await expect(added).toHaveCount(0);

  // The restore was logged, and read-only viewing works from the history.
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Open revision 1 read-only' }).click();
  await expect(page.getByRole('heading', { name: /revision 1 \(read-only\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this version as the draft' })).toBeVisible();
});

test('restoring a version is undoable', async ({ page }) => {
  await fromTemplate(page, 'Minimal saga');
  await page.getByRole('button', { name: 'Save version' }).click();
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Restore revision 1 as the draft' }).click();
  const added = page.getByRole('group', { name: 'Step: New step' });
  await expect(added).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(added).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Saved');
  await page.reload();
  await expect(added).toHaveCount(1);
});

test('two tabs: a tab without edits reloads cleanly; edits in both give a visible conflict, not a silent loss', async ({
  context,
}) => {
  const first = await context.newPage();
  const url = await fromTemplate(first, 'Minimal saga');
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('group', { name: 'Step: Debit Alice' })).toBeVisible();

  // 1. The second tab has no unsaved edits: it takes the first tab's save without asking.
  await first.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(saveState(first)).toHaveText('Saved');
  await expect(second.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
  await expect(second.getByText('Reloaded: this playbook was saved in another tab.')).toBeVisible();

  // 2. Both edit at once: whichever saves second is stopped and asked.
  await Promise.all([
    first.getByRole('button', { name: 'Add Check', exact: true }).click(),
    second.getByRole('button', { name: 'Add Notify', exact: true }).click(),
  ]);
  const conflictIn = async (page: Page) =>
    page.getByRole('alertdialog', { name: 'This playbook was changed in another tab' }).isVisible();
  await expect
    .poll(async () => (await conflictIn(first)) || (await conflictIn(second)), { timeout: 5000 })
    .toBe(true);
  const loser = (await conflictIn(first)) ? first : second;
  await expect(saveState(loser)).toHaveText('Not saved: changed in another tab');
  await loser.screenshot({ path: '/tmp/conflict.png' });
  await loser.getByRole('button', { name: 'Keep both' }).click();
  await expect(loser.getByText(/Your edits were saved as a copy in the library/)).toBeVisible();
  await loser.getByRole('link', { name: '← Library' }).click();
  await expect(loser.getByRole('row', { name: 'Minimal saga (copy)' })).toBeVisible();
  await expect(loser.getByRole('row', { name: 'Minimal saga', exact: true })).toBeVisible();
});

test('a corrupted IndexedDB record is listed as damaged and its raw JSON can be downloaded', async ({
  page,
}) => {
  await fromTemplate(page, 'Minimal saga');
  const raw = '{"format": "rollbook.playbook", "name": "Half written", "nodes": [';
  await page.evaluate(async (documentText) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('rollbook');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('playbooks', 'readwrite');
        const now = new Date().toISOString();
        tx.objectStore('playbooks').put({
          id: 'corrupted-1',
          name: 'Half written',
          documentText,
          revision: 1,
          version: 1,
          createdAt: now,
          updatedAt: now,
          lastWriter: 'test',
          summary: {
            valid: true,
            problemCount: 0,
            nodeCount: 0,
            approval: { approved: false, counting: 0, required: 1 },
          },
        });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, raw);
  await page.goto('/#/');
  const row = page.getByRole('row', { name: 'Half written (damaged)' });
  await expect(row).toBeVisible();
  await expect(row.getByText('Damaged')).toBeVisible();
  await expect(page.getByRole('row', { name: 'Minimal saga' })).toBeVisible();
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download raw JSON of Half written' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toBe(raw);
});

// FIXME: Chromium still commits these writes under Storage.overrideQuotaForOrigin (a fresh origin
// refuses a 5 MB write, a stored 6 MB draft rewritten is accepted); the failure path is not yet
// reached here. Kept as fixme until the quota is forced another way.
test.fixme('with the storage quota forced tiny the UI says Not saved, keeps the work, and Export still works', async ({
  page,
}) => {
  // Chromium lets small writes through a tiny quota, so the playbook carries 6 MB of notes: every
  // autosave of it is then refused as over quota.
  const big = JSON.stringify({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'big-notes',
    name: 'Playbook with big notes',
    'x-notes': 'n'.repeat(6_000_000),
    nodes: [
      { id: 't', kind: 'trigger', label: 'Go', signal: 'manual', position: { x: 0, y: 0 } },
      { id: 'e', kind: 'end', label: 'Done', outcome: 'completed', position: { x: 300, y: 0 } },
    ],
    edges: [{ id: 'n', source: 't', target: 'e', kind: 'next' }],
  });
  await page.goto('/#/');
  await page
    .getByLabel('Import playbook files')
    .setInputFiles([{ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) }]);
  await page.getByRole('link', { name: 'Playbook with big notes' }).first().click();
  await expect(saveState(page)).toHaveText('Saved');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  // Chromium caches the space it granted; a fresh page asks the quota manager again.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Trigger: Go' })).toBeVisible();
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  const started = Date.now();
  await expect(saveState(page)).toHaveText(/^Not saved: storage is full/, { timeout: 5000 });
  // The debounce is 300 ms; the failure shows as soon as the write is refused.
  console.log(`quota failure shown ${Date.now() - started} ms after the edit`);
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: storage is full.' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON now' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.nodes.some((node: { label: string }) => node.label === 'New step')).toBe(true);
  // Storage back: the next edit saves everything.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Add Notify', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved', { timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
});

test('a share link round-trips: opened read-only, saved to the library', async ({ page }) => {
  await fromTemplate(page, 'Payment refund saga');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this playbook' }).inputValue();
  expect(link).toContain('#share=v1.');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(
    page.getByRole('heading', { name: 'Payment refund saga (shared with you, read-only)' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Step: Refund card payment' })).toBeVisible();
  await page.getByRole('button', { name: 'Save to my library' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByRole('row', { name: 'Payment refund saga' })).toHaveCount(2);
});

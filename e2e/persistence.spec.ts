import { readFileSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';

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

  // 2. Both edit at once: whichever saves second is stopped and asked. Both edits must land within
  // the 300 ms autosave debounce; `force` skips the wait for a canvas still animating its view,
  // which otherwise let one tab save (and the other reload) before the second click.
  await Promise.all([
    first.getByRole('button', { name: 'Add Check', exact: true }).click({ force: true }),
    second.getByRole('button', { name: 'Add Notify', exact: true }).click({ force: true }),
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

// Chromium checks IndexedDB writes against the quota, but caches the space it once granted to an
// origin: an override made after the first write is not seen (a stored 6 MB draft was rewritten
// under a 1-byte quota). So the override is made before this fresh context's first write, with
// room for a small playbook, and the draft then grows past it.
test('with the storage quota forced tiny the UI says Not saved, keeps the work, and Export still works', async ({
  page,
  baseURL,
}) => {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(baseURL ?? '').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000 });
  await fromTemplate(page, 'Minimal saga');

  // 2 MB of text in one description: the next autosave is over the 1 MB quota.
  await page.getByRole('group', { name: 'Step: Debit Alice' }).click();
  const notes = 'Runbook notes. '.repeat(140_000);
  await page.getByRole('textbox', { name: 'Description' }).fill(notes);
  const edited = Date.now();
  await expect(saveState(page)).toHaveText('Not saved: storage is full', { timeout: 5000 });
  const shownAfterMs = Date.now() - edited;
  // Logged, not asserted: speed is measured in benchmarks, never in timed tests (a shared CI machine
  // took 2.9 s under load, earlier runs under 2 s). What is asserted: it is said, within the timeout.
  console.log(`quota failure shown ${shownAfterMs} ms after the edit`);
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved: storage is full.' });
  await expect(banner).toContainText('Your playbook stays open here.');

  // The work is kept in memory: another edit still shows, and never claims Saved.
  await page.getByRole('button', { name: 'Add Step', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Not saved: storage is full', { timeout: 5000 });
  await page.screenshot({ path: '/tmp/quota-not-saved.png' });

  // Export still works and carries everything, the unsaved edits included.
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export JSON now' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const nodes = exported.nodes as { label: string; description?: string }[];
  expect(nodes.some((node) => node.label === 'New step')).toBe(true);
  expect(nodes.find((node) => node.label === 'Debit Alice')?.description).toBe(notes);

  // Storage back: the next edit saves everything, and a reload shows it.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Add Notify', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved', { timeout: 10_000 });
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: New step' })).toHaveCount(1);
  await page.getByRole('group', { name: 'Step: Debit Alice' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(notes);
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

test('a read-only revision shows its own findings, not those of the open draft', async ({ page }) => {
  await fromTemplate(page, 'Minimal saga');
  await page.getByRole('button', { name: 'Save version' }).click();
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();
  await expect(page.getByText('Saved as revision 1.')).toBeVisible();
  // The draft loses Debit Alice's compensation: the designer flags the step.
  const debit = page.getByRole('group', { name: 'Step: Debit Alice' });
  await debit.click();
  await page.getByRole('button', { name: 'Delete link to Refund Alice' }).click();
  await expect(debit.getByText(/\d+ problems?/)).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');

  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Open revision 1 read-only' }).click();
  await expect(page.getByRole('heading', { name: /revision 1 \(read-only\)/ })).toBeVisible();
  const saved = page.getByRole('group', { name: 'Step: Debit Alice' });
  await expect(saved).toBeVisible();
  await expect(saved.getByText(/\d+ problems?/)).toHaveCount(0);
});

test('a download from the library is logged as an export in the audit log', async ({ page }) => {
  const url = await fromTemplate(page, 'Minimal saga');
  await page.getByRole('link', { name: '← Library' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON of Minimal saga' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Minimal-saga.json');
  expect(JSON.parse(readFileSync(await file.path(), 'utf8')).name).toBe('Minimal saga');
  await page.goto(`${url}/review`);
  const log = page.getByRole('region', { name: 'Audit log' });
  await expect(
    log.getByRole('listitem').filter({ hasText: 'exported: json (library download)' }),
  ).toHaveCount(1);
  await expect(log.getByText(/^Chain verified/)).toBeVisible();
});

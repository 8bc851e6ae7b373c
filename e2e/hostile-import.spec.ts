import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from './fixtures';

/**
 * Issue 10, item 2 through the UI: hostile files from test/fixtures/hostile/ imported with the
 * library's file picker. No dialog opens, no script runs (the corpus payloads set
 * `window.__rollbookCanary`), rejected files show a readable error, accepted ones show their text
 * as text. The CLI half (all 216 files, 10,000 mutations) is test/hostile/*.test.ts.
 */
const CORPUS = fileURLToPath(new URL('../test/fixtures/hostile/', import.meta.url));
const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .sort();

/** One reject of each kind: the name without its example suffix and its offset/number. */
const kindOf = (name: string) =>
  name
    .replace(/\.json$/, '')
    .replace(/-(minimal-saga|order-fulfilment-rollback|crm-merge-duplicates)/, '')
    .replace(/-\d+$/, '');
const rejectSample = [
  ...new Map(files.filter((n) => n.startsWith('reject-')).map((n) => [kindOf(n), n])).values(),
];
const acceptText = files.filter((name) => name.startsWith('accept-text-'));

const PAYLOADS: Record<string, string> = {
  'img-onerror': '<img src=x onerror="window.__rollbookCanary=1">',
  'javascript-url': 'javascript:window.__rollbookCanary=1',
  'script-tag': '</script><script>window.__rollbookCanary=1</script>',
  'svg-onload': '<svg onload="window.__rollbookCanary=1"></svg>',
  'markdown-link': '[click](javascript:window.__rollbookCanary=1)',
};

/** Fails the test if any dialog (alert, confirm, prompt, beforeunload) opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing ran: the canary is unset, and no element carries an inline handler or a javascript: link. */
async function expectNoScriptRan(page: Page, dialogs: string[]) {
  const state = await page.evaluate(() => ({
    canary: (window as unknown as { __rollbookCanary?: unknown }).__rollbookCanary,
    handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],[onfocus]').length,
    javascriptLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')].filter((element) =>
      /^\s*javascript:/i.test(
        element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '',
      ),
    ).length,
    injected: document.querySelectorAll('#root script, #root img[src="x"], #root svg[onload]').length,
  }));
  expect(state).toEqual({ canary: undefined, handlers: 0, javascriptLinks: 0, injected: 0 });
  expect(dialogs).toEqual([]);
}

test(`${rejectSample.length} hostile files of every kind are refused with a readable error, and nothing runs`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(rejectSample.length).toBeGreaterThanOrEqual(30);
  const dialogs = watchDialogs(page);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  const picker = page.getByLabel('Import playbook files');
  // In batches, as a user picking several files at once would.
  for (let start = 0; start < rejectSample.length; start += 40) {
    const batch = rejectSample.slice(start, start + 40);
    await picker.setInputFiles(batch.map((name) => `${CORPUS}${name}`));
    const results = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Imported/ }) });
    await expect(results.getByRole('heading')).toHaveText(
      `Imported 0 of ${batch.length} files (${batch.length} refused; nothing was changed for them)`,
    );
    for (const name of batch) {
      const errors = results.getByRole('list', { name: `Errors in ${name}`, exact: true });
      const first = errors.getByRole('listitem').first();
      await expect(first, name).toBeVisible();
      const text = (await first.innerText()).trim();
      // Readable: words a person can act on, not a stack trace or a stringified object.
      expect(text, name).toMatch(/[A-Za-z]{3,}/);
      expect(text, name).not.toMatch(/\[object |undefined|NaN|\n\s+at |TypeError|RangeError|SyntaxError: /);
      expect(text.length, name).toBeLessThan(2_000);
    }
    await expectNoScriptRan(page, dialogs);
    await page.getByRole('button', { name: 'Dismiss import results' }).click();
  }
  // Nothing was added.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test(`the ${acceptText.length} files with script-like text import, and show it as text in the library and the designer`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(acceptText.length).toBeGreaterThanOrEqual(15);
  const dialogs = watchDialogs(page);
  await page.goto('/#/');
  await page.getByLabel('Import playbook files').setInputFiles(acceptText.map((name) => `${CORPUS}${name}`));
  const results = page.getByRole('status').filter({ has: page.getByRole('heading', { name: /^Imported/ }) });
  await expect(results.getByRole('heading')).toHaveText(
    `Imported ${acceptText.length} of ${acceptText.length} files`,
  );
  for (const [kind, payload] of Object.entries(PAYLOADS)) {
    // The playbook's name is the payload (200 characters at most): a link whose text is exactly it.
    await expect(
      results.getByRole('link', { name: payload.slice(0, 200), exact: true }).first(),
    ).toBeVisible();
    expect(acceptText.some((name) => name.includes(kind))).toBe(true);
  }
  await expectNoScriptRan(page, dialogs);

  // Open one playbook per payload: node labels are shown as text on the canvas.
  for (const [kind, payload] of Object.entries(PAYLOADS)) {
    const file = acceptText.find((name) => name === `accept-text-${kind}-minimal-saga.json`);
    expect(file, kind).toBeDefined();
    await page.goto('/#/');
    const row = page
      .getByRole('row')
      .filter({ hasText: payload.slice(0, 200) })
      .first();
    await row.getByRole('link').first().click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const label = payload.slice(0, 120);
    await expect(page.locator('.react-flow__node').filter({ hasText: label }).first()).toBeVisible();
    await expectNoScriptRan(page, dialogs);
  }
});

import { expect, test } from './fixtures';

/**
 * Issue 10, item 1: the production build runs under the strict Content Security Policy, and the
 * suite's guard (e2e/fixtures.ts) would notice a violation. See docs/security.md.
 */
test('the built page carries the policy as a meta tag, and vite preview sends it as a header', async ({
  page,
}) => {
  const response = await page.goto('/#/');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  }
  // frame-ancestors works only as a header; in the meta element Chromium ignores it and logs an error.
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(meta).not.toContain('frame-ancestors');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test('the production build logs no console error on load', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('inline scripts, inline handlers and inline styles are refused, and the guard records each', async ({
  page,
  cspGuard,
}) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  // What an injected payload would try. (page.evaluate itself runs through the DevTools protocol,
  // which the policy does not govern; the elements it adds are the page's own and it does.)
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__rollbookCanary = 1';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__rollbookCanary = 2');
    document.body.append(button);
    button.click();
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(1, 2, 3) }';
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    button.remove();
    return {
      canary: (window as unknown as { __rollbookCanary?: unknown }).__rollbookCanary,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(outcome.canary).toBeUndefined();
  expect(outcome.background).not.toBe('rgb(1, 2, 3)');
  await expect
    .poll(() => [...new Set(cspGuard.filter((v) => v.source === 'event').map((v) => v.directive))].sort())
    .toEqual(['script-src-attr', 'script-src-elem', 'style-src-elem']);
  // These violations were the test's own doing: clear them, or the guard fails this test at teardown.
  cspGuard.splice(0);
});

test('a violation fails the test that caused it (this test is expected to fail, at teardown)', async ({
  page,
}) => {
  test.fail(true, 'the guard in e2e/fixtures.ts must fail a test with a CSP violation');
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__rollbookCanary = 1';
    document.body.append(script);
  });
});

import type { Page } from '@playwright/test';

/**
 * Imports a playbook through the library's file picker on `page` (at `origin`, or the config's
 * base URL) and returns the designer address of it, such as `#/playbooks/…`. Shared by the canvas
 * benches, so each opens the designer the way a person's bookmark or reload does.
 */
export async function designerAddress(page: Page, json: string, name: string, origin = ''): Promise<string> {
  await page.goto(`${origin}/#/`);
  await page
    .getByLabel('Import playbook files')
    .setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const link = page.getByRole('link', { name, exact: true }).first();
  await link.waitFor();
  return (await link.getAttribute('href')) ?? '';
}

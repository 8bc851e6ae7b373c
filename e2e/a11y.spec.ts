import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';

/**
 * Issue 10, item 3: axe on every view (whole page, not one panel), no serious or critical
 * violation; and the canvas worked by keyboard alone: focus a node, move it with the arrows, open
 * its inspector, link it to another node.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.html.slice(0, 160))
          .join(' | ')}`,
    );
}

const reserveStock = (page: Page) => page.getByRole('group', { name: 'Step: Reserve stock' });

/** The order-fulfilment example, opened from the library's templates. */
async function openExample(page: Page) {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: 'Use template: Order fulfilment rollback' }).click();
  await expect(reserveStock(page)).toBeVisible();
}

test('the library, empty and with a playbook, has no serious accessibility violation', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await openExample(page);
  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByRole('row', { name: 'Order fulfilment rollback' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the designer with a node in the inspector has no serious accessibility violation', async ({ page }) => {
  await openExample(page);
  await reserveStock(page).click();
  await expect(page.getByRole('form', { name: 'Edit Step: Reserve stock' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the simulator panel after a run, and the drill view, have no serious accessibility violation', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Simulate' }).click();
  const dock = page.getByRole('region', { name: 'Simulator' });
  await dock
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'Carrier API down for 10 minutes' });
  await dock.getByRole('button', { name: 'Run to end' }).click();
  await expect(dock.getByRole('region', { name: 'Verdict' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await dock.getByRole('tab', { name: 'Drill' }).click();
  await dock.getByRole('button', { name: 'Run drill' }).click();
  await expect(dock.getByRole('status', { name: 'Drill status' })).toHaveText('Drill finished.');
  await expect(dock.getByRole('table', { name: 'Drill matrix' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the review page and the export dialog have no serious accessibility violation', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('textbox', { name: /^Preview of/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review: Order fulfilment rollback' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the canvas works by keyboard: focus a node, move it with the arrows, open its inspector, link it', async ({
  page,
}) => {
  await openExample(page);
  // Tab from the page into the canvas until a node has the focus.
  let focused = '';
  for (let presses = 0; presses < 80 && !focused.startsWith('Step: '); presses += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() =>
      document.activeElement?.classList.contains('react-flow__node')
        ? (document.activeElement.getAttribute('aria-label') ?? '')
        : '',
    );
  }
  expect(focused, 'Tab reaches a step on the canvas').toMatch(/^Step: /);
  const node = page.getByRole('group', { name: focused, exact: true });
  await expect(node).toBeFocused();

  // Enter selects it: the inspector shows its form.
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Edit ${focused}` });
  await expect(form).toBeVisible();

  // The arrows move it (with the node still focused).
  await node.focus();
  const before = await node.boundingBox();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => ((await node.boundingBox())?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(4);

  // Link it to another node, by keyboard, through the inspector: the first target and kind the
  // connection rules allow (the same rules as a drag).
  const links = form.locator('section[aria-label="Links"]');
  const target = links.getByRole('combobox', { name: 'New link to' });
  const kind = links.getByRole('combobox', { name: 'New link kind' });
  const addLink = links.getByRole('button', { name: 'Add link' });
  // The example's steps already have one link of each kind: remove one first, by keyboard too.
  const linksBefore = await links.getByRole('listitem').count();
  await links
    .getByRole('button', { name: /^Delete link to / })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(links.getByRole('listitem')).toHaveCount(linksBefore - 1);
  let allowed = false;
  for (const kindValue of await kind
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))) {
    await kind.focus();
    await kind.selectOption(kindValue);
    const targets = await target
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    for (const targetValue of targets.filter(Boolean)) {
      await target.focus();
      await target.selectOption(targetValue);
      if (await addLink.isEnabled()) {
        allowed = true;
        break;
      }
    }
    if (allowed) break;
  }
  expect(allowed, 'some link from the node is allowed').toBe(true);
  await addLink.focus();
  await page.keyboard.press('Enter');
  await expect(links.getByRole('listitem')).toHaveCount(linksBefore);
});

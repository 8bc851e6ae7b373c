import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openExample } from './designerHelpers';
import { expect, test } from './fixtures';

interface ExampleNode {
  id: string;
  kind: string;
  label: string;
}
interface ExampleEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  when?: boolean;
}

const example = JSON.parse(
  readFileSync(new URL('../src/templates/examples/order-fulfilment-rollback.json', import.meta.url), 'utf8'),
) as { nodes: ExampleNode[]; edges: ExampleEdge[] };

const KIND_TITLE = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);
const EDGE_WORD: Record<string, string> = { next: 'Next', failure: 'On failure', compensate: 'Undone by' };

test.beforeEach(async ({ page }) => {
  await openExample(page);
});

test('the first screen shows every node of the order-fulfilment example by kind and label', async ({
  page,
}) => {
  for (const node of example.nodes) {
    await expect(
      page.getByRole('group', { name: `${KIND_TITLE(node.kind)}: ${node.label}`, exact: true }),
    ).toBeVisible();
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(example.nodes.length);
});

test('the first screen draws every edge of the example, named by kind and ends', async ({ page }) => {
  const labels = new Map(example.nodes.map((node) => [node.id, node.label]));
  for (const edge of example.edges) {
    const word = edge.kind === 'branch' ? `Branch ${edge.when ? 'yes' : 'no'}` : EDGE_WORD[edge.kind];
    const name = `${word} from ${labels.get(edge.source)} to ${labels.get(edge.target)}`;
    await expect(page.getByRole('group', { name, exact: true })).toHaveCount(1);
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(example.edges.length);
  await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
});

/**
 * Watches, from the first script on, whether a lazy page's fallback (routes.tsx) is ever put on
 * screen. A render before the page's module arrived would commit it, and React would then hold the
 * page back until the fallback had been shown for 300 ms, so it does not flash (issue 20).
 */
async function watchChunkFallback(page: Page): Promise<() => Promise<boolean>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __chunkFallbackShown: boolean };
    w.__chunkFallbackShown = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-waiting="chunk"]')) w.__chunkFallbackShown = true;
    }).observe(document, { subtree: true, childList: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __chunkFallbackShown: boolean }).__chunkFallbackShown);
}

test('a playbook opened straight from its address draws the designer without waiting on the chunk fallback', async ({
  page,
}) => {
  const fallbackShown = await watchChunkFallback(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Step: Reserve stock' })).toBeVisible();
  expect(await fallbackShown()).toBe(false);
});

test('a review page opened straight from its address is drawn without the chunk fallback too', async ({
  page,
}) => {
  const fallbackShown = await watchChunkFallback(page);
  const designerUrl = page.url();
  await page.goto('about:blank');
  await page.goto(`${designerUrl}/review`);
  await expect(page.getByRole('heading', { name: 'Review: Order fulfilment rollback' })).toBeVisible();
  expect(await fallbackShown()).toBe(false);
});

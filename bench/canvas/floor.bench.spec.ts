import { type Browser, test } from '@playwright/test';
import { generatedPlaybook } from './benchPlaybook';
import { designerAddress } from './designerAddress';
import { interactive } from './interactive';

/**
 * Issue 20, open fast: where the designer's time to interactive goes, by layers that each add one
 * thing to the one before, opened in turn every round (so the machine's noise hits all five):
 *
 * - `bare`: bare React Flow, the playbook from localStorage (the report bench's baseline);
 * - `bare + IndexedDB`: the same page reading the stored row from the app's IndexedDB
 *   (bare.html?indexedDB);
 * - `modules, plain nodes`: React Flow's default nodes, with the modules our nodes import loaded
 *   (floor.html?plain);
 * - `our nodes`: the designer's node and edge components, nothing else of the app (floor.html);
 * - `designer`: the app on the playbook's address.
 *
 * Prints each layer's median time to interactive and ratio to bare, and the median of each round's
 * difference between a layer and the one before: what that layer costs. Asserts nothing.
 *
 * Run: npx playwright test -c bench/canvas/playwright.bench.config.ts floor.bench.spec
 *   (FLOOR_SIZE=100, FLOOR_ROUNDS=9)
 */
const SIZE = Number(process.env.FLOOR_SIZE ?? 100);
const ROUNDS = Number(process.env.FLOOR_ROUNDS ?? 9);

const LAYERS = ['bare', 'bare + IndexedDB', 'modules, plain nodes', 'our nodes', 'designer'] as const;
type Layer = (typeof LAYERS)[number];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;

/** The address of `layer`'s page, given the designer address of the stored playbook. */
function urlOf(layer: Layer, designerHref: string): string {
  // The floor pages read the id from `#/floor/:id`: on a designer address the app's early entry,
  // which the nodes' modules import, would start loading the whole designer.
  const floorHash = designerHref.replace('#/playbooks/', '#/floor/');
  if (layer === 'bare') return '/bench/canvas/bare.html';
  if (layer === 'bare + IndexedDB') return `/bench/canvas/bare.html?indexedDB${floorHash}`;
  if (layer === 'modules, plain nodes') return `/bench/canvas/floor.html?plain${floorHash}`;
  if (layer === 'our nodes') return `/bench/canvas/floor.html${floorHash}`;
  return `/${designerHref}`;
}

async function open(browser: Browser, layer: Layer, json: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    let href = '';
    if (layer === 'bare') {
      await context.addInitScript(
        (value) => localStorage.setItem('rollbook.designer.document.v1', value),
        json,
      );
    } else {
      // Every other layer reads the playbook the app stored: import it through the library first.
      const setup = await context.newPage();
      href = await designerAddress(setup, json, `Benchmark ${SIZE}`);
      await setup.close();
    }
    const page = await context.newPage();
    await page.goto(urlOf(layer, href));
    return await page.evaluate(interactive, SIZE);
  } finally {
    await context.close();
  }
}

test('floor: the designer by layers, against bare React Flow', async ({ browser }) => {
  const json = JSON.stringify(generatedPlaybook(SIZE));
  const samples = new Map<Layer, number[]>(LAYERS.map((layer) => [layer, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const layer of LAYERS) samples.get(layer)?.push(await open(browser, layer, json));

  const bare = samples.get('bare') ?? [];
  const bareMedian = median(bare);
  console.log(`\nFloor, ${SIZE} nodes, medians of ${ROUNDS} alternating rounds`);
  console.log('layer                  TTI ms  x bare  x bare paired  cost over the layer above (paired)');
  LAYERS.forEach((layer, index) => {
    const rows = samples.get(layer) ?? [];
    const above = index > 0 ? (samples.get(LAYERS[index - 1]!) ?? []) : [];
    const paired = median(rows.map((value, round) => value / (bare[round] ?? value)));
    const cost =
      index > 0 ? `${median(rows.map((value, round) => value - (above[round] ?? value))).toFixed(0)} ms` : '';
    console.log(
      `${layer.padEnd(22)} ${median(rows).toFixed(0).padStart(6)}  ${(median(rows) / bareMedian).toFixed(2).padStart(5)}x  ${paired.toFixed(2).padStart(12)}x  ${cost.padStart(8)}   (${rows.map((value) => value.toFixed(0)).join(' ')})`,
    );
  });
});

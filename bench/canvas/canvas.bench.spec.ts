import { type Page, test } from '@playwright/test';

/**
 * Canvas benchmark (issue 3's bar): open a generated 1,000-node playbook, then drag a node for 60
 * frames; time to interactive and p95 frame time, for the designer and for a bare React Flow page
 * with the same nodes, measured in the same run, rounds alternating. Prints figures; asserts nothing.
 *
 * Run: npx playwright test -c bench/canvas/playwright.bench.config.ts
 */
const NODE_COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DRAG_FRAMES = 60;
/** Where the bare page reads the playbook from. */
const STORAGE_KEY = 'rollbook.designer.document.v1';

/** 1 trigger, 499 steps each with its compensation, 1 end: 1,000 nodes, 998 edges, valid. */
function generatedPlaybook() {
  const steps = (NODE_COUNT - 2) / 2;
  const nodes: Record<string, unknown>[] = [
    { id: 't1', kind: 'trigger', label: 'Start', signal: 'manual', position: { x: 0, y: 0 } },
  ];
  const edges: Record<string, unknown>[] = [];
  let previous = 't1';
  for (let i = 1; i <= steps; i++) {
    const x = ((i - 1) % 25) * 230 + 230;
    const y = Math.floor((i - 1) / 25) * 300;
    nodes.push({ id: `s${i}`, kind: 'step', label: `Step ${i}`, position: { x, y } });
    nodes.push({ id: `c${i}`, kind: 'compensation', label: `Undo step ${i}`, position: { x, y: y + 140 } });
    edges.push({ id: `n${i}`, source: previous, target: `s${i}`, kind: 'next' });
    edges.push({ id: `k${i}`, source: `s${i}`, target: `c${i}`, kind: 'compensate' });
    previous = `s${i}`;
  }
  nodes.push({ id: 'end', kind: 'end', label: 'Done', outcome: 'completed', position: { x: 0, y: 300 } });
  edges.push({ id: 'n-end', source: previous, target: 'end', kind: 'next' });
  return {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'bench-1000',
    name: 'Benchmark 1000',
    nodes,
    edges,
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 50);

async function measure(page: Page, url: string): Promise<{ ttiMs: number; p95Ms: number }> {
  await page.goto(url);
  // Time to interactive: every node in the DOM and measured, then two frames painted.
  const ttiMs = await page.evaluate(
    (count) =>
      new Promise<number>((resolve) => {
        const check = () => {
          // The designer draws only the nodes in view on a large playbook; bare React Flow draws all.
          const nodes = document.querySelectorAll('.react-flow__node');
          const measured =
            nodes.length >= Math.min(count, 40) &&
            (nodes[nodes.length - 1] as HTMLElement).style.visibility !== 'hidden';
          if (measured) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
          else requestAnimationFrame(check);
        };
        check();
      }),
    NODE_COUNT,
  );
  // A node well inside the view, to drag.
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      if (
        r.left > pane.left + 80 &&
        r.top > pane.top + 80 &&
        r.right < pane.left + pane.width / 2 &&
        r.bottom < pane.top + pane.height / 2
      )
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error('no node in view');
  });
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const loop = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(loop);
    });
  });
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let frame = 1; frame <= DRAG_FRAMES; frame++) {
    await page.mouse.move(box.x + frame * 4, box.y + frame * 2);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  return { ttiMs, p95Ms: percentile(frames.slice(1), 95) };
}

/**
 * Puts the generated playbook in the library through the designer's own Import JSON (the same
 * parse path as any import) and returns the designer address that opens it.
 */
async function saveInLibrary(page: Page, json: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('button', { name: 'Use template: Minimal saga' }).click();
  await page
    .getByLabel('Import JSON file')
    .setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('heading', { name: 'Benchmark 1000' }).waitFor();
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Save state"]')?.textContent === 'Saved',
  );
  await page.waitForTimeout(500);
  return page.url();
}

test('canvas benchmark: 1,000 nodes, designer vs bare React Flow', async ({ browser }) => {
  const json = JSON.stringify(generatedPlaybook());
  const results = {
    designer: [] as { ttiMs: number; p95Ms: number }[],
    bare: [] as { ttiMs: number; p95Ms: number }[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    // The designer: the playbook saved in the library, opened at its address (a real start-up).
    const designerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const setup = await designerContext.newPage();
    const address = await saveInLibrary(setup, json);
    await setup.close();
    results.designer.push(await measure(await designerContext.newPage(), address));
    await designerContext.close();
    // Bare React Flow: the same nodes and edges, handed over in localStorage.
    const bareContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await bareContext.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEY,
      json,
    ] as const);
    results.bare.push(await measure(await bareContext.newPage(), '/bench/canvas/bare.html'));
    await bareContext.close();
  }
  const summary = (name: 'designer' | 'bare') => ({
    ttiMs: Math.round(median(results[name].map((r) => r.ttiMs))),
    p95FrameMs: Number(median(results[name].map((r) => r.p95Ms)).toFixed(1)),
  });
  const designer = summary('designer');
  const bare = summary('bare');
  console.log(`canvas bench (${NODE_COUNT} nodes, ${DRAG_FRAMES}-frame drag, median of ${ROUNDS} rounds)`);
  console.log(`  designer: time to interactive ${designer.ttiMs} ms, p95 frame ${designer.p95FrameMs} ms`);
  console.log(`  bare RF : time to interactive ${bare.ttiMs} ms, p95 frame ${bare.p95FrameMs} ms`);
  console.log(
    `  ratio   : tti ${(designer.ttiMs / bare.ttiMs).toFixed(2)}x, p95 ${(designer.p95FrameMs / bare.p95FrameMs).toFixed(2)}x`,
  );
  console.log(`  raw     : ${JSON.stringify(results)}`);
});

import { writeFileSync } from 'node:fs';
import { type Browser, type Page, test } from '@playwright/test';
import { generatedPlaybook } from './benchPlaybook';
import { designerAddress } from './designerAddress';
import { interactive } from './interactive';

/**
 * Issue 10's performance report (docs/performance.md): for generated playbooks of 100, 500, 1,000
 * and 2,000 nodes, time to interactive, drag p95 frame time and long tasks of the designer, side by
 * side with a bare React Flow page of the same nodes in the same run (rounds alternate, so machine
 * noise hits both), and the bare page with `onlyRenderVisibleElements`, the technique the designer
 * uses above 300 nodes. Prints a table and writes it as JSON; asserts nothing.
 *
 * Run: npx playwright test -c bench/canvas/playwright.bench.config.ts report.bench.spec
 * (part of `npm run bench`). BENCH_SIZES=100,500 and BENCH_ROUNDS=3 change the sizes and rounds.
 */
const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000,2000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const DRAG_FRAMES = 60;
const BARE_KEY = 'rollbook.designer.document.v1';
const OUT = process.env.BENCH_OUT ?? '/tmp/rollbook-canvas-report.json';

interface Sample {
  ttiMs: number;
  p95Ms: number;
  longTasks: number;
  blockingMs: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 50);

/** Records long tasks from the very start of the page (before any of its scripts). */
const LONG_TASK_RECORDER = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function measure(page: Page, url: string, expected: number): Promise<Sample> {
  await page.goto(url);
  // Interactive: the nodes in view are in the DOM and measured, then two frames painted.
  const ttiMs = await page.evaluate(interactive, expected);
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) throw new Error('no canvas');
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
  const { frames, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __longTasks: number[] };
    w.__recording = false;
    return { frames: w.__frames, longTasks: w.__longTasks };
  });
  return {
    ttiMs,
    p95Ms: percentile(frames.slice(1), 95),
    longTasks: longTasks.length,
    blockingMs: longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
  };
}

async function sample(browser: Browser, variant: Variant, json: string, size: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONG_TASK_RECORDER);
  try {
    if (variant === 'designer') {
      const setup = await context.newPage();
      const href = await designerAddress(setup, json, `Benchmark ${size}`);
      await setup.close();
      return await measure(await context.newPage(), `/${href}`, size);
    }
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      BARE_KEY,
      json,
    ] as const);
    const url = variant === 'bare' ? '/bench/canvas/bare.html' : '/bench/canvas/bare.html?visibleOnly';
    return await measure(await context.newPage(), url, size);
  } finally {
    await context.close();
  }
}

const VARIANTS = ['designer', 'bare', 'bare-visible-only'] as const;
type Variant = (typeof VARIANTS)[number];

test('canvas report: designer vs bare React Flow at 100 to 2,000 nodes', async ({ browser }) => {
  const rows: Record<string, unknown>[] = [];
  // Per size, designer ÷ bare TTI of each round: the machine's drift between rounds moves both pages
  // of a round together, so their median says more than the ratio of the two medians.
  const pairedRatios = new Map<number, number[]>();
  for (const size of SIZES) {
    const json = JSON.stringify(generatedPlaybook(size));
    const samples: Record<Variant, Sample[]> = { designer: [], bare: [], 'bare-visible-only': [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of VARIANTS) samples[variant].push(await sample(browser, variant, json, size));
    }
    pairedRatios.set(
      size,
      samples.designer.map((designer, round) => designer.ttiMs / (samples.bare[round]?.ttiMs ?? Number.NaN)),
    );
    for (const variant of VARIANTS) {
      const s = samples[variant];
      rows.push({
        nodes: size,
        page: variant,
        ttiMs: Math.round(median(s.map((x) => x.ttiMs))),
        dragP95Ms: Number(median(s.map((x) => x.p95Ms)).toFixed(1)),
        longTasks: median(s.map((x) => x.longTasks)),
        blockingMs: Math.round(median(s.map((x) => x.blockingMs))),
        ...(variant === 'designer'
          ? { ttiRatioPaired: Number(median(pairedRatios.get(size) ?? []).toFixed(2)) }
          : {}),
      });
    }
  }
  const byKey = new Map(rows.map((row) => [`${row.nodes}:${row.page}`, row]));
  console.log(
    `\nCanvas report: median of ${ROUNDS} rounds; ${DRAG_FRAMES}-frame drag; ratio = designer / bare`,
  );
  console.log(
    'nodes  page               TTI ms  drag p95 ms  long tasks  blocking ms   ratio TTI  ratio p95',
  );
  for (const row of rows) {
    const bare = byKey.get(`${row.nodes}:bare`) as { ttiMs: number; dragP95Ms: number };
    const ratio = row.page === 'designer';
    console.log(
      `${String(row.nodes).padStart(5)}  ${String(row.page).padEnd(17)} ${String(row.ttiMs).padStart(7)}  ${String(row.dragP95Ms).padStart(11)}  ${String(row.longTasks).padStart(10)}  ${String(row.blockingMs).padStart(11)}  ${ratio ? `${((row.ttiMs as number) / bare.ttiMs).toFixed(2)}x`.padStart(10) : ''.padStart(10)}  ${ratio ? `${((row.dragP95Ms as number) / bare.dragP95Ms).toFixed(2)}x`.padStart(9) : ''}`,
    );
  }
  for (const [size, ratios] of pairedRatios)
    console.log(
      `${String(size).padStart(5)}  TTI ratio paired by round (median of designer / bare): ${median(ratios).toFixed(2)}x  (${ratios.map((ratio) => ratio.toFixed(2)).join(' ')})`,
    );
  writeFileSync(OUT, JSON.stringify({ rounds: ROUNDS, dragFrames: DRAG_FRAMES, rows }, null, 2));
  console.log(`(written to ${OUT})`);
});

import { type Browser, type CDPSession, test } from '@playwright/test';
import { generatedPlaybook } from './benchPlaybook';
import { designerAddress } from './designerAddress';
import { interactive } from './interactive';

/**
 * Issue 20, open fast: the designer's time to interactive on two builds side by side, with the
 * bare React Flow page. Build A is another tree served at BENCH_A; build B is this tree, served by
 * the bench config. Each round opens A, B and bare in turn, so the machine's noise hits all three;
 * prints the medians, their ratio to bare, and main-thread CPU until interactive (CDP `ThreadTime`),
 * then B against A round by round (the median difference, and in how many rounds B was lower).
 * Asserts nothing.
 *
 * Serve the other tree (a worktree of the old commit) first:
 *   BENCH_DIST=/tmp/rb-old npx vite build --config bench/canvas/vite.bench.config.ts
 *   npx vite preview --config bench/canvas/vite.bench.config.ts --port 4401 --host 127.0.0.1
 * then: BENCH_A=http://127.0.0.1:4401 npx playwright test -c bench/canvas/playwright.bench.config.ts
 *   compare.bench.spec   (COMPARE_SIZE=100, COMPARE_ROUNDS=7)
 */
const SIZE = Number(process.env.COMPARE_SIZE ?? 100);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 7);
const OTHER = process.env.BENCH_A;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/** One open of the designer at `origin` (or of the bare page): time to interactive and CPU, ms. */
async function open(
  browser: Browser,
  origin: string,
  json: string,
  bare: boolean,
): Promise<[number, number]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    let url = `${origin}/bench/canvas/bare.html`;
    if (bare) {
      await context.addInitScript(
        (value) => localStorage.setItem('rollbook.designer.document.v1', value),
        json,
      );
    } else {
      const setup = await context.newPage();
      url = `${origin}/${await designerAddress(setup, json, `Benchmark ${SIZE}`, origin)}`;
      await setup.close();
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await threadMs(cdp);
    await page.goto(url);
    const tti = await page.evaluate(interactive, SIZE);
    return [tti, (await threadMs(cdp)) - before];
  } finally {
    await context.close();
  }
}

test('compare: the designer of two builds against bare React Flow', async ({ browser, baseURL }) => {
  test.skip(!OTHER, 'BENCH_A names the origin of the other build (see the comment above)');
  const json = JSON.stringify(generatedPlaybook(SIZE));
  const pages = { 'A (BENCH_A)': OTHER!, 'B (this tree)': baseURL!, bare: baseURL! };
  const samples = new Map<string, [number, number][]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, origin] of Object.entries(pages)) {
      const sample = await open(browser, origin, json, name === 'bare');
      samples.set(name, [...(samples.get(name) ?? []), sample]);
    }
  }
  const bareTti = median((samples.get('bare') ?? []).map(([tti]) => tti));
  console.log(`\nCompare, ${SIZE} nodes, medians of ${ROUNDS} alternating rounds`);
  for (const [name, rows] of samples) {
    const tti = median(rows.map(([value]) => value));
    const cpu = median(rows.map(([, value]) => value));
    console.log(
      `${name.padEnd(14)} TTI ${tti.toFixed(0).padStart(5)} ms  ${(tti / bareTti).toFixed(2)}x bare  CPU ${cpu.toFixed(0).padStart(5)} ms  (${rows.map(([value]) => value.toFixed(0)).join(' ')})`,
    );
  }
  // Paired by round: the machine's load drifts between rounds more than a change moves the open, so
  // B is compared with the A (and the bare page) of its own round.
  const [a, b, bare] = Object.keys(pages).map((name) => samples.get(name) ?? []);
  const paired = (pick: (row: [number, number]) => number) => {
    const deltas = (b ?? []).map((row, round) => pick(row) - pick(a?.[round] ?? row));
    return `median ${median(deltas).toFixed(0)} ms, B lower in ${deltas.filter((delta) => delta < 0).length} of ${deltas.length} rounds`;
  };
  const roundRatio = (rows: [number, number][] | undefined) =>
    median((rows ?? []).map(([tti], round) => tti / (bare?.[round]?.[0] ?? tti))).toFixed(2);
  console.log(`B - A, paired by round: TTI ${paired(([tti]) => tti)}; CPU ${paired(([, cpu]) => cpu)}`);
  console.log(`ratio to the bare page of the same round, median: A ${roundRatio(a)}x, B ${roundRatio(b)}x`);
});

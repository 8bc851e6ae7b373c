import { writeFileSync } from 'node:fs';
import { type CDPSession, test } from '@playwright/test';
import { generatedPlaybook } from './benchPlaybook';
import { designerAddress } from './designerAddress';
import { interactive } from './interactive';

/**
 * Issue 20, open fast: where the designer's first open of a stored playbook spends its time, from
 * the app's own `performance` marks (designer chunk loaded, stored playbook read and parsed, first
 * canvas render, first analysis), the script and chunk fetches, and the long tasks, each in ms
 * since navigation start, beside the bare React Flow page's time to interactive. Prints a
 * timeline per round; asserts nothing.
 *
 * Run: BENCH_PORT=4391 BENCH_DIST=/tmp/rb-trace-dist npx playwright test \
 *   -c bench/canvas/playwright.bench.config.ts open-trace.bench.spec   (TRACE_SIZE=100, TRACE_ROUNDS=3)
 */
const SIZE = Number(process.env.TRACE_SIZE ?? 100);
const ROUNDS = Number(process.env.TRACE_ROUNDS ?? 3);

const RECORDER = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Main-thread CPU time and DOM size (CDP Performance metrics): less swayed by other processes than wall time. */
async function cpuMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}
const cpuLine = (before: Record<string, number>, after: Record<string, number>) => {
  const ms = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000).toFixed(0);
  return `main-thread CPU ${ms('ThreadTime')} ms (script ${ms('ScriptDuration')}, compile ${ms('V8CompileDuration')}, style ${ms('RecalcStyleDuration')}, layout ${ms('LayoutDuration')}), DOM nodes ${after.Nodes}`;
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The 25 functions with the most self time (ms), and self time per script file. */
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log('self ms by file:');
  for (const [file, ms] of top(byFile, 15)) console.log(`${ms.toFixed(0).padStart(7)}  ${file}`);
  console.log('self ms by function:');
  for (const [name, ms] of top(byFunction, 25)) console.log(`${ms.toFixed(0).padStart(7)}  ${name}`);
}

test('open trace: the designer against bare React Flow', async ({ browser }) => {
  const json = JSON.stringify(generatedPlaybook(SIZE));
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(RECORDER);
    const setup = await context.newPage();
    const href = await designerAddress(setup, json, `Benchmark ${SIZE}`);
    await setup.close();
    const page = await context.newPage();
    // TRACE_PROFILE=1: a CPU profile of the open (CDP), summed by function, to name the long tasks.
    const metricsSession = await context.newCDPSession(page);
    await metricsSession.send('Performance.enable');
    const cpuBefore = await cpuMetrics(metricsSession);
    const cdp = process.env.TRACE_PROFILE ? metricsSession : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`/${href}`);
    const tti = await page.evaluate(interactive, SIZE);
    const designerCpu = cpuLine(cpuBefore, await cpuMetrics(metricsSession));
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      printProfile(profile);
      // TRACE_PROFILE_OUT=dir keeps each round's profile (.cpuprofile, opens in Chrome's DevTools).
      if (process.env.TRACE_PROFILE_OUT)
        writeFileSync(
          `${process.env.TRACE_PROFILE_OUT}/open-${SIZE}-${round + 1}.cpuprofile`,
          JSON.stringify(profile),
        );
    }
    await page.getByRole('button', { name: /^Problems: (?!Checking)/ }).waitFor();
    const timeline = await page.evaluate(() => {
      const rows: [number, string][] = [];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      rows.push([nav.responseEnd, 'html received'], [nav.domInteractive, 'DOM interactive']);
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (!/\.(js|css)$/.test(entry.name)) continue;
        rows.push([entry.startTime, `fetch start ${entry.name.split('/').pop()}`]);
        rows.push([entry.responseEnd, `fetch end   ${entry.name.split('/').pop()}`]);
      }
      for (const mark of performance.getEntriesByType('mark')) rows.push([mark.startTime, mark.name]);
      for (const measure of performance.getEntriesByType('measure'))
        rows.push([measure.startTime, `${measure.name} (${measure.duration.toFixed(1)} ms)`]);
      for (const task of (window as unknown as { __longTasks: { start: number; duration: number }[] })
        .__longTasks)
        rows.push([task.start, `long task ${task.duration.toFixed(0)} ms`]);
      return rows.sort((a, b) => a[0] - b[0]);
    });
    await context.close();
    const bareContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await bareContext.addInitScript(RECORDER);
    await bareContext.addInitScript(
      (value) => localStorage.setItem('rollbook.designer.document.v1', value),
      json,
    );
    const bare = await bareContext.newPage();
    const bareSession = await bareContext.newCDPSession(bare);
    await bareSession.send('Performance.enable');
    const bareBefore = await cpuMetrics(bareSession);
    await bare.goto('/bench/canvas/bare.html');
    const bareTti = await bare.evaluate(interactive, SIZE);
    const bareCpu = cpuLine(bareBefore, await cpuMetrics(bareSession));
    const bareTasks = await bare.evaluate(() =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.map(
        (task) => `${task.start.toFixed(0)}+${task.duration.toFixed(0)}`,
      ),
    );
    await bareContext.close();
    console.log(`bare long tasks (start+ms): ${bareTasks.join(', ')}`);
    console.log(
      `\nround ${round + 1}, ${SIZE} nodes: designer TTI ${tti.toFixed(0)} ms, bare ${bareTti.toFixed(0)} ms`,
    );
    console.log(`designer until interactive: ${designerCpu}\nbare until interactive:     ${bareCpu}`);
    for (const [at, what] of timeline) console.log(`${at.toFixed(0).padStart(7)}  ${what}`);
    console.log(`${tti.toFixed(0).padStart(7)}  interactive (nodes in view measured + 2 frames)`);
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSaga } from '../../bench/fixtures/saga';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { type DrillEntry, drillEntries, drillSize } from '../../src/simulator';
import { drillStepTasks } from '../../src/simulator/drill';
import { inThreadSliceWorker, poolSizeFor, runPooledDrill } from '../../src/simulator/drillPool';
import {
  contiguousRanges,
  runDrillSlice,
  stepTaskWeights,
  weightedRanges,
} from '../../src/simulator/drillSlices';
import { playbookArb } from './arbitraryPlaybook';

const folder = new URL('../../src/templates/examples/', import.meta.url);
const examples: [string, Playbook][] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const parsed = parsePlaybook(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    return [file, parsed.playbook];
  });
const sagas: [string, Playbook][] = [7, 23].map((steps) => [`a ${steps}-step saga`, generateSaga(steps)]);

/** Workers that answer in a scrambled order (a slow worker and a fast one), in this thread. */
function pool(size: number) {
  return Array.from({ length: size }, (_, index) => {
    const worker = inThreadSliceWorker((playbook, slice) => runDrillSlice(playbook, slice), 3 + index);
    return {
      async runSlice(...args: Parameters<typeof worker.runSlice>) {
        // The second worker is slower: slices finish out of order, rows must still come in order.
        if (index % 2 === 1) await new Promise((resolve) => setTimeout(resolve, 1));
        return worker.runSlice(...args);
      },
    };
  });
}

async function pooled(playbook: Playbook, size: number) {
  const rows: DrillEntry[] = [];
  const progress: number[] = [];
  const outcome = await runPooledDrill(playbook, pool(size), (done, _total, batch) => {
    progress.push(done);
    rows.push(...batch);
  });
  return { outcome, rows, progress };
}

describe('the drill on a pool of workers', () => {
  it.each([...examples, ...sagas])(
    'the pooled drill of %s gives the rows of the single-worker drill, in the same order',
    async (_name, playbook) => {
      const single = [...drillEntries(playbook)];
      for (const size of [1, 2, 3]) {
        const { outcome, rows, progress } = await pooled(playbook, size);
        expect(outcome).toEqual({ ok: true, runs: single.length });
        expect(rows).toEqual(single);
        expect(progress.at(-1)).toBe(drillSize(playbook));
        expect(progress).toEqual([...progress].sort((a, b) => a - b));
      }
    },
  );

  it('keeps a base that only an earlier item-3 run gives (r1 of the order example on c1:fail)', async () => {
    const order = examples.find(([name]) => name.startsWith('order'))![1];
    const { rows } = await pooled(order, 2);
    expect(rows.find((entry) => entry.run.name === 'r1:fail')?.run).toMatchObject({
      status: 'run',
      basedOn: 'c1:fail',
    });
  });

  it('gives the same rows as one worker for any generated playbook', async () => {
    await fc.assert(
      fc.asyncProperty(playbookArb, fc.integer({ min: 1, max: 4 }), async (playbook, size) => {
        const { rows } = await pooled(playbook, size);
        expect(rows).toEqual([...drillEntries(playbook)]);
      }),
      { numRuns: 40 },
    );
  });

  it('starts one worker per 500 runs, at least one, at most as many as there are', () => {
    const small = examples[0]![1];
    expect(poolSizeFor(small, 8)).toBe(1);
    const large = generateSaga(300); // the baseline, 4 or 5 faults per step, each compensation
    expect(drillSize(large)).toBe(1561);
    expect(poolSizeFor(large, 8)).toBe(4);
    expect(poolSizeFor(large, 2)).toBe(2);
    expect(poolSizeFor(large, 0)).toBe(1);
  });

  it('cuts a list into contiguous, nearly equal ranges that cover it once', () => {
    expect(contiguousRanges(10, 3)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 10 },
    ]);
    expect(contiguousRanges(2, 6)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
    expect(contiguousRanges(0, 4)).toEqual([]);
  });

  it('cuts weighted tasks into contiguous ranges of nearly equal weight that cover them once', () => {
    expect(weightedRanges([1, 1, 1, 1, 1, 1], 3)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 6 },
    ]);
    // A heavy tail gets short ranges: weights 1..8 sum to 36, about 18 per half.
    expect(weightedRanges([1, 2, 3, 4, 5, 6, 7, 8], 2)).toEqual([
      { from: 0, to: 6 },
      { from: 6, to: 8 },
    ]);
    expect(weightedRanges([5], 4)).toEqual([{ from: 0, to: 1 }]);
    expect(weightedRanges([], 4)).toEqual([]);
  });

  it("weighs a saga's step runs by what they walk: forward to the end, or back through shared compensations", () => {
    const saga = generateSaga(40);
    const weights = stepTaskWeights(saga);
    expect(weights).toHaveLength(drillSize(saga) - 40); // every row but item 3's
    expect(weights[0]).toBe(1); // the baseline
    const tasks = drillStepTasks(saga);
    const weightOf = (name: string) => weights[tasks.findIndex((task) => task.name === name)]!;
    // s0:duplicate walks the 39 steps after s0; s39:duplicate none.
    expect(weightOf('s0:duplicate')).toBe(40);
    expect(weightOf('s39:duplicate')).toBe(1);
    // s39:fail walks back 39 revert compensations, shared with s38's runs: 1 + 39/32.
    expect(weightOf('s39:fail')).toBeCloseTo(1 + 39 / 32);
    const [first, second] = weightedRanges(weights, 2);
    // Equal cost puts the cut before the middle of the list: early runs walk further.
    expect(first!.to).toBeLessThan(weights.length * 0.4);
    expect(second!.to).toBe(weights.length);
  });
});

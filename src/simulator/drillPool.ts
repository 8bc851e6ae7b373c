import type { Playbook } from '../domain/types';
import { type DrillEntry, drillOnTopNodes, drillSize } from './drill';
import {
  contiguousRanges,
  type DrillSlice,
  resolveOnTopBases,
  type SliceOutcome,
  type StepSliceFindings,
  stepTaskWeights,
  weightedRanges,
} from './drillSlices';
import type { RunError } from './session';

/**
 * One worker of the pool, as the coordinator sees it: runs a slice, hands its rows over in batches
 * as they are made (in the slice's order), and answers with the slice's outcome. The browser's is a
 * Web Worker (src/workers/drill.worker.ts), the command line's a worker thread, the tests' a call.
 */
export interface DrillSliceWorker {
  runSlice(
    playbook: Playbook,
    slice: DrillSlice,
    onBatch: (batch: DrillEntry[]) => void,
  ): Promise<SliceOutcome>;
}

export type PooledDrillOutcome = { ok: true; runs: number } | { ok: false; error: RunError };

/**
 * How many slices per worker: more than one evens out slices that happen to be slower (a run that
 * forks late walks less), fewer keeps each worker's executor set-up (one baseline walk) rare.
 */
const SLICES_PER_WORKER = 2;

/**
 * Runs per worker below which another worker is not worth starting: each starts cold (its module,
 * its JIT warm-up), which costs more than a few hundred short runs (docs/performance.md).
 */
const RUNS_PER_WORKER = 500;

/** How many of `available` workers a drill of this playbook uses: one per 500 runs, at least one. */
export function poolSizeFor(playbook: Playbook, available: number): number {
  return Math.max(1, Math.min(available, Math.ceil(drillSize(playbook) / RUNS_PER_WORKER)));
}

/**
 * The drill on a pool of workers (issue 20). Items 1 and 2 are cut into contiguous slices that the
 * workers take in order; item 3's bases are then resolved from what those slices found, and item 3
 * is cut the same way (or left whole when some node can only be based on an earlier item-3 run).
 * `onProgress` reports every run done and hands rows over strictly in the spec's order: a slice's
 * rows wait until every slice before it has handed over its own. With one worker this is the
 * drill of `drillEntries`, slice after slice; the rows are the same whatever the pool's size.
 */
export async function runPooledDrill(
  playbook: Playbook,
  workers: readonly DrillSliceWorker[],
  onProgress: (done: number, total: number, batch: DrillEntry[]) => void,
): Promise<PooledDrillOutcome> {
  if (workers.length === 0) throw new Error('a drill pool needs at least one worker');
  const total = drillSize(playbook);
  let done = 0;
  let handedOver = 0;
  // Rows are buffered per slice; slice k is flushed once slices 0..k-1 were flushed and finished.
  const buffers: DrillEntry[][] = [];
  const finished: boolean[] = [];
  let nextToFlush = 0;
  const flush = (): DrillEntry[] => {
    const out: DrillEntry[] = [];
    while (nextToFlush < buffers.length) {
      const buffer = buffers[nextToFlush]!;
      out.push(...buffer.splice(0, buffer.length));
      if (!finished[nextToFlush]) break;
      nextToFlush += 1;
    }
    return out;
  };
  const report = () => {
    const batch = flush();
    handedOver += batch.length;
    onProgress(done, total, batch);
  };

  /** Runs slices on the pool: each idle worker takes the next slice; resolves in slice order. */
  const runAll = async (slices: DrillSlice[]): Promise<SliceOutcome[]> => {
    const first = buffers.length;
    for (const _ of slices) {
      buffers.push([]);
      finished.push(false);
    }
    const outcomes: SliceOutcome[] = new Array(slices.length);
    let next = 0;
    const take = async (worker: DrillSliceWorker): Promise<void> => {
      while (next < slices.length) {
        const at = next;
        next += 1;
        outcomes[at] = await worker.runSlice(playbook, slices[at]!, (batch) => {
          done += batch.length;
          buffers[first + at]!.push(...batch);
          report();
        });
        finished[first + at] = true;
        if (!outcomes[at]!.ok) return;
      }
    };
    await Promise.all(workers.map(take));
    report();
    return outcomes;
  };

  onProgress(0, total, []);
  // Cut by estimated cost, not by count: late runs of a saga walk back more compensations.
  const stepSlices: DrillSlice[] = weightedRanges(
    stepTaskWeights(playbook),
    workers.length * SLICES_PER_WORKER,
  ).map((range) => ({ kind: 'steps', ...range }));
  const stepOutcomes = await runAll(stepSlices);
  const findings: StepSliceFindings[] = [];
  for (const outcome of stepOutcomes) {
    if (!outcome?.ok) return { ok: false, error: failureOf(outcome) };
    if (outcome.findings) findings.push(outcome.findings);
  }

  const bases = resolveOnTopBases(playbook, findings);
  const onTopCount = drillOnTopNodes(playbook).length;
  // A node without a base here may be based on an earlier item-3 run: only one slice sees those all.
  const parts = bases.includes(null) ? 1 : workers.length * SLICES_PER_WORKER;
  const onTopSlices: DrillSlice[] = contiguousRanges(onTopCount, parts).map((range) => ({
    kind: 'on-top',
    ...range,
    bases,
  }));
  for (const outcome of await runAll(onTopSlices)) {
    if (!outcome?.ok) return { ok: false, error: failureOf(outcome) };
  }
  return { ok: true, runs: handedOver };
}

function failureOf(outcome: SliceOutcome | undefined): RunError {
  return outcome && !outcome.ok
    ? outcome.error
    : { message: 'a drill worker stopped without an answer', path: '' };
}

/**
 * A worker that runs slices in this thread: the pool of one the tests and the command line's
 * `--workers 1` compare against, and what a worker does inside (src/workers/drill.worker.ts).
 */
export function inThreadSliceWorker(
  runSlice: (playbook: Playbook, slice: DrillSlice) => Generator<DrillEntry, SliceOutcome>,
  batchSize = 64,
): DrillSliceWorker {
  return {
    async runSlice(playbook, slice, onBatch) {
      const rows = runSlice(playbook, slice);
      let batch: DrillEntry[] = [];
      for (;;) {
        const next = rows.next();
        if (next.done) {
          if (batch.length > 0) onBatch(batch);
          return next.value;
        }
        batch.push(next.value);
        if (batch.length >= batchSize) {
          onBatch(batch);
          batch = [];
          // Let other workers' answers and a Cancel in.
          await Promise.resolve();
        }
      }
    },
  };
}

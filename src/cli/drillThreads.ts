import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Playbook } from '../domain/types';
import type { DrillEntry, DrillResult } from '../simulator';
import { drillResultOf } from '../simulator';
import { type DrillSliceWorker, runPooledDrill } from '../simulator/drillPool';
import { type DrillSlice, runDrillSlice } from '../simulator/drillSlices';
import type { RunError } from '../simulator/session';

/** Marks a worker thread started by the drill pool (the same built file runs in it). */
const WORKER_MARK = 'rollbook-drill-slice-worker';

/** The playbook travels with a thread's first slice only: each copy costs a clone and cold caches. */
type Request = { id: number; playbook: Playbook | null; slice: DrillSlice };
type Reply = { id: number; batch: DrillEntry[] } | { id: number; outcome: unknown };

/** True when this thread is a drill pool worker: main.ts then serves slices instead of the command line. */
export const isDrillWorkerThread = (): boolean =>
  !isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK;

/** Serves slices in a worker thread: rows in batches of 256, then the slice's outcome. */
export function serveDrillSlices(): void {
  let current: Playbook | null = null;
  parentPort?.on('message', ({ id, playbook, slice }: Request) => {
    current = playbook ?? current;
    if (!current) throw new Error('a drill slice arrived before its playbook');
    const rows = runDrillSlice(current, slice);
    let batch: DrillEntry[] = [];
    for (;;) {
      const next = rows.next();
      if (next.done) {
        if (batch.length > 0) parentPort?.postMessage({ id, batch } satisfies Reply);
        parentPort?.postMessage({ id, outcome: next.value } satisfies Reply);
        return;
      }
      batch.push(next.value);
      if (batch.length >= 256) {
        parentPort?.postMessage({ id, batch } satisfies Reply);
        batch = [];
      }
    }
  });
}

/**
 * A larger young generation for the drill's threads (about what `node --max-semi-space-size=64`
 * gives). A run's records and journals live for the whole run (a 5,000-node run walks thousands
 * of steps), so with V8's default many outlive a scavenge and are promoted, to be freed only by
 * full collections: the garbage collector took 28 % of a 1-worker 5,000-node drill's profile. The
 * 5,000-node drill on 2 threads took 10.3 s with this against 13.9 s without (docs/performance.md).
 */
const DRILL_HEAP = { maxYoungGenerationSizeMb: 192 };

/** How many workers `rollbook drill` uses by default: the machine's cores (at least one). */
export const defaultDrillWorkers = (): number => Math.max(1, availableParallelism());

/**
 * The drill on `size` worker threads, each running this very file (`entry`, the built CLI). One
 * port carries a slice's batches and then its answer, in order, so no row can arrive late.
 */
export async function drillOnThreads(
  playbook: Playbook,
  size: number,
  entry: URL,
): Promise<{ ok: true; drill: DrillResult } | { ok: false; error: RunError }> {
  const threads = Array.from(
    { length: size },
    () => new Worker(entry, { workerData: { mark: WORKER_MARK }, resourceLimits: DRILL_HEAP }),
  );
  let nextId = 0;
  const pool: DrillSliceWorker[] = threads.map((thread) => {
    let sent = false;
    return {
      runSlice(slicePlaybook, slice, onBatch) {
        const id = nextId++;
        const playbookToSend = sent ? null : slicePlaybook;
        sent = true;
        return new Promise((resolve, reject) => {
          const onMessage = (reply: Reply) => {
            if (reply.id !== id) return;
            if ('batch' in reply) return onBatch(reply.batch);
            thread.off('message', onMessage);
            thread.off('error', reject);
            resolve(reply.outcome as Awaited<ReturnType<DrillSliceWorker['runSlice']>>);
          };
          thread.on('message', onMessage);
          thread.once('error', reject);
          thread.postMessage({ id, playbook: playbookToSend, slice } satisfies Request);
        });
      },
    };
  });
  try {
    const rows: DrillEntry[] = [];
    const outcome = await runPooledDrill(playbook, pool, (_done, _total, batch) => rows.push(...batch));
    return outcome.ok ? { ok: true, drill: drillResultOf(playbook, rows) } : outcome;
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

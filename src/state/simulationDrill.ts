import * as Comlink from 'comlink';
import { create, useStore } from 'zustand';
import type { Playbook } from '../domain/types';
import { type DrillEntry, type DrillResult, summarizeDrill } from '../simulator';
import { type DrillSliceWorker, poolSizeFor, runPooledDrill } from '../simulator/drillPool';
import type { DrillWorkerApi } from '../workers/drill.worker';
import { documentStore } from './documentStore';

/** The drill view's state: never in the document. */
export interface DrillState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  entries: DrillEntry[];
  result: DrillResult | null;
  /** The document the drill ran on: a cell opens its run on this one. */
  playbook: Playbook | null;
  message: string | null;
  /** Wall-clock time the drill took, for the summary line. */
  elapsedMs: number | null;
}

/** Something that runs a drill off the page's thread and can be stopped at once. */
export interface DrillRunner {
  run(
    playbook: Playbook,
    onProgress: (done: number, total: number, batch: DrillEntry[]) => void,
  ): Promise<Awaited<ReturnType<DrillWorkerApi['run']>>>;
  cancel(): void;
}

/** The real runner: a module Web Worker through comlink; Cancel terminates it, which stops it at once. */
export function workerDrillRunner(): DrillRunner {
  let worker: Worker | null = null;
  let reject: ((reason: Error) => void) | null = null;
  return {
    run(playbook, onProgress) {
      worker = new Worker(new URL('../workers/drill.worker.ts', import.meta.url), { type: 'module' });
      const api = Comlink.wrap<DrillWorkerApi>(worker);
      const running = api.run(playbook, Comlink.proxy(onProgress));
      const cancelled = new Promise<never>((_, fail) => {
        reject = fail;
      });
      return Promise.race([running, cancelled]).finally(() => {
        worker?.terminate();
        worker = null;
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      reject?.(new Error('cancelled'));
    },
  };
}

/**
 * The drill on every core (issue 20): up to `size` module Web Workers (the machine's logical cores
 * by default; one per 500 runs, at least one), each running slices of the drill (src/simulator/drillPool.ts); rows reach
 * the page in the spec's order. Cancel terminates every worker at once.
 */
export function pooledDrillRunner(size = navigator.hardwareConcurrency || 1): DrillRunner {
  let workers: Worker[] = [];
  let reject: ((reason: Error) => void) | null = null;
  const stop = () => {
    for (const worker of workers) worker.terminate();
    workers = [];
  };
  return {
    run(playbook, onProgress) {
      workers = Array.from(
        { length: poolSizeFor(playbook, size) },
        () => new Worker(new URL('../workers/drill.worker.ts', import.meta.url), { type: 'module' }),
      );
      const pool = workers.map((worker) => sliceWorkerOf(Comlink.wrap<DrillWorkerApi>(worker)));
      const running = runPooledDrill(playbook, pool, onProgress);
      const cancelled = new Promise<never>((_, fail) => {
        reject = fail;
      });
      return Promise.race([running, cancelled]).finally(stop);
    },
    cancel() {
      stop();
      reject?.(new Error('cancelled'));
    },
  };
}

/**
 * A drill worker as the pool sees it. Batches come through comlink's callback port and the answer
 * through the worker's own, which are not ordered: a slice counts as done only once all its rows
 * (one per item of its range) have arrived, so the pool never hands rows over out of order.
 */
function sliceWorkerOf(api: Comlink.Remote<DrillWorkerApi>): DrillSliceWorker {
  let sent = false;
  return {
    async runSlice(playbook, slice, onBatch) {
      let received = 0;
      // The worker keeps the playbook of its first slice: it is cloned across once.
      const playbookToSend = sent ? null : playbook;
      sent = true;
      const outcome = await api.runSlice(
        playbookToSend,
        slice,
        Comlink.proxy((batch: DrillEntry[]) => {
          received += batch.length;
          onBatch(batch);
        }),
      );
      if (outcome.ok) await caughtUp(() => received, slice.to - slice.from);
      return outcome;
    },
  };
}

export const drillStore = create<DrillState>(() => ({
  status: 'idle',
  done: 0,
  total: 0,
  entries: [],
  result: null,
  playbook: null,
  message: null,
  elapsedMs: null,
}));

let makeRunner: () => DrillRunner = () => pooledDrillRunner();

/** Waits (2 s at most) until `runs` rows have arrived through the callback port. */
async function caughtUp(count: () => number, runs: number): Promise<void> {
  for (let waited = 0; count() < runs && waited < 2000; waited += 5)
    await new Promise((resolve) => setTimeout(resolve, 5));
}
let current: DrillRunner | null = null;

/** Swaps how drills run (tests run them in-process). */
export function setDrillRunner(factory: () => DrillRunner): void {
  makeRunner = factory;
}

export const drillActions = {
  /** Starts the drill of the document as it is now. */
  async drillRequested(): Promise<void> {
    current?.cancel();
    const playbook = documentStore.getState().document;
    const runner = makeRunner();
    current = runner;
    const started = performance.now();
    drillStore.setState({
      status: 'running',
      done: 0,
      total: 0,
      entries: [],
      result: null,
      playbook,
      message: null,
      elapsedMs: null,
    });
    // Runs arrive in batches; they are kept out of the store until the end, so the page renders only the bar meanwhile.
    const received: DrillEntry[] = [];
    try {
      const outcome = await runner.run(playbook, (done, total, batch) => {
        if (current !== runner) return;
        for (const entry of batch) received.push(entry);
        drillStore.setState({ done, total });
      });
      // Progress comes through comlink's callback port, the answer through the worker's own:
      // the two are not ordered, so the last batch may land just after the answer.
      if (outcome.ok) await caughtUp(() => received.length, outcome.runs);
      if (current !== runner) return;
      if (!outcome.ok) {
        drillStore.setState({ status: 'failed', message: `The drill cannot run: ${outcome.error.message}.` });
        return;
      }
      drillStore.setState({
        status: 'done',
        entries: received,
        result: {
          playbook: playbook.id,
          runs: received.map((entry) => entry.run),
          summary: summarizeDrill(received.map((entry) => entry.run)),
        },
        done: received.length,
        total: received.length,
        elapsedMs: performance.now() - started,
      });
    } catch (error) {
      if (current !== runner) return;
      const cancelled = error instanceof Error && error.message === 'cancelled';
      drillStore.setState({
        status: cancelled ? 'cancelled' : 'failed',
        message: cancelled ? 'Drill cancelled.' : `The drill stopped: ${String(error)}`,
      });
    } finally {
      if (current === runner) current = null;
    }
  },
  cancelRequested(): void {
    const runner = current;
    if (!runner) return;
    runner.cancel();
  },
};

export const useDrill = <T>(selector: (state: DrillState) => T): T => useStore(drillStore, selector);

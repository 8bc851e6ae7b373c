/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { Playbook } from '../domain/types';
import { type DrillEntry, drillEntries, drillSize, type RunError } from '../simulator';
import { type DrillSlice, runDrillSlice, type SliceOutcome } from '../simulator/drillSlices';

/** How often, at most, the worker reports progress: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 50;

/**
 * What the drill worker offers the page (through comlink). Runs reach the page in batches with
 * the progress, so no single message is large enough to stall the page when it is decoded.
 * Cancel is the page terminating the worker.
 */
export interface DrillWorkerApi {
  run(
    playbook: Playbook,
    onProgress: (done: number, total: number, batch: DrillEntry[]) => void,
  ): Promise<{ ok: true; runs: number } | { ok: false; error: RunError }>;
  /**
   * One slice of a pooled drill (src/simulator/drillPool.ts): its rows in batches, then its outcome.
   * `playbook` is null after the worker's first slice: it keeps the one it was given (each copy
   * costs a clone and cold caches).
   */
  runSlice(
    playbook: Playbook | null,
    slice: DrillSlice,
    onBatch: (batch: DrillEntry[]) => void,
  ): Promise<SliceOutcome>;
}

/** The playbook of this worker's slices (see runSlice). */
let current: Playbook | null = null;

const api: DrillWorkerApi = {
  async run(playbook, onProgress) {
    const total = drillSize(playbook);
    let batch: DrillEntry[] = [];
    let done = 0;
    const generator = drillEntries(playbook);
    let lastReport = 0;
    onProgress(0, total, []);
    for (;;) {
      const next = generator.next();
      if (next.done) {
        if (next.value) return { ok: false, error: next.value };
        break;
      }
      batch.push(next.value);
      done += 1;
      const now = performance.now();
      if (now - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = now;
        onProgress(done, total, batch);
        batch = [];
      }
    }
    onProgress(done, total, batch);
    return { ok: true, runs: done };
  },
  async runSlice(playbook, slice, onBatch) {
    current = playbook ?? current;
    if (!current) throw new Error('a drill slice arrived before its playbook');
    const rows = runDrillSlice(current, slice);
    let batch: DrillEntry[] = [];
    let lastReport = performance.now();
    for (;;) {
      const next = rows.next();
      if (next.done) {
        if (batch.length > 0) onBatch(batch);
        return next.value;
      }
      batch.push(next.value);
      const now = performance.now();
      if (now - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = now;
        onBatch(batch);
        batch = [];
      }
    }
  },
};

Comlink.expose(api);

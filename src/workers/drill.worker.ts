/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { Playbook } from '../domain/types';
import type { RunError } from '../simulator';
import { type DrillEntry, drillEntries, drillSize } from './drillPlan';

/** How often, at most, the worker reports progress: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 50;

/** What the drill worker offers the page (through comlink). Cancel is the page terminating it. */
export interface DrillWorkerApi {
  run(
    playbook: Playbook,
    onProgress: (done: number, total: number) => void,
  ): Promise<{ ok: true; entries: DrillEntry[] } | { ok: false; error: RunError }>;
}

const api: DrillWorkerApi = {
  async run(playbook, onProgress) {
    const total = drillSize(playbook);
    const entries: DrillEntry[] = [];
    const generator = drillEntries(playbook);
    let lastReport = 0;
    onProgress(0, total);
    for (;;) {
      const next = generator.next();
      if (next.done) {
        if (next.value) return { ok: false, error: next.value };
        break;
      }
      entries.push(next.value);
      const now = performance.now();
      if (now - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = now;
        onProgress(entries.length, total);
      }
    }
    onProgress(entries.length, total);
    return { ok: true, entries };
  },
};

Comlink.expose(api);

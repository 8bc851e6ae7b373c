import { z } from 'zod';
import { create, useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { DrillSummary } from '../simulator';
import { followOtherTabs, localStorageJson } from './localStorageJson';

// The drill book alone: no drill store, no simulator, so the library page can show scores without
// loading the designer's code (issue 10's bundle budget). libraryDrills.ts re-exports all of it.

/** The last drill of a playbook: its score and the content hash of exactly what was drilled. */
export interface DrillRecord {
  contentHash: string;
  at: string;
  summary: DrillSummary;
}

type DrillBook = Record<string, DrillRecord[]>;

const count = z.number().int().nonnegative();
const recordSchema = z.object({
  contentHash: z.string(),
  at: z.string(),
  summary: z.object({
    runs: count,
    consistent: count,
    withinRto: count,
    notReached: count,
    worstRecoveryMs: z.number(),
  }),
});

/**
 * Each playbook's records, keeping the ones that read: one damaged record costs its own score,
 * not every playbook's (a whole book that fails would be overwritten by the next drill).
 */
const bookSchema = z.record(
  z.string(),
  z.unknown().transform((records) =>
    (Array.isArray(records) ? records : []).flatMap((record) => {
      const parsed = recordSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
);

// A drill score is a convenience: when localStorage refuses the write, the drill can run again.
const drillBookStore = create<DrillBook>()(
  persist((): DrillBook => ({}), {
    name: 'rollbook.drills.v1',
    storage: localStorageJson({ schema: bookSchema }),
  }),
);
followOtherTabs(drillBookStore);

/** Drill results per library id, newest first (a few per playbook), kept in this browser. */
export function drillsOf(playbookId: string): DrillRecord[] {
  return drillBookStore.getState()[playbookId] ?? [];
}

/** The latest drill of this exact content, if one ran. */
export function drillForHash(playbookId: string, hash: string): DrillRecord | undefined {
  return drillsOf(playbookId).find((record) => record.contentHash === hash);
}

/** The records of one playbook, re-read when a drill is recorded (here or in another tab). */
export function useDrillRecords(playbookId: string | null): DrillRecord[] | undefined {
  return useStore(drillBookStore, (book) => (playbookId === null ? undefined : book[playbookId]));
}

export function recordDrill(playbookId: string, record: DrillRecord): void {
  const kept = drillsOf(playbookId).filter((old) => old.contentHash !== record.contentHash);
  drillBookStore.setState({ [playbookId]: [record, ...kept].slice(0, 10) });
}

/** "17/18 consistent" */
export function drillScore(summary: DrillSummary): string {
  return `${summary.consistent}/${summary.runs} consistent`;
}

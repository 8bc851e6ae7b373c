import { useStore } from 'zustand';
import { contentHash } from '../review';
import type { DrillSummary } from '../simulator';
import { drillStore } from './simulationDrill';

/** The last drill of a playbook: its score and the content hash of exactly what was drilled. */
export interface DrillRecord {
  contentHash: string;
  at: string;
  summary: DrillSummary;
}

const DRILLS_KEY = 'rollbook.drills.v1';

type DrillBook = Record<string, DrillRecord[]>;

function readBook(): DrillBook {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(DRILLS_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as DrillBook) : {};
  } catch {
    return {};
  }
}

/** Drill results per library id, newest first (a few per playbook), kept in this browser. */
export function drillsOf(playbookId: string): DrillRecord[] {
  return readBook()[playbookId] ?? [];
}

/** The latest drill of this exact content, if one ran. */
export function drillForHash(playbookId: string, hash: string): DrillRecord | undefined {
  return drillsOf(playbookId).find((record) => record.contentHash === hash);
}

export function recordDrill(playbookId: string, record: DrillRecord): void {
  const book = readBook();
  const kept = (book[playbookId] ?? []).filter((old) => old.contentHash !== record.contentHash);
  book[playbookId] = [record, ...kept].slice(0, 10);
  try {
    localStorage.setItem(DRILLS_KEY, JSON.stringify(book));
  } catch {
    // A drill score is a convenience; the drill can be run again.
  }
}

/** "17/18 consistent" */
export function drillScore(summary: DrillSummary): string {
  return `${summary.consistent}/${summary.runs} consistent`;
}

/**
 * Records every finished drill under the open playbook, keyed by the content hash of the document
 * the drill ran on, so review mode can show the drill of exactly the version under review.
 */
export function recordDrillsOf(currentPlaybookId: () => string | null): () => void {
  return drillStore.subscribe((state, previous) => {
    if (state.status !== 'done' || previous.status === 'done' || !state.result || !state.playbook) return;
    const id = currentPlaybookId();
    if (id === null) return;
    const { summary } = state.result;
    void contentHash(state.playbook).then((hash) =>
      recordDrill(id, { contentHash: hash, at: new Date().toISOString(), summary }),
    );
  });
}

/** Re-reads when a drill finishes in this tab. */
export const useDrillVersion = (): number => useStore(drillStore, (s) => (s.status === 'done' ? s.done : -1));

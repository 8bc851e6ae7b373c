import type { DrillSummary } from '../simulator';

// The drill book alone: no drill store, no simulator, so the library page can show scores without
// loading the designer's code (issue 10's bundle budget). libraryDrills.ts re-exports all of it.

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

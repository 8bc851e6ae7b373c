import type { ProcedureStep } from './procedure';

/** How a step ended, as the operator ticked it. */
export type StepOutcome = 'done' | 'failed' | 'skipped';
export const STEP_OUTCOMES: readonly StepOutcome[] = ['done', 'failed', 'skipped'];

/** What the operator says ended the incident. */
export type IncidentEnd = 'resolved' | 'abandoned';

/** What an entry of the record says happened, before the chain numbers and hashes it. */
export type IncidentFact =
  | { type: 'started' }
  /** A step of the procedure ticked (`step` is its number), or a step not in it (`step` null, `label`). */
  | {
      type: 'step';
      step: number | null;
      nodeId: string | null;
      label: string;
      outcome: StepOutcome;
      note?: string;
    }
  | { type: 'finished'; end: IncidentEnd; note?: string };

/**
 * One entry of an incident's record. Entries form a hash chain like the audit log's
 * (src/review/auditLog.ts): `prevHash` of the first entry is the hash of the audit entry that
 * logged the incident's start, so the record hangs off the playbook's audit chain; each entry's
 * `hash` covers every other field.
 */
export type IncidentEntry = IncidentFact & {
  seq: number;
  /** UTC timestamp from the operator's clock. */
  at: string;
  /** Who did it: the "acting as" name of the profile. */
  actor: string;
  prevHash: string;
  hash: string;
};

/**
 * An incident: a run of the playbook's procedure by people, kept in the library. The procedure is
 * copied in when the incident starts, so later edits of the playbook never change what the
 * operator was asked to do.
 */
export interface IncidentRecord {
  id: string;
  /** The playbook's library id. */
  playbookId: string;
  playbookName: string;
  revision: number;
  /** The playbook's content hash when the incident started (spec section 8). */
  contentHash: string;
  rtoMs: number | null;
  steps: ProcedureStep[];
  startedAt: string;
  /** The hash of the audit entry that logged the start: the record's genesis. */
  auditAnchor: string;
  entries: IncidentEntry[];
}

/** One step as the checklist shows it now: its last tick, if any. */
export interface StepState {
  step: ProcedureStep;
  outcome: StepOutcome | null;
  by?: string;
  at?: string;
  /** Time from the previous tick (or the start) to this step's tick. */
  tookMs?: number;
  note?: string;
}

export interface IncidentProgress {
  steps: StepState[];
  /** Ticks of steps not in the procedure, in order. */
  added: { label: string; outcome: StepOutcome; by: string; at: string; tookMs: number; note?: string }[];
  /** The step the procedure says to do now: after a done or skipped step its next, after a failure its branch. */
  current: number | null;
  /** The step the last failure sent the operator to, with the failed step's number. */
  branch: { from: number; to: number | null } | null;
  finished: { at: string; by: string; end: IncidentEnd; note?: string } | null;
  /** The time of the last entry: the clock of the time taken by the next tick. */
  lastAt: string;
}

const ms = (iso: string) => Date.parse(iso);

/**
 * Where the procedure points after a tick: the failure branch of a failed step, else its next;
 * steps already done earlier (out of order) are passed over, so doing a step early is counted once.
 */
export function pointsTo(
  step: ProcedureStep,
  outcome: StepOutcome,
  byNumber: ReadonlyMap<number, ProcedureStep>,
  done: ReadonlySet<number>,
): number | null {
  let target = outcome === 'failed' ? step.onFailure : step.next;
  const seen = new Set<number>();
  while (target !== null && done.has(target) && !seen.has(target)) {
    seen.add(target);
    target = byNumber.get(target)?.next ?? null;
  }
  return target;
}

/** Replays the record's entries over its procedure. Pure: the same record gives the same progress. */
export function incidentProgress(record: IncidentRecord): IncidentProgress {
  const states = new Map<number, StepState>(
    record.steps.map((step) => [step.number, { step, outcome: null }]),
  );
  const added: IncidentProgress['added'] = [];
  let current: number | null = record.steps[0]?.number ?? null;
  let branch: IncidentProgress['branch'] = null;
  let finished: IncidentProgress['finished'] = null;
  let lastAt = record.startedAt;
  const byNumber = new Map(record.steps.map((step) => [step.number, step]));
  const done = new Set<number>();
  for (const entry of record.entries) {
    if (entry.type === 'finished') {
      finished = {
        at: entry.at,
        by: entry.actor,
        end: entry.end,
        ...(entry.note ? { note: entry.note } : {}),
      };
    }
    if (entry.type !== 'step') continue;
    const tookMs = Math.max(0, ms(entry.at) - ms(lastAt));
    lastAt = entry.at;
    const tick = {
      outcome: entry.outcome,
      by: entry.actor,
      at: entry.at,
      tookMs,
      ...(entry.note ? { note: entry.note } : {}),
    };
    const state = entry.step === null ? undefined : states.get(entry.step);
    if (!state) {
      added.push({ label: entry.label, ...tick });
      continue;
    }
    states.set(state.step.number, { step: state.step, ...tick });
    if (entry.outcome !== 'failed') done.add(state.step.number);
    if (entry.outcome === 'failed') branch = { from: state.step.number, to: state.step.onFailure };
    current = pointsTo(state.step, entry.outcome, byNumber, done);
  }
  return { steps: [...states.values()], added, current, branch, finished, lastAt };
}

/** Milliseconds from the start of the incident to `nowIso` (its end, once finished). */
export function elapsedMs(record: IncidentRecord, nowIso: string): number {
  const finished = record.entries.find((entry) => entry.type === 'finished');
  return Math.max(0, ms(finished?.at ?? nowIso) - ms(record.startedAt));
}

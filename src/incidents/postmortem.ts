import { formatHumanDuration } from '../lib/duration';
import type { ProcedureStep } from './procedure';
import { elapsedMs, type IncidentRecord, incidentProgress, pointsTo, type StepOutcome } from './record';

/** One step of the procedure, as planned and as it went. */
export interface PostmortemRow {
  number: number;
  label: string;
  outcome: StepOutcome | 'not reached';
  plannedMs: number;
  tookMs: number | null;
  /** Time over the plan (negative: under), `null` when the step was not ticked. */
  overMs: number | null;
  by?: string;
}

/** A tick that was not the step the procedure said to do at that moment. */
export interface OutOfOrderTick {
  number: number;
  label: string;
  /** The step the procedure pointed to then; `null` when it had said the procedure was over. */
  expected: number | null;
}

export interface Postmortem {
  rows: PostmortemRow[];
  outOfOrder: OutOfOrderTick[];
  skipped: { number: number; label: string }[];
  added: { label: string; outcome: StepOutcome; tookMs: number }[];
  elapsedMs: number;
  rtoMs: number | null;
  withinRto: boolean | null;
  /** The tick during which the elapsed time passed the RTO; `step` null: after the last tick. */
  rtoLost: { step: number | null; label: string; elapsedBeforeMs: number; elapsedAfterMs: number } | null;
  /** What the comparison says, in sentences an operator reads. */
  findings: string[];
}

const at = (iso: string) => Date.parse(iso);

/**
 * A duration read by people, to the second: an operator's clicks are not timed to the
 * millisecond, and "305 ms" beside a plan of minutes is noise.
 */
export function humanTime(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds === 0 && ms > 0 ? 'under 1 s' : formatHumanDuration(seconds * 1000);
}

/** Overruns shorter than this are the time it takes to click, not findings. */
const OVERRUN_WORTH_SAYING_MS = 1000;

/**
 * Compares a finished (or running) incident with the procedure it followed: order, skips, steps
 * added, time per step against the plan, and where the recovery time objective was lost.
 */
export function buildPostmortem(record: IncidentRecord, nowIso: string): Postmortem {
  const progress = incidentProgress(record);
  const byNumber = new Map(record.steps.map((step) => [step.number, step]));
  const rows: PostmortemRow[] = progress.steps.map((state) => ({
    number: state.step.number,
    label: state.step.label,
    outcome: state.outcome ?? 'not reached',
    plannedMs: state.step.plannedMs,
    tookMs: state.tookMs ?? null,
    overMs: state.tookMs === undefined ? null : state.tookMs - state.step.plannedMs,
    ...(state.by ? { by: state.by } : {}),
  }));

  const outOfOrder: OutOfOrderTick[] = [];
  let expected: number | null = record.steps[0]?.number ?? null;
  let rtoLost: Postmortem['rtoLost'] = null;
  let before = 0;
  const done = new Set<number>();
  for (const entry of record.entries) {
    if (entry.type !== 'step') continue;
    const elapsedAfter = at(entry.at) - at(record.startedAt);
    if (record.rtoMs !== null && rtoLost === null && elapsedAfter > record.rtoMs) {
      rtoLost = {
        step: entry.step,
        label: entry.label,
        elapsedBeforeMs: before,
        elapsedAfterMs: elapsedAfter,
      };
    }
    before = elapsedAfter;
    const step: ProcedureStep | undefined = entry.step === null ? undefined : byNumber.get(entry.step);
    if (!step) continue;
    if (step.number !== expected) outOfOrder.push({ number: step.number, label: step.label, expected });
    if (entry.outcome !== 'failed') done.add(step.number);
    expected = pointsTo(step, entry.outcome, byNumber, done);
  }

  const total = elapsedMs(record, nowIso);
  if (record.rtoMs !== null && rtoLost === null && total > record.rtoMs) {
    rtoLost = { step: null, label: 'after the last step', elapsedBeforeMs: before, elapsedAfterMs: total };
  }
  const skipped = rows
    .filter((row) => row.outcome === 'skipped')
    .map(({ number, label }) => ({ number, label }));
  const added = progress.added.map(({ label, outcome, tookMs }) => ({ label, outcome, tookMs }));
  const postmortem: Omit<Postmortem, 'findings'> = {
    rows,
    outOfOrder,
    skipped,
    added,
    elapsedMs: total,
    rtoMs: record.rtoMs,
    withinRto: record.rtoMs === null ? null : total <= record.rtoMs,
    rtoLost,
  };
  return { ...postmortem, findings: findingsOf(postmortem, byNumber) };
}

function findingsOf(pm: Omit<Postmortem, 'findings'>, steps: Map<number, ProcedureStep>): string[] {
  const time = humanTime;
  const findings: string[] = [];
  findings.push(
    pm.rtoMs === null
      ? `The incident took ${time(pm.elapsedMs)}; the playbook sets no recovery time objective.`
      : `The incident took ${time(pm.elapsedMs)} against a recovery time objective of ${time(pm.rtoMs)}: ${pm.withinRto ? 'within it' : `${time(pm.elapsedMs - pm.rtoMs)} over`}.`,
  );
  if (pm.rtoLost) {
    findings.push(
      pm.rtoLost.step === null
        ? `The objective was passed after the last step, while the incident was still open (${time(pm.rtoLost.elapsedAfterMs)} in).`
        : `The objective was lost during step ${pm.rtoLost.step}, ${pm.rtoLost.label}: the clock went from ${time(pm.rtoLost.elapsedBeforeMs)} to ${time(pm.rtoLost.elapsedAfterMs)}.`,
    );
  }
  for (const row of pm.rows) {
    if (row.outcome === 'failed') {
      const to = steps.get(row.number)?.onFailure;
      findings.push(
        `Step ${row.number}, ${row.label}, failed${to ? `; the procedure went on at step ${to}, ${steps.get(to)?.label}` : '; the procedure had no step for that failure'}.`,
      );
    }
  }
  for (const tick of pm.outOfOrder) {
    findings.push(
      tick.expected === null
        ? `Step ${tick.number}, ${tick.label}, was done after the procedure had ended.`
        : `Step ${tick.number}, ${tick.label}, was done out of order: the procedure pointed to step ${tick.expected}, ${steps.get(tick.expected)?.label}.`,
    );
  }
  for (const skip of pm.skipped) findings.push(`Step ${skip.number}, ${skip.label}, was skipped.`);
  for (const extra of pm.added) {
    findings.push(
      `“${extra.label}” was done but is not in the playbook (${extra.outcome}, ${time(extra.tookMs)}).`,
    );
  }
  const slowest = pm.rows
    .filter((row) => row.overMs !== null && row.overMs >= OVERRUN_WORTH_SAYING_MS)
    .sort((a, b) => (b.overMs ?? 0) - (a.overMs ?? 0))[0];
  if (slowest?.tookMs != null) {
    findings.push(
      `The longest overrun was step ${slowest.number}, ${slowest.label}: ${time(slowest.tookMs)} against ${time(slowest.plannedMs)} planned.`,
    );
  }
  return findings;
}

import { formatHumanDuration } from '../lib/duration';
import type { DrillRun, RunOutcome } from '../simulator';
import { OUTCOME_WORDS } from './simulationVerdict';

/** Outcomes in one or two words, to fit a cell. */
const SHORT_OUTCOME: Record<RunOutcome, string> = {
  completed: 'Completed',
  rolled_back: 'Rolled back',
  restored: 'Restored',
  degraded: 'Degraded',
  failed: 'Failed',
  rollback_incomplete: 'Undo incomplete',
};

/** What a drill cell shows: its colour, two short lines, and the sentence screen readers and the tooltip read. */
export interface DrillCellView {
  /** `completed`, `rolled_back`, `restored`, `degraded`, `bad` (red) or `unreached`. */
  tone: string;
  outcome: string;
  /** "✓ data", "✗ data left changed", "data unchanged", with " · over RTO" when it was; empty when not reached. */
  data: string;
  words: string;
}

const unrecovered = (run: DrillRun) => run.outcome === 'failed' || run.outcome === 'rollback_incomplete';

/**
 * The data line of a run that ran. A failed run's `consistent` counts only the data rules (spec
 * section 5), so for a failed or incomplete rollback the cell says whether data was left changed
 * and never shows "✓ data".
 */
function dataWords(run: DrillRun): { short: string; long: string } {
  if (unrecovered(run)) {
    if (run.leftChanged)
      return { short: '✗ data left changed', long: 'data left changed against the state before the run' };
    if (!run.consistent) return { short: '✗ data', long: 'data NOT consistent' };
    return { short: 'data unchanged', long: 'no data was changed' };
  }
  return run.consistent
    ? { short: '✓ data', long: 'data consistent' }
    : { short: '✗ data', long: 'data NOT consistent' };
}

/** A drill cell's view of its run: red when the data ends up wrong or the run did not recover, else by outcome. */
export function drillCellView(run: DrillRun): DrillCellView {
  if (run.status === 'not reached' || run.outcome === null)
    return { tone: 'unreached', outcome: 'not reached', data: '', words: 'not reached: no run got here' };
  const data = dataWords(run);
  const bad = run.consistent === false || unrecovered(run);
  const parts = [OUTCOME_WORDS[run.outcome].toLowerCase(), data.long];
  if (run.recoveryMs) parts.push(`recovery ${formatHumanDuration(run.recoveryMs)}`);
  if (run.withinRto === false) parts.push('over the RTO');
  return {
    tone: bad ? 'bad' : run.outcome,
    outcome: SHORT_OUTCOME[run.outcome],
    data: `${data.short}${run.withinRto === false ? ' · over RTO' : ''}`,
    words: parts.join(', '),
  };
}

/** How many runs did not bring the data back (failed or rollback incomplete), for the drill's score line. */
export function unrecoveredRuns(runs: readonly DrillRun[]): number {
  return runs.filter((run) => run.status === 'run' && unrecovered(run)).length;
}

/**
 * How many runs end with the data right: consistent, and not a failed run that left data changed.
 * The spec's summary counts a failed run as consistent when the data rules hold (section 5); the
 * score a person reads must not count a charge left behind as a success (issue 15).
 */
export function runsWithDataRight(runs: readonly DrillRun[]): number {
  return runs.filter((run) => run.status === 'run' && run.consistent === true && run.leftChanged !== true)
    .length;
}

import type { Playbook } from '../domain/types';
import { durationMs, formatHumanDuration } from '../lib/duration';
import type { Expectation, RunOutcome, SimulationResult } from '../simulator';
import { irreversibleLines, leftChangedLines } from './runLeftovers';

/** Outcomes in plain words, for the verdict, the matrix and the log. */
export const OUTCOME_WORDS: Record<RunOutcome, string> = {
  completed: 'Completed',
  rolled_back: 'Rolled back',
  restored: 'Restored from a snapshot',
  degraded: 'Fell back to degraded mode',
  failed: 'Failed',
  rollback_incomplete: 'Rollback incomplete',
};

/** One expectation of the scenario, said in words, with pass or fail. */
export interface ExpectationLine {
  name: Expectation['name'];
  ok: boolean;
  text: string;
}

/** The verdict of a run in plain words, in the order it is read: outcome, data left changed, what cannot be undone. */
export interface Verdict {
  /** Shown green only when nothing is wrong: the run recovered (or completed), the data is consistent, within the RTO. */
  good: boolean;
  /** Outcome first, then time against the RTO: "Rolled back in 2 s (RTO 15 min)." */
  headline: string;
  /** Whether the data is consistent, and with what: "Data matches the state before the run." */
  data: string;
  /** Heading of `leftChanged`: "Left changed against the state before the run:"; empty when nothing is. */
  leftChangedTitle: string;
  /** Records the run left changed: "charge CH-1 remains" (none for a completed or degraded run: its writes are its work). */
  leftChanged: string[];
  /** Steps that cannot be undone and ran: "Send confirmation email ran and cannot be undone" (none for a completed run). */
  irreversible: string[];
  consistent: boolean;
  withinRto: boolean | null;
  expectations: ExpectationLine[];
}

const seconds = (ms: number) => formatHumanDuration(ms);

function nodeLabel(playbook: Playbook, id: string | null): string {
  if (id === null) return 'no end node';
  const node = playbook.nodes.find((candidate) => candidate.id === id);
  return node ? `"${node.label}"` : id;
}

/** The state the data was compared with, in words. */
export function expectedStateWords(playbook: Playbook, name: string | null): string {
  if (name === null || name === 'initial') return 'the state before the run';
  return `the snapshot ${nodeLabel(playbook, name)}`;
}

function valueWords(playbook: Playbook, name: Expectation['name'], value: string | boolean | null): string {
  if (value === null) return 'nothing';
  switch (name) {
    case 'outcome':
      return OUTCOME_WORDS[value as RunOutcome]?.toLowerCase() ?? String(value);
    case 'endNode':
      return nodeLabel(playbook, String(value));
    case 'consistent':
      return value ? 'consistent' : 'inconsistent';
    case 'withinRto':
      return value ? 'within the RTO' : 'over the RTO';
    case 'dataMatches':
      return value === 'different' ? 'different data' : expectedStateWords(playbook, String(value));
  }
}

const EXPECTATION_TITLES: Record<Expectation['name'], string> = {
  outcome: 'Outcome',
  endNode: 'Ends at',
  consistent: 'Data',
  withinRto: 'Recovery time',
  dataMatches: 'Data matches',
};

/** Outcomes that did not bring the data back: never green, never summarised as fine. */
const UNRECOVERED: ReadonlySet<RunOutcome> = new Set(['failed', 'rollback_incomplete']);
/** Outcomes whose writes are the run's work, not something left behind. */
const WRITES_ARE_WORK: ReadonlySet<RunOutcome> = new Set(['completed', 'degraded']);

function headlineOf(playbook: Playbook, result: SimulationResult): string {
  const rto = playbook.objectives.rto;
  const rtoWords = rto === undefined ? 'no RTO set' : `RTO ${seconds(durationMs(rto))}`;
  const overRto = result.withinRto === false ? ', over the RTO' : '';
  if (UNRECOVERED.has(result.outcome)) {
    // Timed from the start: a run that failed without a failing node has no recovery time (semantics-notes.md, item 4).
    const at = result.endNode === null ? '' : ` at ${nodeLabel(playbook, result.endNode)}`;
    return `${OUTCOME_WORDS[result.outcome]}${at} after ${seconds(result.elapsedMs)} (${rtoWords}${overRto}).`;
  }
  // A completed run is timed from its start; any other outcome from its first failure (the recovery).
  const time = result.outcome === 'completed' ? result.elapsedMs : result.recoveryMs;
  return `${OUTCOME_WORDS[result.outcome]} in ${seconds(time)} (${rtoWords}${overRto}).`;
}

function dataOf(playbook: Playbook, result: SimulationResult): string {
  const against = expectedStateWords(playbook, result.expected);
  const differences = Object.values(result.diff).reduce(
    (sum, diff) => sum + diff.added.length + diff.removed.length + diff.changed.length,
    0,
  );
  const broken = result.violations.length;
  const brokenWords = `${broken} data ${broken === 1 ? 'rule is' : 'rules are'} broken`;
  const recordWords = `${differences} ${differences === 1 ? 'record differs' : 'records differ'} from ${against}`;
  // A failed run expects no state (spec section 5), so "consistent" counts only the data rules:
  // it must still say what it left changed, never that all is well.
  if (UNRECOVERED.has(result.outcome)) {
    if (differences === 0)
      return broken > 0 ? `Data is not consistent: ${brokenWords}.` : 'Nothing was left changed.';
    return `Data was left changed: ${[recordWords, ...(broken > 0 ? [brokenWords] : [])].join('; ')}.`;
  }
  if (result.consistent)
    return result.expected === null ? 'No data rule is broken.' : `Data matches ${against}.`;
  const parts: string[] = [];
  if (result.expected !== null && differences > 0) parts.push(recordWords);
  if (broken > 0) parts.push(brokenWords);
  return `Data is not consistent: ${parts.join('; ') || 'it does not match the expected state'}.`;
}

/** The verdict of a finished run, as a first-time reader can take it in. */
export function verdictOf(playbook: Playbook, result: SimulationResult): Verdict {
  const expectations = result.expectations.map((expectation) => {
    const expected = valueWords(playbook, expectation.name, expectation.expected);
    const actual = valueWords(playbook, expectation.name, expectation.actual);
    const title = EXPECTATION_TITLES[expectation.name];
    return {
      name: expectation.name,
      ok: expectation.ok,
      text: expectation.ok ? `${title}: ${expected}` : `${title}: expected ${expected}, got ${actual}`,
    };
  });
  const leftChanged = WRITES_ARE_WORK.has(result.outcome) ? [] : leftChangedLines(result);
  const comparedWith = expectedStateWords(playbook, result.expected);
  return {
    good: !UNRECOVERED.has(result.outcome) && result.consistent && result.withinRto !== false,
    headline: headlineOf(playbook, result),
    data: dataOf(playbook, result),
    leftChangedTitle: leftChanged.length > 0 ? `Left changed against ${comparedWith}:` : '',
    leftChanged,
    irreversible: result.outcome === 'completed' ? [] : irreversibleLines(playbook, result),
    consistent: result.consistent,
    withinRto: result.withinRto,
    expectations,
  };
}

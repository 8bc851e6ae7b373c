import type { Playbook } from '../domain/types';
import { durationMs, formatHumanDuration } from '../lib/duration';
import type { Expectation, RunOutcome, SimulationResult } from '../simulator';

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

/** The verdict of a run in plain words. */
export interface Verdict {
  /** Outcome and recovery time against the RTO: "Rolled back in 2 s (RTO 15 min)." */
  headline: string;
  /** Whether the data is consistent, and with what: "Data matches the state before the run." */
  data: string;
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

/** The verdict of a finished run, as a first-time reader can take it in. */
export function verdictOf(playbook: Playbook, result: SimulationResult): Verdict {
  const rto = playbook.objectives.rto;
  const rtoWords = rto === undefined ? 'no RTO set' : `RTO ${seconds(durationMs(rto))}`;
  // A completed run is timed from its start; any other outcome from its first failure (the recovery).
  const time = result.outcome === 'completed' ? result.elapsedMs : result.recoveryMs;
  const overRto = result.withinRto === false ? ', over the RTO' : '';
  const headline = `${OUTCOME_WORDS[result.outcome]} in ${seconds(time)} (${rtoWords}${overRto}).`;
  const against = expectedStateWords(playbook, result.expected);
  const differences = Object.values(result.diff).reduce(
    (sum, diff) => sum + diff.added.length + diff.removed.length + diff.changed.length,
    0,
  );
  const broken = result.violations.length;
  let data: string;
  if (result.consistent)
    data = result.expected === null ? 'No data rule is broken.' : `Data matches ${against}.`;
  else {
    const parts: string[] = [];
    if (result.expected !== null && differences > 0)
      parts.push(`${differences} ${differences === 1 ? 'record differs' : 'records differ'} from ${against}`);
    if (broken > 0) parts.push(`${broken} data ${broken === 1 ? 'rule is' : 'rules are'} broken`);
    data = `Data is not consistent: ${parts.join('; ') || 'it does not match the expected state'}.`;
  }
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
  return { headline, data, consistent: result.consistent, withinRto: result.withinRto, expectations };
}

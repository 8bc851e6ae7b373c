import { expect } from 'vitest';
import { lintPlaybook } from '../../src/analysis';
import type { Playbook } from '../../src/domain/types';
import type { SimulationResult } from '../../src/simulator';
import { simulate } from '../../src/simulator';

/** One dry run from each trigger (a playbook with several needs a scenario naming one); fails on a run error. */
export function runFromEveryTrigger(playbook: Playbook): SimulationResult[] {
  return playbook.nodes
    .filter((node) => node.kind === 'trigger')
    .map((trigger) => {
      const run = simulate(playbook, {
        scenario: { id: 'probe', name: 'probe', trigger: trigger.id, faults: [], approvals: {}, expect: {} },
      });
      if (!run.ok) expect.fail(run.error.message);
      return run.result;
    });
}

const STRUCTURE_RULES = new Set(['trigger-required', 'end-reachable', 'no-unreachable', 'decision-branches']);

/** Lint errors about the shape of the graph: every node reachable, every path reaching an end. */
export const structuralErrors = (playbook: Playbook) =>
  lintPlaybook(playbook).filter(
    (finding) => finding.severity === 'error' && STRUCTURE_RULES.has(finding.rule),
  );

import { describe, expect, it } from 'vitest';
import type { Fault, Playbook } from '../../src/domain/types';
import { serverlessWorkflowJson, stepFunctions } from '../../src/exporters';
import { simulate } from '../../src/simulator';
import { EXAMPLES, example } from './examples';
import { type Walk, walkAsl, walkServerlessWorkflow } from './walkers';

/** Every single-node failure the drill would inject, plus each example's own scenarios. */
function cases(playbook: Playbook): { name: string; faults: Fault[]; approvals: Record<string, 'reject'> }[] {
  const single = playbook.nodes.flatMap((node) => {
    if (node.kind === 'approval')
      return [{ name: `${node.id} rejected`, faults: [], approvals: { [node.id]: 'reject' as const } }];
    if (node.kind === 'step' || node.kind === 'restore')
      return [
        { name: `${node.id} fails`, faults: [{ node: node.id, type: 'fail' } as Fault], approvals: {} },
      ];
    return [];
  });
  // A compensation failing while a rollback runs: pair it with the failure of the last step.
  const lastStep = [...playbook.nodes].reverse().find((node) => node.kind === 'step' && !node.irreversible);
  const pairs = playbook.nodes.flatMap((node) =>
    node.kind === 'compensation' && lastStep
      ? [
          {
            name: `${lastStep.id} and ${node.id} fail`,
            faults: [
              { node: lastStep.id, type: 'fail' },
              { node: node.id, type: 'fail' },
            ] as Fault[],
            approvals: {},
          },
        ]
      : [],
  );
  return [{ name: 'nothing fails', faults: [], approvals: {} }, ...single, ...pairs];
}

/** What the dry run did: the undo steps in order, the outcome and the end node. */
function dryRun(playbook: Playbook, faults: Fault[], approvals: Record<string, 'reject'>) {
  const run = simulate(playbook, {
    scenario: { id: 'export-check', name: 'export check', faults, approvals, expect: {} },
    faults: [],
  });
  if (!run.ok) throw new Error(run.error.message);
  const { events, outcome, endNode } = run.result;
  const decisions = new Map(
    events.flatMap((event) =>
      event.type === 'decision' && event.node !== null ? [[event.node, event.value] as const] : [],
    ),
  );
  const compensations = events.flatMap((event) => (event.type === 'compensate' ? [event.compensation] : []));
  return { walk: { compensations, outcome, endNode } satisfies Walk, decisions };
}

/**
 * The export also undoes a failed step whose undo is `revert` (its own partial writes, spec 5).
 * After a clean `fail` fault there is nothing to write back, so that undo is a no-op that cannot
 * fail and that the dry run does not list: it is left out of the comparison, and out of `failing`.
 */
function noOpReverts(playbook: Playbook, faults: Fault[]): Set<string> {
  return new Set(
    faults.flatMap((fault) => {
      const edge = playbook.edges.find(
        (candidate) => candidate.kind === 'compensate' && candidate.source === fault.node,
      );
      const compensation = playbook.nodes.find((node) => node.id === edge?.target);
      return compensation?.kind === 'compensation' && compensation.strategy === 'revert'
        ? [compensation.id]
        : [];
    }),
  );
}

describe('an export means what the canvas means: it takes the dry run’s path under the same failures', () => {
  for (const name of EXAMPLES) {
    const playbook = example(name);
    const asl = JSON.parse(stepFunctions.export(playbook).output);
    const workflow = JSON.parse(serverlessWorkflowJson.export(playbook).output);
    it.each(cases(playbook).map((c) => [c.name, c] as const))(`${name}: %s`, (_label, c) => {
      const { walk: expected, decisions } = dryRun(playbook, c.faults, c.approvals);
      const noOps = noOpReverts(playbook, c.faults);
      const failing = new Set(
        [...c.faults.map((fault) => fault.node), ...Object.keys(c.approvals)].filter(
          (node) => !noOps.has(node),
        ),
      );
      const input = { failing, decisions };
      const comparable = (walk: Walk): Walk => ({
        ...walk,
        compensations: walk.compensations.filter((id) => !noOps.has(id)),
      });
      expect(comparable(walkAsl(asl, input))).toEqual(expected);
      expect(comparable(walkServerlessWorkflow(workflow, input))).toEqual(expected);
    });
  }
});

import { describe, expect, it } from 'vitest';
import type { Fault, Playbook } from '../../src/domain/types';
import { procedureOrder } from '../../src/exporters/runbook/procedureOrder';
import { simulate } from '../../src/simulator';
import { EXAMPLES, example } from './examples';

/** Nothing failing, each step or restore failing, each approval rejected, each undo failing in the last rollback. */
function cases(playbook: Playbook): { name: string; faults: Fault[]; approvals: Record<string, 'reject'> }[] {
  const lastStep = [...playbook.nodes].reverse().find((node) => node.kind === 'step' && !node.irreversible);
  return [
    { name: 'nothing fails', faults: [], approvals: {} },
    ...playbook.nodes.flatMap((node) => {
      if (node.kind === 'approval')
        return [{ name: `${node.id} rejected`, faults: [], approvals: { [node.id]: 'reject' as const } }];
      if (node.kind === 'step' || node.kind === 'restore')
        return [
          { name: `${node.id} fails`, faults: [{ node: node.id, type: 'fail' } as Fault], approvals: {} },
        ];
      if (node.kind === 'compensation' && lastStep)
        return [
          {
            name: `${lastStep.id} and ${node.id} fail`,
            faults: [
              { node: lastStep.id, type: 'fail' },
              { node: node.id, type: 'fail' },
            ] as Fault[],
            approvals: {},
          },
        ];
      return [];
    }),
  ];
}

/** The nodes a dry run enters, in order, leaving out those that are no numbered step. */
function walk(playbook: Playbook, faults: Fault[], approvals: Record<string, 'reject'>): string[] {
  const run = simulate(playbook, {
    scenario: { id: 'procedure-check', name: 'procedure check', faults, approvals, expect: {} },
    faults: [],
  });
  if (!run.ok) throw new Error(run.error.message);
  const kinds = new Map(playbook.nodes.map((node) => [node.id, node.kind]));
  return run.result.events.flatMap((event) =>
    event.type === 'enter' &&
    event.node !== null &&
    !['trigger', 'end', 'compensation'].includes(kinds.get(event.node) ?? '')
      ? [event.node]
      : [],
  );
}

describe('the runbook procedure is numbered in the order the simulator walks the playbook', () => {
  for (const name of EXAMPLES) {
    const playbook = example(name);
    const numbers = new Map(procedureOrder(playbook).map((step) => [step.node.id, step.number]));
    it.each(cases(playbook).map((c) => [c.name, c] as const))(`${name}: %s`, (_label, c) => {
      const visited = walk(playbook, c.faults, c.approvals);
      expect(visited.length).toBeGreaterThan(0);
      const met = visited.map((id) => numbers.get(id) ?? Number.NaN);
      // Every node the run performs is a step of the procedure, met in increasing number.
      expect(met.every((number) => Number.isInteger(number))).toBe(true);
      expect(met).toEqual([...met].sort((a, b) => a - b));
      expect(new Set(met).size).toBe(met.length);
    });
  }

  it('reads the normal run first, then each failure path (order fulfilment)', () => {
    const ids = procedureOrder(example('order-fulfilment-rollback')).map((step) => step.node.id);
    expect(ids).toEqual(['cp1', 's1', 's2', 's3', 'a1', 's4', 'rb1', 'k1', 'n2', 'r1', 'k2', 'n3', 'f1']);
  });

  it('adds each step’s expected time to the slowest way to it', () => {
    const steps = procedureOrder(example('minimal-saga'));
    expect(steps.map((step) => [step.node.id, step.expectedMs, step.runningTotalMs])).toEqual([
      ['debit', 1000, 1000],
      ['credit', 1000, 2000],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildExecutionPlan, type ExecutionPlan } from '../../src/exporters';
import type { InstanceFlow, PlanInstance } from '../../src/exporters/plan/executionPlan';
import { example, playbookOf } from './examples';

const instance = (plan: ExecutionPlan, name: string): PlanInstance => {
  const found = plan.instances.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no instance ${name}: ${plan.instances.map((i) => i.name).join(', ')}`);
  return found;
};
const rollback = (flow: InstanceFlow) => {
  if (flow.kind !== 'rollback') throw new Error(`not a rollback: ${flow.kind}`);
  return flow;
};

describe('the execution plan (spec sections 4 and 5, unfolded per compensation stack)', () => {
  it('a step with no failure edge triggers an implicit rollback that ends rolled_back', () => {
    const plan = buildExecutionPlan(example('minimal-saga'));
    const credit = instance(plan, 'credit');
    if (credit.flow.kind !== 'action' || credit.flow.onFailure?.kind !== 'instance')
      throw new Error('credit');
    const implicit = rollback(plan.byKey.get(credit.flow.onFailure.key)!.flow);
    expect(implicit.node).toBeNull();
    expect(implicit.undo.map((undo) => undo.compensation.id)).toEqual(['undo-credit', 'undo-debit']);
    expect(implicit.next).toMatchObject({ kind: 'terminal', outcome: 'rolled_back' });
  });

  it('rollback runs compensations in reverse completion order', () => {
    const plan = buildExecutionPlan(example('order-fulfilment-rollback'));
    expect(rollback(instance(plan, 'rb1.after-s3').flow).undo.map((undo) => undo.compensation.id)).toEqual([
      'c3',
      'c2',
      'c1',
    ]);
    expect(rollback(instance(plan, 'rb1.after-s1').flow).undo.map((undo) => undo.compensation.id)).toEqual([
      'c1',
    ]);
  });

  it('a failed compensation follows the rollback node’s failure edge when it has none of its own', () => {
    const plan = buildExecutionPlan(example('order-fulfilment-rollback'));
    const undo = rollback(instance(plan, 'rb1.after-s3').flow).undo;
    for (const step of undo)
      expect(plan.byKey.get((step.onFailure as { key: string }).key)?.nodeId).toBe('r1');
  });

  it('a failed compensation with no failure path ends rollback_incomplete', () => {
    const plan = buildExecutionPlan(example('minimal-saga'));
    const implicit = rollback(instance(plan, 'implicit-rollback.after-credit').flow);
    expect(implicit.undo.map((undo) => undo.onFailure)).toEqual([
      {
        kind: 'terminal',
        outcome: 'rollback_incomplete',
        reason: '"Take back from Bob" failed while undoing "Credit Bob"',
      },
      {
        kind: 'terminal',
        outcome: 'rollback_incomplete',
        reason: '"Refund Alice" failed while undoing "Debit Alice"',
      },
    ]);
  });

  it('a failed step with an "effects" undo is not undone by its own failure; a "revert" undo is', () => {
    const plan = buildExecutionPlan(example('minimal-saga'));
    expect(rollback(instance(plan, 'implicit-rollback.after-start').flow).undo).toEqual([]);
    const order = buildExecutionPlan(example('order-fulfilment-rollback'));
    const s3 = instance(order, 's3').flow;
    expect(
      s3.kind === 'action' && s3.onFailure?.kind === 'instance' && order.byKey.get(s3.onFailure.key)?.name,
    ).toBe('rb1.after-s3');
  });

  it('a rollback with a scope undoes only the steps in its scope', () => {
    const playbook = playbookOf({
      id: 'scoped',
      name: 'Scoped',
      nodes: [
        { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
        { id: 'a', kind: 'step', label: 'A' },
        { id: 'ua', kind: 'compensation', label: 'Undo A' },
        { id: 'b', kind: 'step', label: 'B' },
        { id: 'ub', kind: 'compensation', label: 'Undo B' },
        { id: 'rb', kind: 'rollback', label: 'Undo B only', scope: ['b'] },
        { id: 'e', kind: 'end', label: 'E', outcome: 'completed' },
        { id: 'x', kind: 'end', label: 'X', outcome: 'rolled_back' },
      ],
      edges: [
        { id: 'e1', source: 't', target: 'a', kind: 'next' },
        { id: 'e2', source: 'a', target: 'b', kind: 'next' },
        { id: 'e3', source: 'b', target: 'e', kind: 'next' },
        { id: 'e4', source: 'a', target: 'ua', kind: 'compensate' },
        { id: 'e5', source: 'b', target: 'ub', kind: 'compensate' },
        { id: 'e6', source: 'b', target: 'rb', kind: 'failure' },
        { id: 'e7', source: 'rb', target: 'x', kind: 'next' },
      ],
    });
    const plan = buildExecutionPlan(playbook);
    expect(rollback(instance(plan, 'rb').flow).undo.map((undo) => undo.compensation.id)).toEqual(['ub']);
  });

  it('a decision has both branches; a missing branch is a dead end that fails', () => {
    const playbook = playbookOf({
      id: 'decide',
      name: 'Decide',
      nodes: [
        { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
        { id: 'd', kind: 'decision', label: 'D', condition: 'true' },
        { id: 'e', kind: 'end', label: 'E', outcome: 'completed' },
      ],
      edges: [
        { id: 'e1', source: 't', target: 'd', kind: 'next' },
        { id: 'e2', source: 'd', target: 'e', kind: 'branch', when: true },
      ],
    });
    const flow = instance(buildExecutionPlan(playbook), 'd').flow;
    expect(flow).toMatchObject({
      kind: 'decision',
      whenTrue: { kind: 'instance' },
      whenFalse: { kind: 'terminal', outcome: 'failed' },
    });
  });

  it('a restore on a path that never passed its checkpoint always fails', () => {
    const playbook = playbookOf({
      id: 'restore-early',
      name: 'Restore early',
      nodes: [
        { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
        { id: 'r', kind: 'restore', label: 'R', checkpoint: 'cp' },
        { id: 'cp', kind: 'checkpoint', label: 'CP' },
        { id: 'e', kind: 'end', label: 'E', outcome: 'restored' },
      ],
      edges: [
        { id: 'e1', source: 't', target: 'r', kind: 'next' },
        { id: 'e2', source: 'r', target: 'cp', kind: 'next' },
        { id: 'e3', source: 'cp', target: 'e', kind: 'next' },
      ],
    });
    expect(instance(buildExecutionPlan(playbook), 'r').flow).toMatchObject({
      kind: 'action',
      alwaysFails: true,
    });
  });

  it('a node reached with one stack stays one state; paths that differ only in what no later node reads share it', () => {
    const plan = buildExecutionPlan(example('order-fulfilment-rollback'));
    expect(
      plan.instances.filter((candidate) => candidate.nodeId === 'r1').map((candidate) => candidate.name),
    ).toEqual(['r1']);
    expect(plan.instances.filter((candidate) => candidate.nodeId === 'rb1')).toHaveLength(2);
  });
});

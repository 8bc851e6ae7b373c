import { DescribeNode } from '../describe';
import { type GraphIndex, graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * Where a failed undo goes. Spec section 5: a failed compensation follows its own failure edge,
 * else its rollback node's failure edge, else the run ends `rollback_incomplete`. So:
 * - a `rollback` or `restore` without a failure edge has no failure path;
 * - a `compensation` without a failure edge is covered when every rollback that can run it has
 *   one. The implicit rollback (a step with no failure edge fails) has none, so a compensation is
 *   exposed when its step can be followed by such a step (itself included). Explicit rollbacks
 *   without a failure edge are reported on the rollback node itself.
 * One backward search from the steps without a failure edge: O(nodes + edges).
 */
export const rollbackOfRollback: LintRule = {
  id: 'rollback-of-rollback',
  fix: 'add-failed-end',
  meta: RULE_META['rollback-of-rollback'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    const beforeImplicitRollback = stepsLeadingToImplicitRollback(index);
    index.nodes.forEach((node, position) => {
      if (index.reachable[position] === 0 || index.failure[position] !== -1) return;
      switch (node.kind) {
        case 'rollback':
          report(
            node.id,
            `${DescribeNode(node)} has no failure edge: if a compensation fails (and has none of its own), the run ends "rollback_incomplete" with the data half undone`,
          );
          return;
        case 'restore':
          report(
            node.id,
            `${DescribeNode(node)} has no failure edge: if the restore fails, the run ends "failed" with nothing else tried`,
          );
          return;
        case 'compensation': {
          const step = index.compensatedStep[position]!;
          if (step === -1 || beforeImplicitRollback[step] === 0) return;
          report(
            node.id,
            `${DescribeNode(node)} has no failure edge and can run in an implicit rollback (a step without a failure edge fails), which has none either: if it fails, the run ends "rollback_incomplete"`,
          );
          return;
        }
        default:
          return;
      }
    });
  },
};

/** 1 for nodes from which a step without a failure edge can be reached (the node itself included). */
function stepsLeadingToImplicitRollback(index: GraphIndex): Uint8Array {
  const value = new Uint8Array(index.nodes.length);
  const queue: number[] = [];
  index.nodes.forEach((node, position) => {
    if (node.kind === 'step' && index.failure[position] === -1) {
      value[position] = 1;
      queue.push(position);
    }
  });
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of index.incoming[queue[head]!]!) {
      if (edge.kind === 'compensate' || value[edge.from] === 1) continue;
      value[edge.from] = 1;
      queue.push(edge.from);
    }
  }
  return value;
}

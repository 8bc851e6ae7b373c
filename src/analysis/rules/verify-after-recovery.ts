import { mustPassBeforeEnd } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * After a rollback or restore succeeds, every success path (next, branch) to an `end` passes a
 * `check`. Backward must-dataflow (see `mustPassBeforeEnd`) evaluated at the node's `next`
 * target. Failure paths are not held to this: when the recovery itself fails, another recovery
 * takes over, and that one is verified in its turn.
 */
export const verifyAfterRecovery: LintRule = {
  id: 'verify-after-recovery',
  fix: 'add-check-after',
  meta: RULE_META['verify-after-recovery'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    if (!playbook.nodes.some((node) => node.kind === 'rollback' || node.kind === 'restore')) return;
    const verified = mustPassBeforeEnd(index, (node) => node.kind === 'check');
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'rollback' && node.kind !== 'restore') return;
      const next = index.next[position]!;
      if (next === -1 || verified[next] === 1) return;
      report(
        node.id,
        `${DescribeNode(node)} can be followed by an end with no check in between: add a check (say, model invariants or "matches checkpoint") after it`,
      );
    });
  },
};

import { mustPassBefore } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * Every path from a trigger to an irreversible step passes an approval (left by its `next` edge:
 * a rejected approval's failure path does not count). Forward must-dataflow, see `mustPassBefore`.
 */
export const irreversibleNeedsApproval: LintRule = {
  id: 'irreversible-needs-approval',
  fix: 'add-approval-before',
  meta: RULE_META['irreversible-needs-approval'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    if (!playbook.nodes.some((node) => node.kind === 'step' && node.irreversible)) return;
    const approved = mustPassBefore(index, (node) => node.kind === 'approval');
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'step' || !node.irreversible || approved[position] === 1) return;
      report(
        node.id,
        `${DescribeNode(node)} cannot be undone ("${node.irreversible.reason}"), but a run can reach it without passing an approval: put an approval on every path to it`,
      );
    });
  },
};

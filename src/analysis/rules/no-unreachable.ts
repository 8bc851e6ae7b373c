import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';

/** Every node can run: reachable from a trigger (a compensation through its step). */
export const noUnreachable: LintRule = {
  id: 'no-unreachable',
  meta: {
    description:
      'Every node is reachable from a trigger; a compensation counts as reachable through its step.',
    rationale:
      'A node no run can reach is never rehearsed and gives false comfort: a restore or a notification drawn but not wired in does nothing on the day. It is usually a missing edge.',
    defaultSeverity: 'error',
  },
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    // Without a trigger nothing is reachable; trigger-required says so once instead of per node.
    if (index.triggers.length === 0) return;
    index.nodes.forEach((node, position) => {
      if (index.reachable[position] === 1) return;
      const how =
        node.kind === 'compensation'
          ? 'its step is never reached (or it is attached to no step)'
          : 'no edge from a trigger leads here';
      report(node.id, `${DescribeNode(node)} can never run: ${how}`);
    });
  },
};

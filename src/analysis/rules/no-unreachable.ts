import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** Every node can run: reachable from a trigger (a compensation through its step). */
export const noUnreachable: LintRule = {
  id: 'no-unreachable',
  meta: RULE_META['no-unreachable'],
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

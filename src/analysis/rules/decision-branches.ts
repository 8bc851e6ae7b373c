import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A decision has a `when: true` and a `when: false` branch. */
export const decisionBranches: LintRule = {
  id: 'decision-branches',
  meta: RULE_META['decision-branches'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'decision') return;
      const answers = new Set(index.branches[position]!.map((edge) => edge.when));
      const missing = [true, false].filter((answer) => !answers.has(answer));
      if (missing.length === 0) return;
      report(
        node.id,
        `${DescribeNode(node)} has no branch for ${missing.join(' or ')}: when the condition is ${missing.join(' or ')}, the run has nowhere to go`,
      );
    });
  },
};

import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';

/** A decision has a `when: true` and a `when: false` branch. */
export const decisionBranches: LintRule = {
  id: 'decision-branches',
  meta: {
    description: 'Every decision has both branches: when true and when false.',
    rationale:
      'A decision whose condition comes out the other way has nowhere to go and the run stops as "failed" (a dead end). Both answers need a path, even if one of them goes straight to an end.',
    defaultSeverity: 'error',
  },
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

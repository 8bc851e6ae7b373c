import { mustPassBefore } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

const BAD_OUTCOMES: ReadonlySet<string> = new Set(['rolled_back', 'restored', 'degraded', 'failed']);

/** Every path to an end other than `completed` passes a notify node. Forward must-dataflow. */
export const notifyBeforeBadEnd: LintRule = {
  id: 'notify-before-bad-end',
  fix: 'add-notify-before',
  meta: RULE_META['notify-before-bad-end'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    const bad = playbook.nodes.some((node) => node.kind === 'end' && BAD_OUTCOMES.has(node.outcome));
    if (!bad) return;
    const notified = mustPassBefore(index, (node) => node.kind === 'notify');
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'end' || !BAD_OUTCOMES.has(node.outcome) || notified[position] === 1) return;
      report(
        node.id,
        `${DescribeNode(node)} ends the run "${node.outcome}", but a run can get here without notifying anyone: put a notify node on every path to it`,
      );
    });
  },
};

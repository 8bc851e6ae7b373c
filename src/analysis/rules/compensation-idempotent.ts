import { DescribeNode } from '../describe';
import type { LintRule } from '../types';

/** An undo may run more than once; it must be safe to. */
export const compensationIdempotent: LintRule = {
  id: 'compensation-idempotent',
  fix: 'mark-idempotent',
  meta: {
    description:
      'Every compensation is marked idempotent: running it twice does no more than running it once.',
    rationale:
      'Compensations are retried on failure and re-run when a half-finished rollback is resumed by hand. An undo that is not idempotent (refund, release stock, re-insert) applied twice does damage of its own; mark it idempotent once you have made sure it is.',
    defaultSeverity: 'warn',
  },
  check(playbook, report) {
    for (const node of playbook.nodes) {
      if (node.kind !== 'compensation' || node.idempotent) continue;
      const retried =
        node.retry.maxAttempts > 1 ? ` and is retried up to ${node.retry.maxAttempts} times` : '';
      report(
        node.id,
        `${DescribeNode(node)} is not marked idempotent${retried}: an undo that runs twice (a retry, a resumed rollback) may undo twice`,
      );
    }
  },
};

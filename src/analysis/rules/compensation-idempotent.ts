import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** An undo may run more than once; it must be safe to. */
export const compensationIdempotent: LintRule = {
  id: 'compensation-idempotent',
  fix: 'mark-idempotent',
  meta: RULE_META['compensation-idempotent'],
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

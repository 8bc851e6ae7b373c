import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A playbook needs a trigger: without one, no run can start. */
export const triggerRequired: LintRule = {
  id: 'trigger-required',
  fix: 'add-trigger',
  meta: RULE_META['trigger-required'],
  check(playbook, report) {
    if (!playbook.nodes.some((node) => node.kind === 'trigger')) {
      report(null, 'The playbook has no trigger, so no run can start: add a trigger node');
    }
  },
};

import type { LintRule } from '../types';

/** A playbook needs a trigger: without one, no run can start. */
export const triggerRequired: LintRule = {
  id: 'trigger-required',
  fix: 'add-trigger',
  meta: {
    description: 'The playbook has at least one trigger.',
    rationale:
      'A run starts at a trigger (the incident that opens the playbook). Without one, the playbook cannot be rehearsed, drilled or run, and every other path rule has nowhere to start.',
    defaultSeverity: 'error',
  },
  check(playbook, report) {
    if (!playbook.nodes.some((node) => node.kind === 'trigger')) {
      report(null, 'The playbook has no trigger, so no run can start: add a trigger node');
    }
  },
};

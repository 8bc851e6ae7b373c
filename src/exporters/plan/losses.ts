import type { ExecutionPlan } from './executionPlan';

/** Losses every target built from the execution plan shares, in plain words. */
export function commonLosses(plan: ExecutionPlan): string[] {
  const { playbook } = plan.graph;
  const losses: string[] = [];
  const triggers = playbook.nodes.filter((node) => node.kind === 'trigger');
  if (triggers.length > 1) {
    losses.push(
      `The playbook has ${triggers.length} triggers; the export starts at the first (${triggers[0]!.id}), the others are kept as metadata only.`,
    );
  }
  for (const trigger of triggers) {
    if (trigger.kind === 'trigger' && trigger.condition) {
      losses.push(
        `The start condition of "${trigger.label}" (${trigger.id}, CEL: ${trigger.condition}) is not checked by the target: whoever starts the run must check it.`,
      );
    }
  }
  if (plan.truncated) {
    losses.push(
      'The playbook has too many distinct paths; some failure paths end as "failed" instead of being exported.',
    );
  }
  for (const step of plan.repeatedSteps) {
    losses.push(`Step ${step} can run more than once (a loop); it is undone once, for its latest run.`);
  }
  const reverted = playbook.nodes.filter(
    (node) => node.kind === 'compensation' && node.strategy === 'revert',
  );
  if (reverted.length > 0) {
    losses.push(
      `Undo steps with strategy "revert" (${reverted.map((node) => node.id).join(', ')}) must write back what their step changed: the platform has no journal of before-images, so the action runner must keep one. A failed step's own "revert" undo runs first (a step that fails part-way counts as completed); with nothing to write back it must succeed without calling anything.`,
    );
  }
  for (const step of playbook.nodes) {
    if (step.kind !== 'step') continue;
    const undo = plan.graph.compensationOf(step.id);
    if (undo?.strategy === 'effects') {
      losses.push(
        `If "${step.label}" (${step.id}) fails part-way, its undo "${undo.label}" (${undo.id}, strategy "effects") is not run: the platform cannot tell a partial failure from a clean one, and applying those effects after a clean failure could do harm.`,
      );
    }
  }
  losses.push(
    'Step durations and simulated approval waits are dry-run estimates and are not exported; timeouts are.',
  );
  return losses;
}

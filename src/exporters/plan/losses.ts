import type { ExecutionPlan } from './executionPlan';

/**
 * Losses every target built from the execution plan shares, in plain words. `singleStart`: the
 * target starts at the playbook's first trigger only (false for a target with starts of its own,
 * such as n8n's Error and Manual Triggers).
 */
export function commonLosses(plan: ExecutionPlan, { singleStart = true } = {}): string[] {
  const { playbook } = plan.graph;
  const losses: string[] = [];
  const triggers = playbook.nodes.filter((node) => node.kind === 'trigger');
  if (singleStart && triggers.length > 1) {
    losses.push(
      `The playbook has ${triggers.length} ways to start; the exported workflow starts at "${triggers[0]!.label}" only, and the others are written down as notes.`,
    );
  }
  for (const trigger of triggers) {
    if (trigger.kind === 'trigger' && trigger.condition) {
      losses.push(
        `"${trigger.label}" starts the run only when its condition holds; the exported workflow does not check that condition, so whoever starts it must.`,
      );
    }
  }
  if (plan.truncated) {
    losses.push(
      'The playbook has too many distinct paths; some failure paths end as "failed" instead of being exported.',
    );
  }
  for (const step of plan.repeatedSteps) {
    losses.push(
      `"${plan.graph.node(step).label}" can run more than once (a loop); its undo puts back only its latest run.`,
    );
  }
  const reverted = playbook.nodes.filter(
    (node) => node.kind === 'compensation' && node.strategy === 'revert',
  );
  if (reverted.length > 0) {
    losses.push(
      `${reverted.map((node) => `"${node.label}"`).join(', ')} ${reverted.length === 1 ? 'puts' : 'put'} back what ${reverted.length === 1 ? 'its step' : 'their steps'} changed: the service that runs the steps must note each value before a step changes it, because the exported workflow cannot. When a step fails, its own undo of this kind runs first (the step may have changed something before failing); if it changed nothing, the undo must finish without doing anything.`,
    );
  }
  for (const step of playbook.nodes) {
    if (step.kind !== 'step') continue;
    const undo = plan.graph.compensationOf(step.id);
    if (undo?.strategy === 'effects') {
      losses.push(
        `If "${step.label}" fails half-way, its undo "${undo.label}" is not run: the exported workflow cannot tell a half-done step from one that changed nothing, and running that undo after nothing changed could do harm.`,
      );
    }
  }
  losses.push(
    'How long each step takes and how long an approval waits are only used in rehearsals and are not exported; time limits are.',
  );
  return losses;
}

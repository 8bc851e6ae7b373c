import type { Playbook } from '../../domain/types';
import { buildExecutionPlan } from '../plan/executionPlan';
import { commonLosses } from '../plan/losses';
import { completedStepsCode, failuresWithoutRollback, forwardNodes, stepsBefore } from './completedSteps';
import { canvasBounds } from './layout';
import { COMPLETED_STEPS_NODE, fullestRollback, RecoveryWriter } from './recovery';
import { type N8nWorkflow, N8nWorkflowBuilder } from './workflowBuilder';

export { N8N_NODE_TYPES } from './nodeTypes';
export type { N8nNode, N8nWorkflow } from './workflowBuilder';

/**
 * The playbook's recovery as an n8n workflow (issue 17): an Error Trigger (set this workflow as the
 * forward workflow's error workflow) and a Manual Trigger for drills feed a Code node that works
 * out which steps completed; then each undo, newest first, behind an IF "did its step run?";
 * checks as IF nodes, approvals as Wait nodes resumed by a webhook, notifications as Slack or
 * email nodes, restores and the fail-safe as marked HTTP Requests, and every end visible.
 */
export function toN8nWorkflow(playbook: Playbook): { document: N8nWorkflow; losses: string[] } {
  const plan = buildExecutionPlan(playbook);
  const builder = new N8nWorkflowBuilder();
  const losses: string[] = [];
  const rollback = fullestRollback(plan);
  const steps = plan.graph.stepOrder.map((id) => plan.graph.node(id).label);
  const forward = forwardNodes(plan.graph);
  const before = stepsBefore(plan.graph, forward);
  const noRollback = failuresWithoutRollback(plan.graph, forward);

  const bounds = canvasBounds(playbook);
  const left = bounds.left - 720;
  const top = bounds.top;
  const onError = builder.add('When the workflow fails', {
    kind: 'errorTrigger',
    position: [left, top],
    parameters: {},
    notes: 'Set this workflow as the error workflow of the workflow it rolls back (its Settings).',
  });
  const drill = builder.add('Drill: roll back by hand', {
    kind: 'manualTrigger',
    position: [left, top + 200],
    parameters: {},
  });
  const code = builder.add(COMPLETED_STEPS_NODE, {
    kind: 'code',
    position: [left + 240, top + 100],
    parameters: {
      jsCode: completedStepsCode(playbook.name, steps, before, noRollback),
    },
  });
  builder.connect(onError, code);
  builder.connect(drill, code);

  const writer = new RecoveryWriter(playbook, plan, builder, losses, bounds.right + 400);
  if (rollback) builder.connect(code, writer.target({ kind: 'instance', key: rollback.key }));
  else
    losses.push(
      'The playbook undoes nothing (no step has a compensation), so the n8n workflow only works out which steps completed.',
    );

  const rollbacks = plan.instances.filter((instance) => instance.flow.kind === 'rollback');
  const others = new Set(rollbacks.map((instance) => instance.nodeId));
  if (others.size > 1) {
    losses.push(
      `The playbook has ${others.size} rollbacks; the n8n workflow runs "${rollback?.title}" (it undoes the most steps), each undo only if its step ran. The other rollbacks' own checks and endings are not exported.`,
    );
  }
  if (playbook.nodes.some((node) => node.kind === 'restore' || node.kind === 'checkpoint'))
    losses.push(
      'Snapshots and restores depend on your data store: they are HTTP Requests marked TODO, to point at the backup your platform keeps.',
    );
  if (playbook.nodes.some((node) => node.kind === 'check' || node.kind === 'decision'))
    losses.push(
      "Checks and decisions are IF steps whose condition you write in n8n, which cannot run Rollbook's conditions (each IF keeps the original in its note). Until you do, a check takes its failure path.",
    );
  losses.push(
    `Which steps ran is worked out from the step the failed run stopped at: "${COMPLETED_STEPS_NODE}" counts the steps that lead to it as completed. Where branches of your workflow meet again, it counts the steps of both: remove the steps of the branch not taken from its list.`,
  );
  const notRolledBack = Object.keys(noRollback).map((label) => `"${label}"`);
  if (notRolledBack.length > 0)
    losses.push(
      `The playbook does not roll back when ${notRolledBack.join(' or ')} fails; n8n runs this workflow for every failure, so it stops at "${COMPLETED_STEPS_NODE}" with what the playbook does instead, for you to do.`,
    );
  // The forward steps run in the author's own workflow: their retries are settings there, not here.
  const retried = plan.graph.stepOrder
    .map((id) => plan.graph.node(id))
    .filter((node) => node.kind === 'step' && node.retry.maxAttempts > 1)
    .map((node) => `"${node.label}"`);
  if (retried.length > 0)
    losses.push(
      `This workflow holds the recovery only: the tries of ${retried.join(', ')} are set on those steps in your own workflow (Settings, "Retry On Fail"; n8n allows at most 5 tries, 5 s apart).`,
    );
  // The workflow starts from its own two triggers, whichever way the playbook starts.
  losses.push(...commonLosses(plan, { singleStart: false }));
  const workflow = builder.build(`Roll back: ${playbook.name}`, {
    rollbook: { playbook: playbook.id, revision: playbook.revision },
  });
  return { document: workflow, losses: [...new Set(losses)] };
}

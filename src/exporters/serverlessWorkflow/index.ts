import { stringify } from 'yaml';
import type { Playbook } from '../../domain/types';
import { buildExecutionPlan } from '../plan/executionPlan';
import { commonLosses } from '../plan/losses';
import type { Exporter, ExportResult } from '../types';
import { TaskListBuilder } from './taskLists';
import { ACTION_FUNCTION, jq } from './tasks';

/** Document names are lower-case hostname labels in Serverless Workflow 1.0. */
function documentName(id: string): string {
  const name = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return name === '' ? 'playbook' : name;
}

/**
 * The playbook as a Serverless Workflow 1.0 document (plain data). 1.0 has no compensation: each
 * failure point's `catch` runs the inverses of the steps completed before it, in reverse, then
 * continues along the canvas and ends by raising the run's outcome.
 */
export function toServerlessWorkflow(playbook: Playbook): {
  workflow: Record<string, unknown>;
  losses: string[];
} {
  const plan = buildExecutionPlan(playbook);
  const builder = new TaskListBuilder(plan);
  const tasks = builder.build(plan.start);
  const workflow = {
    document: {
      dsl: '1.0.0',
      namespace: 'rollbook',
      name: documentName(playbook.id),
      version: `${playbook.revision}.0.0`,
      title: playbook.name,
      ...(playbook.description ? { summary: playbook.description } : {}),
      metadata: {
        rollbookPlaybook: playbook.id,
        objectives: playbook.objectives,
        triggers: playbook.nodes
          .filter((node) => node.kind === 'trigger')
          .map(({ position: _, ...node }) => node),
      },
    },
    use: {
      functions: {
        [ACTION_FUNCTION]: {
          call: 'http',
          with: { method: 'post', endpoint: 'https://rollbook.invalid/actions', body: jq('.') },
        },
      },
    },
    do: tasks,
  };
  const losses = [
    ...commonLosses(plan),
    'Every step, undo, checkpoint, restore, check and degraded mode calls one function, "rollbook-action", with the node id; its endpoint is a placeholder (https://rollbook.invalid/actions) to bind to the real calls, and the data changes each node makes are kept as task metadata only.',
    'Data checks (invariants) and decision conditions are CEL, which Serverless Workflow does not evaluate: the action runner evaluates them and answers { "value": true | false } for a decision; the CEL is kept as metadata.',
    'An approval waits for one "dev.rollbook.approval" event whose data carries "decision": "approved"; approver roles and quorum are kept as metadata only.',
    'Outcomes other than "completed" end the workflow by raising an error whose type names the outcome (https://rollbook.dev/errors/rolled-back, …).',
    ...retryLosses(playbook),
    ...builder.notes,
  ];
  return { workflow, losses };
}

/** Serverless Workflow's exponential backoff has no factor; a multiplier other than 1 or 2 is approximated. */
function retryLosses(playbook: Playbook): string[] {
  return playbook.nodes.flatMap((node) =>
    (node.kind === 'step' || node.kind === 'compensation') &&
    node.retry.maxAttempts > 1 &&
    node.retry.multiplier !== 1 &&
    node.retry.multiplier !== 2
      ? [
          `The retry backoff multiplier ${node.retry.multiplier} of "${node.label}" (${node.id}) is exported as an exponential backoff, which has no factor in Serverless Workflow 1.0.`,
        ]
      : [],
  );
}

function exportAs(playbook: Playbook, format: 'yaml' | 'json'): ExportResult {
  const { workflow, losses } = toServerlessWorkflow(playbook);
  const output =
    format === 'json'
      ? `${JSON.stringify(workflow, null, 2)}\n`
      : stringify(workflow, { lineWidth: 0, aliasDuplicateObjects: false });
  return { output, losses };
}

export const serverlessWorkflowYaml: Exporter = {
  id: 'serverless-workflow-yaml',
  label: 'CNCF Serverless Workflow 1.0 (YAML)',
  extension: 'sw.yaml',
  mediaType: 'application/yaml',
  description:
    'A Serverless Workflow 1.0 document; each failure runs the undo steps in reverse, then raises.',
  export: (playbook) => exportAs(playbook, 'yaml'),
};

export const serverlessWorkflowJson: Exporter = {
  id: 'serverless-workflow-json',
  label: 'CNCF Serverless Workflow 1.0 (JSON)',
  extension: 'sw.json',
  mediaType: 'application/json',
  description: 'The same Serverless Workflow 1.0 document as JSON.',
  export: (playbook) => exportAs(playbook, 'json'),
};

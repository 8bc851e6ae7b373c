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
    'Every step, undo, snapshot, restore, check and degraded mode calls one placeholder service ("rollbook-action" at https://rollbook.invalid/actions): someone must connect it to the real systems. The data changes each step makes are written down as notes; the workflow does not make them itself.',
    'The workflow cannot work out your checks and decision questions itself: the service that runs the steps answers each one (yes or no); the rule is written down as a note on the task.',
    'An approval waits for one "dev.rollbook.approval" event that says "approved"; who may approve and how many must agree are written down as notes, not enforced.',
    'A run that does not complete (rolled back, restored, degraded, failed) ends the workflow with an error named after how it ended (https://rollbook.dev/errors/rolled-back, …).',
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
          `"${node.label}" waits ${node.retry.multiplier} times longer before each new try; Serverless Workflow 1.0 can only double the wait, so the export doubles it.`,
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

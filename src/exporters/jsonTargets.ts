import { jsonExporter } from './jsonExporter';
import { toN8nWorkflow } from './n8n';
import { toStateMachine } from './stepFunctions';

/** The targets whose file is one JSON document, declared side by side (their builders live in their folders). */
export const stepFunctions = jsonExporter(
  {
    id: 'step-functions',
    label: 'AWS Step Functions (Amazon States Language)',
    extension: 'asl.json',
    description:
      'An ASL state machine with Retry/Catch, a compensation chain per failure point and task-token approvals.',
  },
  toStateMachine,
);

export const n8n = jsonExporter(
  {
    id: 'n8n',
    label: 'n8n workflow (runnable rollback)',
    // Not plain .json: the file is an n8n workflow, and the name says so next to the playbook's own JSON.
    extension: 'n8n.json',
    description:
      'An n8n workflow that runs the rollback when the forward workflow fails (Error Trigger) or by hand for a drill; import it in n8n with "Import from file".',
  },
  toN8nWorkflow,
);

import { field, isRecord, list, text } from '../json';
import type { WorkflowImporter } from '../registry';
import { parseServerlessWorkflow } from './parse';

/** A Serverless Workflow 1.x document: `document.dsl` 1.x and a `do` list. */
const isWorkflow = (document: unknown): document is Record<string, unknown> =>
  isRecord(document) &&
  /^1\./.test(text(field(field(document, 'document'), 'dsl')) ?? '') &&
  list(field(document, 'do')).length >= 0 &&
  Array.isArray(field(document, 'do'));

/** CNCF Serverless Workflow 1.0, in YAML or JSON. */
export const serverlessWorkflowImporter: WorkflowImporter = {
  format: 'serverless-workflow',
  label: 'Serverless Workflow 1.0 document',
  detect: isWorkflow,
  parse: (document) =>
    isWorkflow(document)
      ? parseServerlessWorkflow(document)
      : { ok: false, error: { kind: 'unknown-format', message: 'No document.dsl 1.x and do list' } },
};

import { field, isRecord, text } from '../json';
import type { WorkflowImporter } from '../registry';
import { parseStateMachine } from './parse';

/**
 * The state machine in a document: a bare definition (what the console's "Export" and our own
 * exporter give), or `describe-state-machine` output whose `definition` is the definition as a
 * JSON string.
 */
export function findDefinition(document: unknown): Record<string, unknown> | null {
  if (isDefinition(document)) return document;
  const wrapped = field(document, 'definition');
  if (isDefinition(wrapped)) return wrapped;
  const inner = text(wrapped);
  if (inner === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(inner);
    return isDefinition(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const isDefinition = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof field(value, 'StartAt') === 'string' && isRecord(field(value, 'States'));

/** Amazon States Language (AWS Step Functions) state machines. */
export const aslImporter: WorkflowImporter = {
  format: 'asl',
  label: 'Step Functions state machine (Amazon States Language)',
  detect: (document) => findDefinition(document) !== null,
  parse: (document) => {
    const definition = findDefinition(document);
    if (!definition)
      return {
        ok: false,
        error: { kind: 'unknown-format', message: 'No StartAt and States: not a state machine' },
      };
    return parseStateMachine(definition, text(field(document, 'name')));
  },
};

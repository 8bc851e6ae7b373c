import { parseDuration } from '../../lib/duration';
import type { IrMessage, IrOperation, IrRetry } from '../ir';
import { field, finite, isRecord, text } from '../json';
import { guessedOperation, rawHttpOperation, unknownOperation } from '../parserOperations';

/** The task types of Serverless Workflow 1.0: a task is an object with one of these keys. */
// Order matters: a `for` task also has `do`, so the specific keys are tried before `do`.
export const TASK_TYPES = [
  'for',
  'fork',
  'try',
  'switch',
  'call',
  'emit',
  'listen',
  'raise',
  'run',
  'set',
  'wait',
  'do',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const taskTypeOf = (task: Record<string, unknown>): TaskType | undefined =>
  TASK_TYPES.find((type) => field(task, type) !== undefined);

/** `metadata` Rollbook's own export writes on each task: the node it stands for and its label. */
export interface RollbookMetadata {
  node?: string;
  kind?: string;
  label?: string;
  undoes?: string;
}

export function rollbookMetadata(task: Record<string, unknown>): RollbookMetadata {
  const metadata = field(task, 'metadata');
  const read = (key: string) => text(field(metadata, key));
  const found: RollbookMetadata = {};
  if (read('rollbookNode')) found.node = read('rollbookNode')!;
  if (read('kind')) found.kind = read('kind')!;
  if (read('label')) found.label = read('label')!;
  if (read('undoes')) found.undoes = read('undoes')!;
  return found;
}

/**
 * A duration: an ISO 8601 string, or the DSL's object form `{ days, hours, minutes, seconds,
 * milliseconds }`. Runtime expressions are no duration (undefined).
 */
export function durationOf(value: unknown): number | undefined {
  if (typeof value === 'string') return parseDuration(value.trim()) ?? undefined;
  if (!isRecord(value)) return undefined;
  const part = (key: string) => finite(field(value, key)) ?? 0;
  const ms =
    (((part('days') * 24 + part('hours')) * 60 + part('minutes')) * 60 + part('seconds')) * 1000 +
    part('milliseconds');
  return ms > 0 ? ms : undefined;
}

/** A task's `timeout.after`, in milliseconds. */
export const timeoutOf = (task: Record<string, unknown>) =>
  durationOf(field(field(task, 'timeout'), 'after'));

/**
 * A catch's retry policy: `limit.attempt.count` counts retries after the first attempt, so the
 * playbook's attempts are count + 1; `delay` is the first wait; `exponential` doubles it, `linear`
 * grows it (approximated as ×1 and reported), `constant` keeps it.
 */
export function retryOfCatch(catcher: unknown): { retry?: IrRetry; messages: IrMessage[] } {
  const policy = field(catcher, 'retry');
  const messages: IrMessage[] = [];
  if (typeof policy === 'string') {
    messages.push({
      level: 'warning',
      message: `Its retry policy "${policy}" is defined elsewhere in the file (use.retries): check the step's retry.`,
    });
    return { messages };
  }
  if (!isRecord(policy)) return { messages };
  const count = finite(field(field(field(policy, 'limit'), 'attempt'), 'count'));
  const backoff = field(policy, 'backoff');
  const multiplier = field(backoff, 'exponential') !== undefined ? 2 : 1;
  if (field(backoff, 'linear') !== undefined)
    messages.push({
      level: 'warning',
      message: 'Its linear backoff is kept as fixed waits (a playbook retry grows by a factor).',
    });
  if (count === undefined)
    messages.push({
      level: 'warning',
      message: 'Its retry has no attempt limit: the playbook retries 3 times.',
    });
  const retries = count ?? 3;
  if (retries <= 0) return { messages };
  return {
    retry: {
      maxAttempts: Math.round(retries) + 1,
      backoffMs: durationOf(field(policy, 'delay')) ?? 0,
      multiplier,
    },
    messages,
  };
}

/** What a `call` task does to data. */
export function callOperation(task: Record<string, unknown>): IrOperation {
  const call = text(field(task, 'call')) ?? '';
  const args = field(task, 'with');
  if (call === 'http') {
    const endpoint = field(args, 'endpoint');
    const uri = text(endpoint) ?? text(field(endpoint, 'uri'));
    return rawHttpOperation(text(field(args, 'method')), uri);
  }
  if (call === 'openapi' || call === 'grpc' || call === 'asyncapi') {
    const operation =
      text(field(args, 'operationId')) ??
      text(field(field(args, 'method'), 'name')) ??
      text(field(args, 'operation'));
    return operation
      ? guessedOperation(
          call === 'grpc' ? 'gRPC' : call === 'openapi' ? 'OpenAPI' : 'AsyncAPI',
          operation,
          undefined,
          operation,
        )
      : unknownOperation(
          call,
          `A ${call} call without an operation: decide what it changes and how to undo it.`,
        );
  }
  return unknownOperation(
    call || 'a function',
    `It calls the function "${call}": Rollbook cannot see what it changes. Add its effects, or mark it read-only.`,
  );
}

import { effectFromName } from '../catalogue';
import type { IrMessage, IrOperation, IrRetry } from '../ir';
import { field, finite, isRecord, list, text } from '../json';
import { guessedOperation, rawHttpOperation, unknownOperation } from '../parserOperations';

/** What a state machine exported by Rollbook says about the node a state stands for. */
export interface RollbookPayload {
  node: string;
  action: string;
}

/** `Parameters.Payload.{node, action}` of a Task our Step Functions exporter wrote, if any. */
export function rollbookPayload(state: Record<string, unknown>): RollbookPayload | undefined {
  const payload = field(field(state, 'Parameters'), 'Payload');
  const node = text(field(payload, 'node'));
  const action = text(field(payload, 'action'));
  if (node !== undefined && action !== undefined) return { node, action };
  // An approval task carries the node and its approvers, not an action.
  if (node !== undefined && field(payload, 'approvers') !== undefined) return { node, action: 'approval' };
  return undefined;
}

const NODE_REF = / \(node ([^()]+)\)$/;

/** A state's Comment without the ` (node <id>)` Rollbook's export appends to it. */
export const commentOf = (state: Record<string, unknown>): string | undefined =>
  text(field(state, 'Comment'))?.replace(NODE_REF, '');

/**
 * The playbook node a state stands for, in a state machine Rollbook exported: the Task payload's
 * `node`, or the ` (node <id>)` at the end of its Comment (Pass, Choice, Succeed and Fail states).
 */
export const nodeIdOf = (state: Record<string, unknown>): string | undefined =>
  rollbookPayload(state)?.node ?? NODE_REF.exec(text(field(state, 'Comment')) ?? '')?.[1];

const DYNAMO: Readonly<Record<string, IrOperation['effect']>> = {
  putitem: 'create',
  updateitem: 'update',
  deleteitem: 'delete',
  getitem: 'read',
  query: 'read',
  scan: 'read',
};

/** What a Task does to data outside the machine, read from its `Resource` (an ARN) and parameters. */
export function taskOperation(state: Record<string, unknown>): IrOperation {
  const resource = text(field(state, 'Resource')) ?? '';
  const parameters = field(state, 'Parameters') ?? field(state, 'Arguments');
  const integration = /^arn:aws[\w-]*:states:::([\w-]+):([\w.:-]+?)(\.sync(:\d+)?|\.waitForTaskToken)?$/.exec(
    resource,
  );
  const service = integration?.[1] ?? '';
  const action = integration?.[2] ?? '';
  if (service === 'dynamodb' && DYNAMO[action.toLowerCase()]) {
    const table = text(field(parameters, 'TableName'));
    return {
      effect: DYNAMO[action.toLowerCase()]!,
      app: 'DynamoDB',
      ...(table ? { resource: table, resourceFromSource: true } : { resource: 'items' }),
    };
  }
  if (service === 'sns' || service === 'sqs' || service === 'ses' || service === 'sesv2')
    return {
      effect: 'send',
      app: service.toUpperCase(),
      ...(service.startsWith('ses') ? { channel: 'email' } : {}),
    };
  if (service === 'http')
    return rawHttpOperation(text(field(parameters, 'Method')), text(field(parameters, 'ApiEndpoint')));
  if (service === 'aws-sdk') {
    const [sdkService = 'AWS', call = ''] = action.split(':');
    return effectFromName(call) === 'read'
      ? { effect: 'read', app: `AWS ${sdkService}` }
      : guessedOperation(`AWS ${sdkService}`, call, undefined, `${sdkService}:${call}`);
  }
  if (service === 'lambda' || resource.includes(':lambda:') || resource.includes('FunctionArn'))
    return unknownOperation(
      'AWS Lambda',
      'It invokes a Lambda function: Rollbook cannot see what the function changes. Add its effects, or mark it read-only.',
    );
  return unknownOperation(
    service ? `AWS ${service}` : 'Step Functions',
    `It calls ${resource || 'a resource the file does not name'}: decide what it changes and how to undo it.`,
  );
}

/**
 * The first retrier as the step's retry policy. ASL's `MaxAttempts` counts retries after the first
 * attempt (default 3), `IntervalSeconds` defaults to 1 and `BackoffRate` to 2.0, so a retrier
 * without fields means 4 attempts, 1 s, 2 s and 4 s apart. `MaxAttempts: 0` means no retry.
 */
export function retryOf(state: Record<string, unknown>): { retry?: IrRetry; messages: IrMessage[] } {
  const retriers = list(field(state, 'Retry')).filter(isRecord);
  const messages: IrMessage[] = [];
  const first = retriers[0];
  if (!first) return { messages };
  const retries = finite(field(first, 'MaxAttempts')) ?? 3;
  const interval = finite(field(first, 'IntervalSeconds')) ?? 1;
  const rate = finite(field(first, 'BackoffRate')) ?? 2;
  const errors = list(field(first, 'ErrorEquals')).filter((item) => typeof item === 'string');
  if (retriers.length > 1)
    messages.push({
      level: 'warning',
      message: `It has ${retriers.length} retriers; a playbook step has one retry policy, so the first (for ${errors.join(', ') || 'any error'}) is kept.`,
    });
  else if (errors.length > 0 && !errors.includes('States.ALL'))
    messages.push({
      level: 'info',
      message: `Its retrier is only for ${errors.join(', ')}; the playbook retries any failure.`,
    });
  for (const extra of ['MaxDelaySeconds', 'JitterStrategy'])
    if (field(first, extra) !== undefined)
      messages.push({
        level: 'info',
        message: `The retrier's ${extra} is not kept (a playbook has no such setting).`,
      });
  if (retries <= 0) return { messages };
  return {
    retry: {
      maxAttempts: Math.round(retries) + 1,
      backoffMs: Math.max(interval, 0) * 1000,
      multiplier: rate,
    },
    messages,
  };
}

/** The Catch clauses' targets, by state name, in order. */
export function catchTargets(state: Record<string, unknown>): { next: string; errors: string[] }[] {
  return list(field(state, 'Catch'))
    .filter(isRecord)
    .flatMap((catcher) => {
      const next = text(field(catcher, 'Next'));
      const errors = list(field(catcher, 'ErrorEquals')).filter(
        (item): item is string => typeof item === 'string',
      );
      return next === undefined ? [] : [{ next, errors }];
    });
}

/** `TimeoutSeconds` as milliseconds (a path-valued timeout is reported, not kept). */
export const timeoutMsOf = (state: Record<string, unknown>): number | undefined => {
  const seconds = finite(field(state, 'TimeoutSeconds'));
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
};

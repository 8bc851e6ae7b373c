import { wholeSeconds } from '../plan/durations';
import type { ActionNode } from '../plan/executionPlan';

/** One ASL state as plain data. */
export type AslState = Record<string, unknown>;

/** Substituted at deployment (CloudFormation / SAM `DefinitionSubstitutions`). */
const substitution = (name: string): string => ['$', '{', name, '}'].join('');
export const ACTION_FUNCTION_ARN = substitution('RollbookActionFunctionArn');
export const APPROVAL_FUNCTION_ARN = substitution('RollbookApprovalFunctionArn');

/** Catches every error a Task can raise (States.ALL), keeping the input and the error under `$.error`. */
export const catchAll = (next: string) => [
  { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: next },
];

/** A Lambda invocation of the action runner for one node; the result is discarded so the input flows on. */
export function actionTask(node: ActionNode, comment: string): AslState {
  const timeout = 'timeout' in node && node.timeout ? { TimeoutSeconds: wholeSeconds(node.timeout, 1) } : {};
  return {
    Type: 'Task',
    Comment: comment,
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: {
      FunctionName: ACTION_FUNCTION_ARN,
      Payload: { node: node.id, action: node.kind, 'input.$': '$' },
    },
    ResultPath: null,
    ...timeout,
  };
}

/** An approval: the approval function sends the task token to the approvers and waits for their answer. */
export function approvalTask(node: Extract<ActionNode, { kind: 'approval' }>, comment: string): AslState {
  return {
    Type: 'Task',
    Comment: comment,
    Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
    Parameters: {
      FunctionName: APPROVAL_FUNCTION_ARN,
      Payload: {
        node: node.id,
        approvers: node.approvers,
        quorum: node.quorum,
        'taskToken.$': '$$.Task.Token',
        'input.$': '$',
      },
    },
    ResultPath: null,
    ...(node.timeout ? { TimeoutSeconds: wholeSeconds(node.timeout, 1) } : {}),
  };
}

/** ASL retries count retries after the first attempt; the interval is whole seconds, at least 1. */
export function retrier(retry: { maxAttempts: number; backoff: string; multiplier: number }) {
  if (retry.maxAttempts <= 1) return {};
  return {
    Retry: [
      {
        ErrorEquals: ['States.ALL'],
        IntervalSeconds: wholeSeconds(retry.backoff, 1),
        MaxAttempts: retry.maxAttempts - 1,
        BackoffRate: retry.multiplier,
      },
    ],
  };
}

/** `Rollbook.RolledBack` for `rolled_back`: the error name a caller matches on. */
export function outcomeError(outcome: string): string {
  return `Rollbook.${outcome
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

import type { NodeOf } from '../../domain/types';
import type { ActionNode } from '../plan/executionPlan';

/** A Serverless Workflow 1.0 task, as plain data for YAML or JSON. */
export type SwTask = Record<string, unknown>;
/** One `{ name: task }` entry of a task list. */
export type SwTaskItem = Record<string, SwTask>;

/** The one function every action calls; its endpoint is a placeholder the platform team binds. */
export const ACTION_FUNCTION = 'rollbook-action';
export const ERROR_TYPE_BASE = 'https://rollbook.dev/errors/';

/** A jq runtime expression, `${ … }` (built, not written, so a linter does not take it for a JS template). */
export const jq = (expression: string): string => ['$', '{ ', expression, ' }'].join('');

/** Serverless Workflow's flow directive is a key named `then`; it is built in this one place. */
export function flowTo(target: string): { then: string } {
  // biome-ignore lint/suspicious/noThenProperty: the DSL names its flow directive "then"; these objects are data, never awaited.
  return { then: target };
}

/**
 * User text placed where the runtime evaluates strings: a string that looks like a runtime
 * expression (`${ … }`) would run as jq, so it is wrapped as a jq string literal instead.
 */
export function literal(text: string): string {
  return text.trim().startsWith('$' + '{') ? jq(JSON.stringify(text)) : text;
}

/** Where the node came from, for a reader of the workflow and for tools; never evaluated. */
export function nodeMetadata(node: {
  id: string;
  kind: string;
  label: string;
  description?: string;
  owner?: string;
}) {
  return {
    rollbookNode: node.id,
    kind: node.kind,
    label: node.label,
    ...(node.description === undefined ? {} : { description: node.description }),
    ...(node.owner === undefined ? {} : { owner: node.owner }),
  };
}

/** The details of an action node an operator needs, kept as metadata (the runner reads them by node id). */
function actionDetails(node: ActionNode): Record<string, unknown> {
  switch (node.kind) {
    case 'step':
      return {
        effects: node.effects,
        ...(node.system ? { system: node.system } : {}),
        idempotent: node.idempotent,
        ...(node.idempotencyKey ? { idempotencyKey: node.idempotencyKey } : {}),
        ...(node.irreversible ? { irreversible: node.irreversible.reason } : {}),
      };
    case 'compensation':
      return {
        strategy: node.strategy,
        effects: node.effects,
        ...(node.system ? { system: node.system } : {}),
      };
    case 'checkpoint':
      return { entities: node.entities };
    case 'restore':
      return { checkpoint: node.checkpoint, ...(node.entities ? { entities: node.entities } : {}) };
    case 'check':
      return { invariants: node.invariants };
    case 'approval':
      return { approvers: node.approvers, quorum: node.quorum };
    case 'notify':
      return { channel: node.channel, audience: node.audience, tier: node.tier, message: node.message };
    case 'failsafe':
      return {
        mode: node.mode,
        pauses: node.pauses,
        ...(node.exitCriteria ? { exitCriteria: node.exitCriteria } : {}),
      };
  }
}

/** The call of the action runner for one node, with its timeout. */
export function actionCall(node: ActionNode): SwTask {
  const timeout = 'timeout' in node && node.timeout ? { timeout: { after: node.timeout } } : {};
  return {
    call: ACTION_FUNCTION,
    with: { node: node.id, action: node.kind },
    ...timeout,
    metadata: { ...nodeMetadata(node), ...actionDetails(node) },
  };
}

/** An approval: wait for the decision event, then fail (inside the try) unless it approves. */
export function approvalTasks(node: NodeOf<'approval'>): SwTaskItem[] {
  return [
    {
      wait: {
        listen: { to: { one: { with: { type: 'dev.rollbook.approval', subject: node.id } } } },
        ...(node.timeout ? { timeout: { after: node.timeout } } : {}),
        metadata: { ...nodeMetadata(node), approvers: node.approvers, quorum: node.quorum },
      },
    },
    {
      rejected: {
        if: jq('.decision != "approved"'),
        raise: {
          error: {
            type: `${ERROR_TYPE_BASE}approval-rejected`,
            status: 403,
            title: literal(`${node.label}: not approved`),
          },
        },
      },
    },
  ];
}

/** A notification as a CloudEvent the platform routes to the channel. */
export function notifyTask(node: NodeOf<'notify'>): SwTask {
  return {
    emit: {
      event: {
        with: {
          source: 'https://rollbook.dev',
          type: 'dev.rollbook.notify',
          subject: node.id,
          data: {
            channel: node.channel,
            audience: literal(node.audience),
            tier: node.tier,
            message: literal(node.message),
          },
        },
      },
    },
    metadata: nodeMetadata(node),
  };
}

/** The retry policy of a step or compensation, or nothing when it makes one attempt. */
export function retryPolicy(retry: { maxAttempts: number; backoff: string; multiplier: number }) {
  if (retry.maxAttempts <= 1) return {};
  return {
    retry: {
      delay: retry.backoff,
      backoff: retry.multiplier === 1 ? { constant: {} } : { exponential: {} },
      // `limit.attempt.count` counts retries, not attempts: one attempt is always made.
      limit: { attempt: { count: retry.maxAttempts - 1 } },
    },
  };
}

/** Raising an error ends the workflow faulted, carrying the run's outcome as the error type. */
export function raiseOutcome(outcome: string, title: string, detail?: string): SwTask {
  return {
    raise: {
      error: {
        type: `${ERROR_TYPE_BASE}${outcome.replaceAll('_', '-')}`,
        status: 500,
        title: literal(title),
        ...(detail ? { detail: literal(detail) } : {}),
      },
    },
  };
}

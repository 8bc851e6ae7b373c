import type { NodeOf } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import { connectorFor } from './connector';
import { CONNECTOR_TYPE_VERSION, N8N_MAX_TRIES, N8N_MAX_WAIT_BETWEEN_TRIES_MS } from './nodeTypes';
import type { NodeSpec } from './workflowBuilder';

type Position = [number, number];

/** An IF (v2) whose one condition is a boolean n8n expression. */
export function ifNode(expression: string, position: Position, notes?: string): NodeSpec {
  return {
    kind: 'if',
    position,
    parameters: {
      conditions: {
        options: { caseSensitive: true, leftValue: '', typeValidation: 'loose' },
        conditions: [
          {
            id: 'rollbook-condition',
            leftValue: `={{ ${expression} }}`,
            rightValue: '',
            operator: { type: 'boolean', operation: 'true', singleValue: true },
          },
        ],
        combinator: 'and',
      },
      options: {},
    },
    ...(notes ? { notes, notesInFlow: true } : {}),
  };
}

/** A node the author must finish: an HTTP Request with no URL, which n8n flags until it is set. */
export function todoRequest(what: string, position: Position, timeoutMs?: number): NodeSpec {
  return {
    kind: 'httpRequest',
    position,
    parameters: { method: 'POST', url: '', options: timeoutMs ? { timeout: timeoutMs } : {} },
    notes: `TODO (Rollbook): set the call that ${what}.`,
    notesInFlow: true,
  };
}

type Retrying = Pick<NodeOf<'step'>, 'retry' | 'label'>;

/**
 * n8n node settings for the playbook's retry policy. n8n waits the same time between tries and
 * caps tries and waits; what does not fit is said in `losses`.
 */
export function retrySettings(node: Retrying, losses: string[]): Partial<NodeSpec> {
  const { maxAttempts, backoff, multiplier } = node.retry;
  if (maxAttempts <= 1) return {};
  const waitMs = durationMs(backoff);
  const maxTries = Math.min(maxAttempts, N8N_MAX_TRIES);
  const waitBetweenTries = Math.min(waitMs, N8N_MAX_WAIT_BETWEEN_TRIES_MS);
  if (maxTries < maxAttempts || waitBetweenTries < waitMs) {
    losses.push(
      `"${node.label}" tries ${maxAttempts} times ${formatHumanDuration(waitMs)} apart; n8n allows at most ${N8N_MAX_TRIES} tries ${formatHumanDuration(N8N_MAX_WAIT_BETWEEN_TRIES_MS)} apart, so the exported action tries ${maxTries} times ${formatHumanDuration(waitBetweenTries)} apart.`,
    );
  }
  if (multiplier > 1) {
    losses.push(
      `"${node.label}" waits ${multiplier} times longer after each failed try; n8n waits the same time between tries.`,
    );
  }
  return { retryOnFail: true, maxTries, waitBetweenTries };
}

/** The undo itself: the catalogue's connector node for its system, else a marked HTTP Request. */
export function compensationNode(
  compensation: NodeOf<'compensation'>,
  step: NodeOf<'step'> | undefined,
  position: Position,
  losses: string[],
): NodeSpec {
  const timeoutMs = compensation.timeout ? durationMs(compensation.timeout) : undefined;
  const retry = retrySettings(compensation, losses);
  const connector = connectorFor(compensation, step);
  if (!connector) {
    return { ...todoRequest(`undoes "${step?.label ?? compensation.label}"`, position, timeoutMs), ...retry };
  }
  if (timeoutMs !== undefined) {
    losses.push(
      `"${compensation.label}" has a time limit of ${formatHumanDuration(timeoutMs)}; the ${connector.app} action in n8n has no time limit of its own.`,
    );
  }
  const operation = connector.operation
    ? `${connector.resource ? `${connector.resource} ` : ''}${connector.operation}`
    : 'the operation';
  return {
    kind: 'connector',
    type: connector.type,
    typeVersion: CONNECTOR_TYPE_VERSION,
    position,
    parameters: {
      ...(connector.resource ? { resource: connector.resource } : {}),
      ...(connector.operation ? { operation: connector.operation } : {}),
    },
    notes: `TODO (Rollbook): set the credentials and what ${operation} acts on, to undo "${step?.label ?? compensation.label}".`,
    notesInFlow: true,
    ...retry,
  };
}

/** A notification: Slack and email as their own nodes; other channels as a marked HTTP Request. */
export function notifyNode(node: NodeOf<'notify'>, position: Position, losses: string[]): NodeSpec {
  if (node.channel === 'slack') {
    return {
      kind: 'slack',
      position,
      parameters: {
        select: 'channel',
        channelId: { __rl: true, value: node.audience, mode: 'name' },
        text: node.message,
        otherOptions: {},
      },
      notes: 'TODO (Rollbook): set the Slack credentials.',
    };
  }
  if (node.channel === 'email') {
    return {
      kind: 'emailSend',
      position,
      parameters: {
        fromEmail: '',
        toEmail: node.audience,
        subject: node.label,
        emailFormat: 'text',
        text: node.message,
        options: {},
      },
      notes: 'TODO (Rollbook): set the sender and the SMTP credentials.',
    };
  }
  losses.push(
    `"${node.label}" goes out by ${node.channel}, which the export cannot send from n8n: it is an HTTP Request for you to fill in.`,
  );
  return todoRequest(`tells ${node.audience} by ${node.channel}: ${node.message}`, position);
}

/** An approval: a Wait resumed by a call to its webhook, limited by the approval's time limit. */
export function approvalWait(node: NodeOf<'approval'>, position: Position, webhookId: string): NodeSpec {
  const limit = node.timeout ? durationMs(node.timeout) : undefined;
  return {
    kind: 'wait',
    position,
    webhookId,
    parameters: {
      resume: 'webhook',
      httpMethod: 'POST',
      ...(limit !== undefined
        ? {
            limitWaitTime: true,
            limitType: 'afterTimeInterval',
            resumeAmount: Math.max(1, Math.ceil(limit / 60_000)),
            resumeUnit: 'minutes',
          }
        : {}),
      options: {},
    },
    notes: `Waits for ${node.approvers.join(', ')} to approve: POST {"decision": "approve"} to this node's resume URL${limit !== undefined ? `; after ${formatHumanDuration(limit)} without an answer it counts as rejected` : ''}.`,
    notesInFlow: true,
  };
}

/** A stable UUID-shaped id for a Wait node's webhook, from the playbook and node ids. */
export function webhookIdFor(playbookId: string, nodeId: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const hex: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    for (const char of `${round}:${playbookId}/${nodeId}`) {
      a = Math.imul(a ^ char.charCodeAt(0), 0x01000193) >>> 0;
      b = Math.imul(b + char.charCodeAt(0), 0x85ebca6b) >>> 0;
    }
    hex.push(((a ^ b) >>> 0).toString(16).padStart(8, '0'));
  }
  const all = hex.join('');
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-4${all.slice(13, 16)}-a${all.slice(17, 20)}-${all.slice(20, 32)}`;
}

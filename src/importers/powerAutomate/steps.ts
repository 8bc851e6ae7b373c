import { parseDuration } from '../../lib/duration';
import type { IrAction, IrEnd, IrMessage, IrStep, IrTrigger } from '../ir';
import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import type { SourceRef } from '../types';
import { type ConnectorNames, operationOf } from './operations';
import { readRetryPolicy } from './retry';

/** Action types that only shape the run's own data: nothing outside the flow changes. */
const DATA_OPERATIONS = new Set([
  'compose',
  'initializevariable',
  'setvariable',
  'incrementvariable',
  'decrementvariable',
  'appendtoarrayvariable',
  'appendtostringvariable',
  'parsejson',
  'query',
  'select',
  'table',
  'join',
  'expression',
  'xslt',
  'liquid',
  'xmlvalidation',
  'flatfileencoding',
  'flatfiledecoding',
]);

/** "Send_an_email_(V2)" → "Send an email (V2)": the name the designer shows. */
export const displayName = (key: string): string => key.replace(/_/g, ' ').trim() || key;

/** The source reference of a trigger or action: its key is its id; the connector op is in the type. */
export function sourceOf(key: string, element: JsonObject): SourceRef {
  const type = stringOf(element.type) ?? 'unknown';
  const inputs = isObject(element.inputs) ? element.inputs : {};
  const host = isObject(inputs.host) ? inputs.host : {};
  const api = stringOf(host.apiId)?.split('/').at(-1) ?? stringOf(host.connectionName);
  const operationId = stringOf(host.operationId);
  return {
    id: key,
    name: displayName(key),
    type: api && operationId ? `${type} ${api}.${operationId}` : type,
  };
}

export function triggerStep(key: string, trigger: JsonObject, connectors: ConnectorNames): IrTrigger {
  const type = (stringOf(trigger.type) ?? '').toLowerCase();
  const messages: IrMessage[] = [];
  // A person starts Button, Power Apps and Copilot requests; an HTTP request is a webhook: an event.
  const kind = (stringOf(trigger.kind) ?? '').toLowerCase();
  const byPerson = type === 'request' && kind !== '' && kind !== 'http';
  const scheduled = type === 'recurrence' || type === 'slidingwindow';
  const signal = scheduled ? 'schedule' : byPerson || type === 'manual' ? 'manual' : 'alert';
  const inputs = isObject(trigger.inputs) ? trigger.inputs : {};
  const operation = type.includes('connection') ? operationOf(type, inputs, connectors) : undefined;
  if (operation && operation.effect !== 'read' && operation.effect !== 'unknown') {
    messages.push({ level: 'info', message: `Starts the flow when ${operation.app} reports an event.` });
  }
  if (Array.isArray(trigger.conditions) && trigger.conditions.length > 0) {
    messages.push({
      level: 'warning',
      message:
        'The trigger has conditions: the flow starts only when they hold. They are kept in the description, not as a playbook condition.',
    });
  }
  if (trigger.splitOn !== undefined) {
    messages.push({ level: 'info', message: 'splitOn: each item of the trigger starts its own run.' });
  }
  return {
    key,
    role: 'trigger',
    signal,
    source: sourceOf(key, trigger),
    ...notesOf(trigger),
    ...withMessages(messages),
  };
}

/** Terminate: the run stops with its status. Cancelled stops a run as much as Failed does. */
export function terminateStep(key: string, action: JsonObject): IrEnd {
  const inputs = isObject(action.inputs) ? action.inputs : {};
  const status = (stringOf(inputs.runStatus) ?? 'Failed').toLowerCase();
  const messages: IrMessage[] =
    status === 'cancelled'
      ? [
          {
            level: 'info',
            message: 'Terminate as Cancelled: the run stops without finishing, drawn as a failed end.',
          },
        ]
      : [];
  return {
    key,
    role: 'end',
    outcome: status === 'succeeded' ? 'completed' : 'failed',
    source: sourceOf(key, action),
    ...notesOf(action),
    ...withMessages(messages),
  };
}

/** Every action that is neither a container nor Terminate. */
export function actionStep(key: string, action: JsonObject, connectors: ConnectorNames): IrAction {
  const type = (stringOf(action.type) ?? '').toLowerCase();
  const inputs = isObject(action.inputs) ? action.inputs : {};
  const messages: IrMessage[] = [];
  const step: IrAction = { key, role: 'action', source: sourceOf(key, action), ...notesOf(action) };
  if (isApproval(inputs)) {
    messages.push({
      level: 'warning',
      message:
        'Waits for a person to approve in Power Automate: kept as a step that changes no data. Its outcome is whatever conditions follow it.',
    });
  } else if (DATA_OPERATIONS.has(type)) {
    // Variables and composed values live in the run: the builder says there is nothing to undo.
  } else if (type === 'response') {
    messages.push({
      level: 'info',
      message: 'Answers the HTTP request that started the flow: nothing to undo.',
    });
  } else if (type === 'wait') {
    const waited = waitMs(inputs);
    if (waited !== undefined) step.durationMs = waited;
    else
      messages.push({
        level: 'info',
        message: 'Waits until a point in time: the wait is not timed in the playbook.',
      });
  } else {
    const operation = operationOf(type, inputs, connectors);
    if (operation) step.operation = operation;
    else
      messages.push({
        level: 'attention',
        message: `Action type "${stringOf(action.type) ?? '?'}" is not one Rollbook knows: decide what it changes and how to undo it.`,
      });
  }
  // A person's approval is no request to retry.
  const { retry, message } = isApproval(inputs) ? {} : readRetryPolicy(type, inputs.retryPolicy);
  if (retry) step.retry = retry;
  if (message) messages.push(message);
  const timeout = isObject(action.limit) ? stringOf(action.limit.timeout) : undefined;
  const timeoutMs = timeout ? parseDuration(timeout) : null;
  if (timeoutMs !== null && timeoutMs > 0) step.timeoutMs = timeoutMs;
  if (isObject(action.runtimeConfiguration) && action.runtimeConfiguration.staticResult !== undefined) {
    messages.push({
      level: 'warning',
      message:
        'A static result is set: the platform returns a canned answer and the action does not really run.',
    });
  }
  return { ...step, ...withMessages(messages) };
}

/** A step that only groups or repeats other actions (Scope, Foreach, Until): it changes nothing. */
export function groupStep(key: string, action: JsonObject, message: IrMessage): IrAction {
  return { key, role: 'action', source: sourceOf(key, action), ...notesOf(action), messages: [message] };
}

const isApproval = (inputs: JsonObject): boolean => {
  const host = isObject(inputs.host) ? inputs.host : {};
  const api = stringOf(host.apiId) ?? stringOf(host.connectionName) ?? '';
  return /shared_approvals$/i.test(api) && /wait/i.test(stringOf(host.operationId) ?? '');
};

const UNIT_MS: Readonly<Record<string, number>> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** Delay's `interval: { count, unit }` in milliseconds (months have no fixed length: undefined). */
function waitMs(inputs: JsonObject): number | undefined {
  const interval = isObject(inputs.interval) ? inputs.interval : undefined;
  if (!interval) return undefined;
  const count = typeof interval.count === 'number' ? interval.count : Number(interval.count);
  const unit = UNIT_MS[(stringOf(interval.unit) ?? '').toLowerCase()];
  return unit !== undefined && Number.isFinite(count) && count >= 0 ? count * unit : undefined;
}

/** The designer's note on an action (`description`) goes to the node's description. */
const notesOf = (element: JsonObject): Pick<IrStep, 'notes'> => {
  const note = stringOf(element.description);
  return note ? { notes: [note] } : {};
};

const withMessages = (messages: IrMessage[]): Pick<IrStep, 'messages'> =>
  messages.length > 0 ? { messages } : {};

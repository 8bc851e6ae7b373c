import { effectFromName } from '../catalogue';
import type { IrMessage, IrOperation, IrRetry, IrStep } from '../ir';
import { guessedOperation, unknownOperation } from '../parserOperations';
import type { SourceRef } from '../types';
import { type FlowNode, SUB_PROCESSES } from './collect';
import { attr, documentationOf, eventDefinition, eventKind, isoDurationMs, vendorExtensions } from './model';
import type { XmlElement } from './xmlReader';

export const sourceOf = (element: XmlElement): SourceRef => ({
  id: attr(element, 'id') ?? element.local,
  name: attr(element, 'name') ?? attr(element, 'id') ?? element.local,
  type: element.local,
});

/** Rollbook's BPMN export writes what BPMN has no attribute for into documentation lines. */
const RETRY_LINE = /^Retry: (\d+) attempts, backoff (\S+) × ([\d.]+)$/m;
const TIMEOUT_LINE = /^Timeout: (\S+)$/m;
const NOTIFY_LINE = /^\w+ to .* \(tier \d\): /m;

/** The retry of a task: Rollbook's documentation line, or Camunda's failedJobRetryTimeCycle (R3/PT10S). */
export function retryOfTask(element: XmlElement): IrRetry | undefined {
  const documented = RETRY_LINE.exec(documentationOf(element) ?? '');
  if (documented) {
    const backoffMs = isoDurationMs(documented[2]) ?? 0;
    return { maxAttempts: Number(documented[1]), backoffMs, multiplier: Number(documented[3]) };
  }
  const cycle = findText(element, 'failedJobRetryTimeCycle');
  const camunda = cycle ? /^R(\d+)\/(P\S+)$/.exec(cycle.trim()) : null;
  if (camunda && Number(camunda[1]) > 1)
    return { maxAttempts: Number(camunda[1]), backoffMs: isoDurationMs(camunda[2]) ?? 0, multiplier: 1 };
  return undefined;
}

export const timeoutOfTask = (element: XmlElement): number | undefined =>
  isoDurationMs(TIMEOUT_LINE.exec(documentationOf(element) ?? '')?.[1]);

function findText(element: XmlElement, local: string): string | undefined {
  for (const child of element.children) {
    if (child.local === local) return child.text;
    const inner = findText(child, local);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** What a task does to data, as far as a BPMN file says: usually nothing, so it is guessed or asked. */
function taskOperation(element: XmlElement, name: string): IrOperation | undefined {
  switch (element.local) {
    case 'sendTask':
      return NOTIFY_LINE.test(documentationOf(element) ?? '')
        ? undefined
        : { effect: 'send', app: 'BPMN message' };
    case 'receiveTask':
      return undefined;
    case 'businessRuleTask':
      return { effect: 'read', app: 'Business rules' };
    case 'callActivity':
      return unknownOperation(
        'BPMN',
        `It calls the process "${attr(element, 'calledElement') ?? 'not named'}": import that process too, and decide what it changes.`,
      );
    default:
      return effectFromName(name)
        ? guessedOperation('BPMN', name, undefined, name)
        : unknownOperation(
            'BPMN',
            'What this task runs is not in the BPMN file (the engine binds it): decide what it changes and how to undo it.',
          );
  }
}

/** One flow node as a step of the neutral workflow (sub-process ends and joins never get here). */
export function stepOfNode(node: FlowNode, position: { x: number; y: number } | undefined): IrStep {
  const { element } = node;
  const source = sourceOf(element);
  const documentation = documentationOf(element);
  const base = {
    key: node.id,
    source,
    ...(position ? { position } : {}),
    ...(documentation ? { notes: [documentation] } : {}),
    messages: extensionMessages(element),
  };
  const kind = eventKind(element);
  switch (element.local) {
    case 'startEvent':
      return {
        ...base,
        role: 'trigger',
        signal: kind === 'timer' ? 'schedule' : kind === 'none' ? 'manual' : 'alert',
      };
    case 'endEvent': {
      const outcome = /^Outcome: (\w+)$/m.exec(documentation ?? '')?.[1];
      const failed =
        ['error', 'terminate', 'escalation'].includes(kind) || (outcome && outcome !== 'completed');
      return { ...base, role: 'end', outcome: failed ? 'failed' : 'completed' };
    }
    case 'exclusiveGateway':
    case 'inclusiveGateway':
    case 'eventBasedGateway':
    case 'complexGateway':
      return { ...base, role: 'decision', branches: [] };
    case 'intermediateCatchEvent': {
      const wait =
        kind === 'timer' ? isoDurationMs(findText(eventDefinition(element)!, 'timeDuration')) : undefined;
      return {
        ...base,
        role: 'action',
        ...(wait ? { durationMs: wait } : {}),
        messages: [
          ...base.messages,
          { level: 'info', message: `It waits for a ${kind === 'none' ? 'moment' : kind} event.` },
        ],
      };
    }
    case 'userTask':
      return { ...base, role: 'action', approval: true, ...timeoutPart(element) };
    case 'intermediateThrowEvent':
      return {
        ...base,
        role: 'action',
        messages: [
          ...base.messages,
          { level: 'info', message: `It throws a ${kind} event: drawn as a step that changes nothing.` },
        ],
      };
    default: {
      const retry = retryOfTask(element);
      const operation = SUB_PROCESSES.has(element.local) ? undefined : taskOperation(element, source.name);
      const loop = element.children.some((child) => child.local.endsWith('LoopCharacteristics'));
      const messages: IrMessage[] = [...base.messages];
      if (SUB_PROCESSES.has(element.local))
        messages.push({ level: 'info', message: 'A sub-process: its steps follow it in the playbook.' });
      if (loop)
        messages.push({
          level: 'info',
          message: 'It repeats (a loop or multi-instance): the playbook runs it once.',
        });
      return {
        ...base,
        role: 'action',
        ...(operation ? { operation } : {}),
        ...(retry ? { retry } : {}),
        ...timeoutPart(element),
        messages,
      };
    }
  }
}

const timeoutPart = (element: XmlElement) => {
  const timeoutMs = timeoutOfTask(element);
  return timeoutMs ? { timeoutMs } : {};
};

/** Vendor extensions are reported, never fatal: the playbook keeps the BPMN meaning only. */
export function extensionMessages(element: XmlElement): IrMessage[] {
  const found = vendorExtensions(element);
  return found.length > 0
    ? [{ level: 'info', message: `Vendor extensions not imported: ${found.join(', ')}.` }]
    : [];
}

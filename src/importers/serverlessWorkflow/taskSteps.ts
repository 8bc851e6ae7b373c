import type { IrMessage, IrStep } from '../ir';
import { field, isRecord, list, text } from '../json';
import type { Exit, Item, WorkflowWalker } from './parse';
import { registerUndos } from './saga';
import {
  callOperation,
  durationOf,
  retryOfCatch,
  rollbookMetadata,
  taskTypeOf,
  timeoutOf,
} from './taskDetails';

const info = (message: string): IrMessage => ({ level: 'info', message });

/**
 * One task as a step (containers link to their inner lists here too). Returns undefined for a
 * task that is part of another step (a Rollbook decision's switch).
 */
export function taskStep(
  item: Item,
  key: string,
  walker: WorkflowWalker,
  siblings: Item[],
  next: Exit,
): IrStep | undefined {
  const { task } = item;
  const meta = rollbookMetadata(task);
  const type = taskTypeOf(task);
  const source = { id: item.name, name: meta.label ?? item.name, type: type ?? 'task' };
  const condition = text(field(task, 'if'));
  const messages: IrMessage[] = condition
    ? [info(`It runs only if ${condition}: the playbook always runs it.`)]
    : [];
  const timeoutMs = timeoutOf(task);
  const base = { key, source, messages, ...(timeoutMs ? { timeoutMs } : {}) };
  switch (type) {
    case 'call': {
      const action = text(field(field(task, 'with'), 'action'));
      if (action === 'decision') return decision(item, base, walker, siblings, next);
      if (action && action !== 'step')
        return {
          ...base,
          role: 'action',
          messages: [
            ...messages,
            info(`Rollbook's export of a ${action} node: drawn as a step that changes nothing.`),
          ],
        };
      return { ...base, role: 'action', operation: callOperation(task) };
    }
    case 'try': {
      const inner = list(field(task, 'try')).find(isRecord);
      const innerTask = inner ? Object.values(inner)[0] : undefined;
      const { retry, messages: retryMessages } = retryOfCatch(field(task, 'catch'));
      if (meta.kind === 'approval') {
        const listen = isRecord(innerTask) ? timeoutOf(innerTask) : undefined;
        return { ...base, role: 'action', approval: true, ...(listen ? { timeoutMs: listen } : {}) };
      }
      const inside = isRecord(innerTask)
        ? taskStep(
            {
              name: item.name,
              task: { ...innerTask, metadata: field(task, 'metadata') ?? field(innerTask, 'metadata') },
              pointer: item.pointer,
            },
            key,
            walker,
            [],
            next,
          )
        : undefined;
      if (inside?.role !== 'action')
        return { ...base, role: 'action', messages: [...messages, ...retryMessages] };
      return {
        ...inside,
        source,
        ...(retry ? { retry } : {}),
        messages: [...(inside.messages ?? []), ...retryMessages],
      };
    }
    case 'do': {
      if (meta.kind === 'rollback' || meta.kind === 'implicit-rollback') {
        registerUndos(item, walker);
        const after = siblings.find((sibling) => walker.keyOf(sibling) === next || sibling.pointer === next);
        if (after && ['raise', 'set'].includes(taskTypeOf(after.task) ?? '')) walker.fold(after.pointer, key);
        return { ...base, role: 'end', outcome: 'rolled_back' };
      }
      walker.link(key, walker.walkList(field(task, 'do'), `${item.pointer}/do`, next), 'next');
      return {
        ...base,
        role: 'action',
        messages: [...messages, info('A group of tasks: they follow it in the playbook.')],
      };
    }
    case 'wait': {
      if (meta.kind === 'rollback' || meta.kind === 'implicit-rollback')
        return taskStep(
          { ...item, task: { do: [], metadata: field(task, 'metadata') } },
          key,
          walker,
          siblings,
          next,
        );
      const waits = durationOf(field(task, 'wait'));
      return { ...base, role: 'action', ...(waits ? { durationMs: waits } : {}) };
    }
    case 'listen':
      return meta.kind === 'approval'
        ? { ...base, role: 'action', approval: true }
        : { ...base, role: 'action', messages: [...messages, info('It waits for an event.')] };
    case 'raise':
      return { ...base, role: 'end', outcome: 'failed' };
    case 'set':
      return meta.kind === 'end' || text(field(field(task, 'set'), 'outcome')) === 'completed'
        ? { ...base, role: 'end', outcome: 'completed' }
        : { ...base, role: 'action' };
    case 'emit': {
      const event = text(field(field(field(field(task, 'emit'), 'event'), 'with'), 'type'));
      return {
        ...base,
        role: 'action',
        messages: [...messages, info(`It emits the event "${event ?? 'not named'}".`)],
      };
    }
    case 'fork': {
      const branches = list(field(field(task, 'fork'), 'branches'));
      walker.link(key, walker.walkList(branches, `${item.pointer}/fork/branches`, next), 'next');
      return {
        ...base,
        role: 'action',
        messages: [
          ...messages,
          info(`A fork of ${branches.length} branches: the playbook draws them one after the other.`),
        ],
      };
    }
    case 'for':
      walker.link(key, walker.walkList(field(task, 'do'), `${item.pointer}/do`, next), 'next');
      return {
        ...base,
        role: 'action',
        messages: [...messages, info('A loop over items: the playbook walks its tasks once.')],
      };
    case 'run':
      return {
        ...base,
        role: 'action',
        operation: {
          effect: 'unknown',
          app: 'a process',
          attention:
            'It runs a container, script, shell command or workflow: decide what it changes and how to undo it.',
        },
      };
    case 'switch':
      return switchDecision(item, base, walker, siblings, next);
    default:
      return {
        ...base,
        role: 'action',
        messages: [
          ...messages,
          {
            level: 'warning',
            message:
              'Not a Serverless Workflow 1.0 task Rollbook knows: drawn as a step that changes nothing.',
          },
        ],
      };
  }
}

type Base = Pick<IrStep, 'key' | 'source' | 'messages'>;

/** Rollbook's decision: a call that asks for the answer, then the switch its `then` names. */
function decision(item: Item, base: Base, walker: WorkflowWalker, siblings: Item[], next: Exit): IrStep {
  const name = text(field(item.task, 'then'));
  const chooser = siblings.find((sibling) => sibling.name === name && taskTypeOf(sibling.task) === 'switch');
  if (!chooser) return { ...base, role: 'decision', branches: [] };
  walker.fold(chooser.pointer, base.key);
  return switchDecision(chooser, base, walker, siblings, next);
}

function switchDecision(
  item: Item,
  base: Base,
  walker: WorkflowWalker,
  siblings: Item[],
  next: Exit,
): IrStep {
  const cases = list(field(item.task, 'switch')).filter(isRecord);
  const branches: string[] = [];
  cases.forEach((entry, index) => {
    const [label, body] = Object.entries(entry)[0] ?? ['case', {}];
    branches.push(label);
    const then = text(field(body, 'then'));
    const target =
      then === 'exit' || then === undefined || then === 'continue'
        ? next
        : then === 'end'
          ? undefined
          : siblings.find((sibling) => sibling.name === then);
    walker.link(
      base.key,
      typeof target === 'object' ? walker.entryOf(target, () => undefined) : target,
      'branch',
      index,
    );
  });
  return { ...base, role: 'decision', branches };
}

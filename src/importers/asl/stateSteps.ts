import type { IrAction, IrMessage, IrRemark, IrStep, IrUndo } from '../ir';
import { field, finite, isRecord, list, text } from '../json';
import type { SourceRef } from '../types';
import { branchStartsOf, type FlatState } from './flatten';
import {
  catchTargets,
  commentOf,
  nodeIdOf,
  retryOf,
  rollbookPayload,
  taskOperation,
  timeoutMsOf,
} from './taskDetails';

const TRIGGER_COMMENT = /^(.*) \((manual|alert|anomaly|schedule) trigger\)$/;
const UNDOES_COMMENT = /^(.*) \(undoes .*\)$/;

/** The name people know a state by: for Rollbook's own export the node's label (kept in Comment). */
function nameOf(flat: FlatState, rollbookNode: boolean): string {
  const comment = commentOf(flat.state);
  const rollbook = rollbookNode || nodeIdOf(flat.state) !== undefined;
  if (!comment || !rollbook) return flat.name;
  const label = UNDOES_COMMENT.exec(comment)?.[1] ?? comment.replace(/: evaluates the CEL condition .*$/, '');
  return label.trim() === '' ? flat.name : label;
}

export const sourceOf = (flat: FlatState, rollbookNode = false): SourceRef => ({
  id: flat.name,
  name: nameOf(flat, rollbookNode),
  type: text(field(flat.state, 'Type')) ?? 'state',
});

export const isTerminalType = (flat: FlatState) =>
  ['Fail', 'Succeed'].includes(text(field(flat.state, 'Type')) ?? '');

export const copyRemark = (flat: FlatState, attachedTo: string): IrRemark => ({
  level: 'info',
  source: sourceOf(flat),
  message:
    'The same node again, on another path (a state machine repeats a state once per failure point): merged into one node.',
  attachedTo,
});

export function stepOf(flat: FlatState, key: string, undo: IrUndo | undefined): IrStep {
  const source = sourceOf(flat, key.startsWith('node:'));
  const type = source.type;
  const state = flat.state;
  const comment = commentOf(state);
  const notes = comment && nodeIdOf(state) === undefined ? [comment] : [];
  switch (type) {
    case 'Choice': {
      const choices = list(field(state, 'Choices')).filter(isRecord);
      const branches = choices.map((choice, index) => choiceLabel(choice, index));
      if (field(state, 'Default') !== undefined) branches.push('Default');
      return {
        key,
        role: 'decision',
        source,
        branches,
        condition: JSON.stringify(choices).slice(0, 500),
        notes,
      };
    }
    case 'Succeed':
      return { key, role: 'end', outcome: 'completed', source, notes };
    case 'Fail': {
      const error = text(field(state, 'Error'));
      return {
        key,
        role: 'end',
        outcome: 'failed',
        source,
        notes: [...notes, ...(error ? [`Error: ${error}`] : [])],
      };
    }
    case 'Pass': {
      const trigger = comment ? TRIGGER_COMMENT.exec(comment) : null;
      if (trigger)
        return {
          key,
          role: 'trigger',
          signal: trigger[2] as 'manual',
          source: { ...source, name: trigger[1]! },
        };
      return {
        key,
        role: 'action',
        source,
        notes,
        messages: [{ level: 'info', message: 'A Pass state: it passes its input on.' }],
      };
    }
    case 'Wait': {
      const seconds = finite(field(state, 'Seconds'));
      return {
        key,
        role: 'action',
        source,
        notes,
        ...(seconds ? { durationMs: seconds * 1000 } : {}),
        ...(seconds === undefined
          ? {
              messages: [
                {
                  level: 'info',
                  message: 'It waits until a time read from the input: the playbook cannot know how long.',
                },
              ],
            }
          : {}),
      };
    }
    case 'Parallel':
    case 'Map':
      return withRetry(flat, {
        key,
        role: 'action',
        source,
        notes,
        messages: [
          {
            level: 'info',
            message:
              type === 'Map'
                ? 'A Map runs its steps for each item: the playbook walks them once.'
                : `A Parallel runs ${branchStartsOf(flat).length} branches at once: the playbook draws them one after the other.`,
          },
        ],
      });
    case 'Task':
      return taskStep(flat, key, source, notes, undo);
    default:
      return {
        key,
        role: 'action',
        source,
        notes,
        messages: [
          {
            level: 'warning',
            message: `Type "${type}" is not an ASL state type Rollbook knows: drawn as a step that changes nothing.`,
          },
        ],
      };
  }
}

function choiceLabel(choice: Record<string, unknown>, index: number): string {
  const variable = text(field(choice, 'Variable'));
  const condition = text(field(choice, 'Condition'));
  return (
    variable
      ? `${variable} ${Object.keys(choice).find((k) => !['Variable', 'Next'].includes(k)) ?? ''}`
      : (condition ?? `Choice ${index + 1}`)
  )
    .trim()
    .slice(0, 80);
}

function taskStep(
  flat: FlatState,
  key: string,
  source: SourceRef,
  notes: string[],
  undo: IrUndo | undefined,
): IrAction {
  const state = flat.state;
  const payload = rollbookPayload(state);
  const resource = text(field(state, 'Resource')) ?? '';
  const timeoutMs = timeoutMsOf(state);
  if (payload?.action === 'approval' || resource.endsWith('.waitForTaskToken'))
    return { key, role: 'action', source, notes, approval: true, ...(timeoutMs ? { timeoutMs } : {}) };
  const kindNote =
    payload && payload.action !== 'step' && payload.action !== 'compensation'
      ? [
          {
            level: 'info' as const,
            message: `Rollbook's export of a ${payload.action} node: drawn as a step that changes nothing.`,
          },
        ]
      : [];
  return withRetry(flat, {
    key,
    role: 'action',
    source,
    notes,
    ...(kindNote.length === 0 ? { operation: taskOperation(state) } : { messages: kindNote }),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(undo ? { undo } : {}),
  });
}

export function withRetry(flat: FlatState, step: IrAction): IrAction {
  const { retry, messages } = retryOf(flat.state);
  const catches = catchTargets(flat.state);
  const extra: IrMessage[] =
    catches.length > 1
      ? [
          {
            level: 'warning',
            message: `It has ${catches.length} Catch clauses; a playbook step has one failure path, so the first is kept.`,
          },
        ]
      : [];
  return {
    ...step,
    ...(retry ? { retry } : {}),
    messages: [...(step.messages ?? []), ...messages, ...extra],
  };
}

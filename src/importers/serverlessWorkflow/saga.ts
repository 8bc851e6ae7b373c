import { UNDO_VERB } from '../asl/saga';
import { undoTargetByName } from '../asl/sagaNames';
import { field } from '../json';
import type { Item, WorkflowWalker } from './parse';
import { retryOfCatch, rollbookMetadata, taskTypeOf, timeoutOf } from './taskDetails';

/**
 * The undo tasks of a rollback inside a catch: Rollbook's own rollback (`metadata.undoes` names
 * each undone step), or a saga (calls named "Cancel…", "Undo…", then a raise), matched to the
 * steps before the catch by name, else most recent first.
 */
export interface SagaRollback {
  /** The rollback end's key (absent for Rollbook's implicit rollback: no failure path). */
  key?: string;
  implicit: boolean;
  /** True when the catch's tasks were all accounted for here. */
  handled: boolean;
}

/** Registers the undos of a Rollbook rollback task (`do` with `metadata.kind` rollback). */
export function registerUndos(rollback: Item, walker: WorkflowWalker) {
  const list = Array.isArray(field(rollback.task, 'do')) ? (field(rollback.task, 'do') as unknown[]) : [];
  list.forEach((entry, index) => {
    const [name, task] = Object.entries((entry ?? {}) as Record<string, unknown>)[0] ?? [];
    if (!name || typeof task !== 'object' || task === null) return;
    const item: Item = {
      name,
      task: task as Record<string, unknown>,
      pointer: `${rollback.pointer}/do/${index}/${name}`,
    };
    const meta = rollbookMetadata(item.task);
    const step = meta.undoes ? `node:${meta.undoes}` : undefined;
    addUndo(item, step, walker);
  });
}

function addUndo(item: Item, step: string | undefined, walker: WorkflowWalker) {
  if (!step || walker.undos.has(step)) {
    walker.remark(
      item,
      step
        ? 'The same undo again, in another rollback: merged into one compensation.'
        : 'An undo that names no step: left out.',
      step,
    );
    return;
  }
  const catcher = field(item.task, 'catch');
  const { retry, messages } = retryOfCatch(catcher);
  const inner = (field(item.task, 'try') as unknown[] | undefined)?.[0];
  const call = inner && typeof inner === 'object' ? Object.values(inner)[0] : undefined;
  const timeoutMs =
    call && typeof call === 'object' ? timeoutOf(call as Record<string, unknown>) : timeoutOf(item.task);
  const failurePath = Array.isArray(field(catcher, 'do')) && (field(catcher, 'do') as unknown[]).length > 0;
  walker.undos.set(step, {
    source: {
      id: item.name,
      name: rollbookMetadata(item.task).label ?? item.name,
      type: taskTypeOf(item.task) ?? 'task',
    },
    ...(retry ? { retry } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
    messages: [
      ...messages,
      ...(failurePath
        ? [
            {
              level: 'warning' as const,
              message:
                'What its catch does when the undo fails is not kept: a failed undo ends the rollback "rollback_incomplete" unless you add a failure path.',
            },
          ]
        : []),
    ],
  });
}

export function readSaga(
  list: Item[],
  walker: WorkflowWalker,
  catcher: string | undefined,
): SagaRollback | undefined {
  const first = list[0];
  if (!first) return undefined;
  if (rollbookMetadata(first.task).kind === 'implicit-rollback') {
    registerUndos(first, walker);
    walker.remark(
      first,
      "Rollbook's implicit rollback: a playbook step rolls back by itself when it has no failure path.",
      catcher,
    );
    for (const rest of list.slice(1))
      walker.remark(rest, 'Where the implicit rollback ends: part of it.', catcher);
    return { implicit: true, handled: true };
  }
  const detail = field(field(field(first.task, 'raise'), 'error'), 'detail');
  if (list.length === 1 && typeof detail === 'string' && / has no failure path$/.test(detail)) {
    walker.remark(
      first,
      "Rollbook's export fails the run here because the node has no failure path: a playbook does that by itself.",
      catcher,
    );
    return { implicit: true, handled: true };
  }
  const last = list[list.length - 1]!;
  const undos = taskTypeOf(last.task) === 'raise' ? list.slice(0, -1) : [];
  if (
    undos.length === 0 ||
    !undos.every((item) => taskTypeOf(item.task) === 'call' && UNDO_VERB.test(item.name))
  )
    return undefined;
  const actions = walker.steps.filter((step) => step.role === 'action');
  const upTo = catcher ? actions.findIndex((step) => step.key === catcher) : actions.length - 1;
  const before = actions.slice(0, upTo + 1).reverse();
  for (const undo of undos) {
    const open = before.filter((step) => !walker.undos.has(step.key));
    // By the words of its name, else the steps before the catch, most recent first.
    const target = undoTargetByName(undo.name, open, (step) => step.source.name) ?? open[0];
    addUndo(undo, target?.key, walker);
  }
  const key = `rollback:${last.pointer}`;
  walker.steps.push({
    key,
    role: 'end',
    outcome: 'rolled_back',
    source: { id: last.name, name: last.name, type: 'raise' },
  });
  return { key, implicit: false, handled: true };
}

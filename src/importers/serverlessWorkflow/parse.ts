import type { IrLink, IrRemark, IrRetry, IrStep, IrUndo, IrWorkflow } from '../ir';
import { field, isRecord, list, text } from '../json';
import type { ParseOutcome } from '../registry';
import { readSaga, registerUndos } from './saga';
import { callOperation, retryOfCatch, rollbookMetadata, taskTypeOf, timeoutOf } from './taskDetails';
import { taskStep } from './taskSteps';

/** Where a list's run goes when it is done: a task key, or undefined for the end of the workflow. */
export type Exit = string | undefined;

/** What a failure inside a `try` does: its failure link (or Rollbook's implicit rollback) and retry. */
interface FailureContext {
  to: Exit;
  implicit: boolean;
  retry?: IrRetry;
  swallow: boolean;
}

export interface Item {
  name: string;
  task: Record<string, unknown>;
  pointer: string;
}

const items = (value: unknown, pointer: string): Item[] =>
  list(value).flatMap((entry, index) => {
    if (!isRecord(entry)) return [];
    const [name] = Object.keys(entry);
    const task = name === undefined ? undefined : entry[name];
    return name !== undefined && isRecord(task)
      ? [{ name, task, pointer: `${pointer}/${index}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}` }]
      : [];
  });

/**
 * Walks the task lists of a Serverless Workflow 1.0 document into the neutral workflow: `call`
 * tasks are actions, `switch` decisions, `try`/`catch` a step's retry and failure path, `wait`
 * waits, `listen` waits for an event (an approval in Rollbook's export), `raise` a failed end,
 * `fork`, `for` and `do` run their tasks in order, and a catch whose tasks undo earlier ones
 * (a saga, or Rollbook's rollback) the compensations of those steps.
 */
export class WorkflowWalker {
  readonly steps: IrStep[] = [];
  readonly links: IrLink[] = [];
  readonly remarks: IrRemark[] = [];
  private readonly emitted = new Set<string>();
  private readonly folded = new Map<string, string>();
  readonly undos = new Map<string, IrUndo>();

  keyOf(item: Item): string {
    const meta = rollbookMetadata(item.task);
    if (meta.kind === 'rollback' || meta.kind === 'implicit-rollback')
      return `rollback:${meta.node ?? 'implicit'}`;
    return meta.node ? `node:${meta.node}` : item.pointer;
  }

  /** The key a run enters a task at: a multi-task try is entered at its first task. */
  entryOf(item: Item, after: () => Exit, seen = new Set<string>()): Exit {
    const inner = items(field(item.task, 'try'), `${item.pointer}/try`);
    if (taskTypeOf(item.task) !== 'try' || inner.length <= 1 || this.isApproval(item))
      return this.keyOf(item);
    // A loop of jumps into try blocks has no entry: the guard stops it at the workflow's end.
    if (seen.has(item.pointer)) return undefined;
    seen.add(item.pointer);
    return this.entryOfList(inner, after(), seen);
  }

  entryOfList(list: Item[], exit: Exit, seen = new Set<string>()): Exit {
    return list[0] ? this.entryOf(list[0], () => this.successor(list, 0, exit, seen), seen) : exit;
  }

  private successor(list: Item[], index: number, exit: Exit, seen = new Set<string>()): Exit {
    const then = text(field(list[index]!.task, 'then'));
    if (then === 'exit') return exit;
    if (then === 'end') return undefined;
    const target = then && then !== 'continue' ? list.findIndex((item) => item.name === then) : index + 1;
    if (target < 0 || !list[target]) return exit;
    return this.entryOf(list[target]!, () => this.successor(list, target, exit, seen), seen);
  }

  isApproval = (item: Item) => rollbookMetadata(item.task).kind === 'approval';

  walkList(value: unknown, pointer: string, exit: Exit, failure?: FailureContext): Exit {
    const list = items(value, pointer);
    list.forEach((item, index) => {
      this.walk(item, list, this.successor(list, index, exit), failure);
    });
    return this.entryOfList(list, exit);
  }

  link(from: string, to: Exit, kind: IrLink['kind'], branch?: number) {
    if (to === undefined || to === from) return;
    if (this.links.some((l) => l.from === from && l.to === to && l.kind === kind && l.branch === branch))
      return;
    this.links.push({ from, to, kind, ...(branch === undefined ? {} : { branch }) });
  }

  remark(item: Item, message: string, attachedTo?: string) {
    this.remarks.push({
      level: 'info',
      source: {
        id: item.name,
        name: rollbookMetadata(item.task).label ?? item.name,
        type: taskTypeOf(item.task) ?? 'task',
      },
      message,
      ...(attachedTo ? { attachedTo } : {}),
    });
  }

  private walk(item: Item, siblings: Item[], next: Exit, failure?: FailureContext) {
    const key = this.keyOf(item);
    const into = this.folded.get(item.pointer);
    if (into) return this.remark(item, 'Where the rollback ends: part of the rollback.', into);
    const type = taskTypeOf(item.task);
    if (
      type === 'try' &&
      items(field(item.task, 'try'), `${item.pointer}/try`).length > 1 &&
      !this.isApproval(item)
    )
      return this.walkTry(item, next, key);
    if (this.emitted.has(key)) {
      if (key.startsWith('rollback:')) registerUndos(item, this);
      this.remark(
        item,
        'The same node again, on another path (the export repeats it once per failure point): merged into one node.',
        key,
      );
    } else {
      const step = taskStep(item, key, this, siblings, next);
      if (!step) return;
      this.emitted.add(key);
      if (step.role === 'action' && failure) {
        if (failure.retry && !step.retry) step.retry = failure.retry;
        if (failure.swallow) step.continueOnFailure = true;
      }
      this.steps.push(step);
      if (step.role === 'end' || step.role === 'decision') return;
    }
    if (type === 'try') this.walkCatch(item, key, next);
    else if (failure && !failure.implicit) this.link(key, failure.to, 'failure');
    if (
      !['do', 'fork', 'for', 'switch', 'raise'].includes(type ?? '') ||
      rollbookMetadata(item.task).kind === 'rollback'
    )
      if (!this.steps.some((step) => step.key === key && step.role === 'end')) this.link(key, next, 'next');
  }

  /** A try of one task (or Rollbook's approval): the step; its catch is the failure path. */
  private walkCatch(item: Item, key: string, next: Exit) {
    const catcher = field(item.task, 'catch');
    const doList = items(field(catcher, 'do'), `${item.pointer}/catch/do`);
    const inner = items(field(item.task, 'try'), `${item.pointer}/try`);
    for (const task of inner) this.remark(task, 'The task the try runs: part of its step.', key);
    const saga = readSaga(doList, this, key);
    // Rollbook's implicit rollback is what a playbook step does by itself: no failure path.
    if (!saga?.implicit && doList.length > 0)
      this.link(key, saga?.key ?? this.entryOfList(doList, next), 'failure');
    if (!saga?.handled) this.walkList(field(catcher, 'do'), `${item.pointer}/catch/do`, next);
  }

  /** A try of several tasks: each gets the catch's retry and failure path. */
  private walkTry(item: Item, next: Exit, _key: string) {
    const catcher = field(item.task, 'catch');
    const doList = items(field(catcher, 'do'), `${item.pointer}/catch/do`);
    const { retry, messages } = retryOfCatch(catcher);
    const saga = readSaga(doList, this, undefined);
    const to = saga?.key ?? (doList.length > 0 ? this.entryOfList(doList, next) : next);
    this.remark(
      item,
      `A try block: its ${messages.length > 0 ? 'retry (see its steps) and ' : ''}catch apply to each of its tasks.`,
    );
    this.walkList(field(item.task, 'try'), `${item.pointer}/try`, next, {
      to,
      implicit: saga?.implicit === true,
      ...(retry ? { retry } : {}),
      swallow: doList.length === 0,
    });
    if (!saga?.handled) this.walkList(field(catcher, 'do'), `${item.pointer}/catch/do`, next);
  }

  fold(pointer: string, into: string) {
    this.folded.set(pointer, into);
  }
}

export function parseServerlessWorkflow(document: Record<string, unknown>): ParseOutcome {
  const header = field(document, 'document');
  const tasks = list(field(document, 'do'));
  if (tasks.length === 0)
    return { ok: false, error: { kind: 'empty', message: 'The workflow has no tasks', path: '/do' } };
  const walker = new WorkflowWalker();
  const entry = walker.walkList(field(document, 'do'), '/do', undefined);
  const trigger = triggerOf(document);
  if (trigger) {
    walker.steps.unshift(trigger);
    walker.link(trigger.key, entry, 'next');
  }
  for (const step of walker.steps)
    if (step.role === 'action' && walker.undos.has(step.key)) step.undo = walker.undos.get(step.key)!;
  const name = text(field(header, 'title')) ?? text(field(header, 'name')) ?? 'Serverless workflow';
  const summary = text(field(header, 'summary'));
  return {
    ok: true,
    workflow: {
      format: 'serverless-workflow',
      name,
      ...(text(field(header, 'name'))
        ? { sourceId: `${text(field(header, 'namespace')) ?? ''}/${text(field(header, 'name'))}` }
        : {}),
      ...(summary ? { description: summary } : {}),
      steps: walker.steps,
      links: walker.links,
      notes: [],
      remarks: walker.remarks,
    } satisfies IrWorkflow,
  };
}

/** Rollbook's export keeps its trigger in the document's metadata; `schedule` starts a run too. */
function triggerOf(document: Record<string, unknown>): IrStep | undefined {
  const kept = list(field(field(field(document, 'document'), 'metadata'), 'triggers')).find(isRecord);
  const signal = text(field(kept, 'signal'));
  if (kept && text(field(kept, 'id'))) {
    const id = text(field(kept, 'id'))!;
    return {
      key: `node:${id}`,
      role: 'trigger',
      signal: signal === 'alert' || signal === 'anomaly' || signal === 'schedule' ? signal : 'manual',
      source: { id, name: text(field(kept, 'label')) ?? id, type: 'trigger' },
    };
  }
  const schedule = field(document, 'schedule');
  if (!isRecord(schedule)) return undefined;
  return {
    key: '/schedule',
    role: 'trigger',
    signal: field(schedule, 'on') !== undefined ? 'alert' : 'schedule',
    source: { id: 'schedule', name: 'Schedule', type: 'schedule' },
  };
}

export { callOperation, retryOfCatch, timeoutOf };

import { kebabWords } from '../../lib/kebabWords';
import type { ExecutionPlan, PlanInstance, Target, UndoStep } from '../plan/executionPlan';
import {
  actionCall,
  approvalTasks,
  flowTo,
  jq,
  nodeMetadata,
  notifyTask,
  raiseOutcome,
  retryPolicy,
  type SwTask,
  type SwTaskItem,
} from './tasks';

/** Nested failure paths deeper than this are a loop through failure edges; they end the run instead. */
const MAX_DEPTH = 24;

/**
 * Lays the plan out as Serverless Workflow task lists. A task's `then` can only name a task of
 * its own list, so the normal flow of one region is one list (merges and loops are jumps), and each
 * failure path is a new list inside the `catch.do` of the task that failed: it runs the inverses
 * of the steps completed so far, in reverse, continues along the canvas, and ends by raising the
 * run's outcome (or `then: end` for `completed`).
 */
export class TaskListBuilder {
  /** Filled while building; the exporter turns them into losses. */
  readonly notes = new Set<string>();

  constructor(private readonly plan: ExecutionPlan) {}

  build(entry: Target, depth = 0): SwTaskItem[] {
    const list = new ListScope();
    if (depth > MAX_DEPTH) {
      this.notes.add(
        'A loop through failure paths was cut (Serverless Workflow cannot jump back out of a failure path): after 24 rounds the run ends as failed.',
      );
      list.add(
        'loop-cut',
        raiseOutcome('failed', 'Failure paths loop', 'the export cut a loop through failure paths'),
      );
      return list.items;
    }
    const queue: Target[] = [entry];
    while (queue.length > 0) {
      const target = this.skipTrigger(queue.shift()!);
      if (list.has(target)) continue;
      queue.push(...this.emit(list, target, depth));
    }
    return list.items;
  }

  /** The trigger does no work: a path to it goes to where it leads. */
  private skipTrigger(target: Target): Target {
    const instance = this.instance(target);
    return instance?.flow.kind === 'trigger' ? instance.flow.next : target;
  }

  private instance(target: Target): PlanInstance | undefined {
    return target.kind === 'instance' ? this.plan.byKey.get(target.key) : undefined;
  }

  /** The name a `then` uses for a target, reserving it in the list so it is emitted once. */
  private nameFor(list: ListScope, target: Target): string {
    return list.nameOf(this.skipTrigger(target), this.plan);
  }

  /** Emits one target's task(s) into the list; returns the targets the list must also hold. */
  private emit(list: ListScope, target: Target, depth: number): Target[] {
    const name = list.nameOf(target, this.plan);
    if (target.kind === 'terminal') {
      list.add(name, raiseOutcome(target.outcome, outcomeTitle(target.outcome), target.reason));
      return [];
    }
    const instance = this.plan.byKey.get(target.key)!;
    const { flow } = instance;
    switch (flow.kind) {
      case 'trigger':
        return [flow.next];
      case 'end':
        list.add(
          name,
          flow.node.outcome === 'completed'
            ? {
                set: { outcome: 'completed', endNode: flow.node.id },
                ...flowTo('end'),
                metadata: nodeMetadata(flow.node),
              }
            : { ...raiseOutcome(flow.node.outcome, flow.node.label), metadata: nodeMetadata(flow.node) },
        );
        return [];
      case 'decision': {
        const switchName = list.reserve(`${name}-choose`);
        list.add(name, {
          call: 'rollbook-action',
          with: { node: flow.node.id, action: 'decision' },
          metadata: { ...nodeMetadata(flow.node), condition: flow.node.condition, language: 'cel' },
          ...flowTo(switchName),
        });
        list.add(switchName, {
          switch: [
            { true: { when: jq('.value == true'), ...flowTo(this.nameFor(list, flow.whenTrue)) } },
            { false: { ...flowTo(this.nameFor(list, flow.whenFalse)) } },
          ],
        });
        return [flow.whenTrue, flow.whenFalse];
      }
      case 'rollback': {
        const undoNames = new ListScope();
        const undo = flow.undo.map((step) =>
          this.undoTask(step, undoNames.reserve(taskName(step.compensation.label)), depth),
        );
        const metadata = flow.node
          ? { ...nodeMetadata(flow.node), notCompensated: flow.notCompensated }
          : { kind: 'implicit-rollback', notCompensated: flow.notCompensated };
        list.add(name, {
          ...(undo.length > 0 ? { do: undo } : { wait: 'PT0S' }),
          metadata,
          ...flowTo(this.nameFor(list, flow.next)),
        });
        return [flow.next];
      }
      case 'action': {
        const { node } = flow;
        if (flow.alwaysFails && flow.onFailure) {
          // The run never passed this restore's checkpoint on this path: it fails at once.
          list.add(name, { do: this.build(flow.onFailure, depth + 1), metadata: nodeMetadata(node) });
          return [];
        }
        const work: SwTaskItem[] =
          node.kind === 'approval'
            ? approvalTasks(node)
            : [{ attempt: node.kind === 'notify' ? notifyTask(node) : actionCall(node) }];
        const next = this.nameFor(list, flow.next);
        if (!flow.onFailure) {
          list.add(name, { ...work[0]!.attempt!, ...flowTo(next) });
          return [flow.next];
        }
        const retry = node.kind === 'step' || node.kind === 'compensation' ? retryPolicy(node.retry) : {};
        list.add(name, {
          try: work,
          catch: { ...retry, do: this.build(flow.onFailure, depth + 1) },
          metadata: nodeMetadata(node),
          ...flowTo(next),
        });
        return [flow.next];
      }
    }
  }

  /** One compensation inside a rollback: retried by its own policy; its failure path is nested. */
  private undoTask(undo: UndoStep, name: string, depth: number): SwTaskItem {
    const task: SwTask = {
      try: [{ attempt: actionCall(undo.compensation) }],
      catch: { ...retryPolicy(undo.compensation.retry), do: this.build(undo.onFailure, depth + 1) },
      metadata: { rollbookNode: undo.compensation.id, undoes: undo.step.id, label: undo.compensation.label },
    };
    return { [name]: task };
  }
}

function outcomeTitle(outcome: string): string {
  switch (outcome) {
    case 'rolled_back':
      return 'Rolled back';
    case 'rollback_incomplete':
      return 'Rollback incomplete';
    default:
      return 'Failed';
  }
}

/** The names and tasks of one list; a target gets one name, reserved when first referenced. */
class ListScope {
  readonly items: SwTaskItem[] = [];
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly emitted = new Set<string>();

  has(target: Target): boolean {
    return this.emitted.has(targetKey(target));
  }

  nameOf(target: Target, plan: ExecutionPlan): string {
    const key = targetKey(target);
    const existing = this.names.get(key);
    if (existing) return existing;
    const base =
      target.kind === 'instance'
        ? taskName(plan.byKey.get(target.key)!.title)
        : `outcome-${target.outcome.replaceAll('_', '-')}`;
    const name = this.reserve(base);
    this.names.set(key, name);
    return name;
  }

  reserve(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n += 1) name = `${base}-${n}`;
    this.taken.add(name);
    return name;
  }

  add(name: string, task: SwTask): void {
    const key = [...this.names].find(([, value]) => value === name)?.[0];
    if (key) this.emitted.add(key);
    this.items.push({ [name]: task });
  }
}

/** Words a `then` reserves for flow: a task may not be named so. */
const FLOW_DIRECTIVES = new Set(['continue', 'exit', 'end']);

/**
 * A task name in the user's words, in the kebab-case Serverless Workflow's own examples use:
 * "Book shipments with carrier" is `book-shipments-with-carrier`. The node id stays in the
 * task's `metadata.rollbookNode` (and in `with.node` for a call), which is how an import finds it.
 */
export function taskName(label: string): string {
  const words = kebabWords(label, 64);
  if (words === '') return 'task';
  return FLOW_DIRECTIVES.has(words) ? `${words}-task` : words;
}

const targetKey = (target: Target): string =>
  target.kind === 'instance' ? target.key : `terminal|${target.outcome}|${target.reason}`;

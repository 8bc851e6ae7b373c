/**
 * Tiny interpreters of the exported documents, just enough to follow control flow: which actions
 * run, which undo steps run in which order, and how the run ends, when given nodes fail. They let a
 * test compare an export with the dry run of the same faults.
 */
export interface Walk {
  compensations: string[];
  /** `completed`, `rolled_back`, … */
  outcome: string;
  /** The end node reached, or null for an outcome without one (implicit rollback, dead end). */
  endNode: string | null;
}

export interface WalkInput {
  failing: ReadonlySet<string>;
  decisions: ReadonlyMap<string, boolean>;
}

type Json = Record<string, unknown>;

const outcomeOfError = (error: string): string =>
  error
    .replace('Rollbook.', '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();

/** The canvas node a state stands for, from the `(node <id>)` its Comment ends with. */
const nodeOfComment = (state: Json): string | null =>
  /\(node ([^)]+)\)$/.exec(String(state.Comment ?? ''))?.[1] ?? null;

/** Follows an ASL state machine: Task → Catch when its node fails, Choice by the decision values. */
export function walkAsl(definition: Json, input: WalkInput): Walk {
  const states = definition.States as Record<string, Json>;
  const compensations: string[] = [];
  let name = definition.StartAt as string;
  let lastDecision = false;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const state = states[name]!;
    switch (state.Type) {
      case 'Succeed':
        return { compensations, outcome: 'completed', endNode: nodeOfComment(state) };
      case 'Fail': {
        const isEnd = state.Comment !== undefined;
        return {
          compensations,
          outcome: outcomeOfError(state.Error as string),
          endNode: isEnd ? nodeOfComment(state) : null,
        };
      }
      case 'Pass':
        name = state.Next as string;
        break;
      case 'Choice': {
        const choice = (state.Choices as Json[])[0]!;
        name = (lastDecision === choice.BooleanEquals ? choice.Next : state.Default) as string;
        break;
      }
      case 'Task': {
        const payload = (state.Parameters as Json).Payload as Json;
        const node = payload.node as string;
        if (payload.action === 'decision') lastDecision = input.decisions.get(node) ?? false;
        // Like the dry run's `compensate` event: an undo is listed when it succeeds.
        if (payload.action === 'compensation' && !input.failing.has(node)) compensations.push(node);
        name = (input.failing.has(node) ? (state.Catch as Json[])[0]!.Next : state.Next) as string;
        break;
      }
      default:
        throw new Error(`unexpected state type ${String(state.Type)}`);
    }
  }
  throw new Error('the walk did not end');
}

type Result = { ended: true; outcome: string; endNode: string | null } | { ended: false };

/** Runs a Serverless Workflow task list: `then` jumps within a list, a failing try runs its catch. */
export function walkServerlessWorkflow(workflow: Json, input: WalkInput): Walk {
  const compensations: string[] = [];
  let decision = false;
  const runList = (list: Record<string, Json>[], depth: number): Result => {
    if (depth > 64) throw new Error('too deep');
    const names = list.map((item) => Object.keys(item)[0]!);
    let index = 0;
    for (let guard = 0; guard < 10_000 && index < list.length; guard += 1) {
      const name = names[index]!;
      const task = list[index]![name]!;
      const outcome = runTask(task, depth);
      if (outcome.ended) return outcome;
      const then = (outcome as { jump?: string }).jump ?? (task.then as string | undefined);
      if (then === 'end') return { ended: true, outcome: 'completed', endNode: endNodeOf(task) };
      if (then === undefined) index += 1;
      else {
        index = names.indexOf(then);
        if (index < 0) throw new Error(`then: ${then} names no task of its list`);
      }
    }
    return { ended: false };
  };
  const endNodeOf = (task: Json): string | null =>
    ((task.metadata as Json | undefined)?.rollbookNode as string) ?? null;
  /** Whether running the task raised a failure the enclosing try catches. */
  const fails = (task: Json): boolean => {
    const node = ((task.with as Json | undefined)?.node ??
      (task.metadata as Json | undefined)?.rollbookNode) as string;
    return input.failing.has(node);
  };
  const runTask = (task: Json, depth: number): Result | { ended: false; jump?: string } => {
    if ('try' in task) {
      const attempts = task.try as Record<string, Json>[];
      const failed = attempts.some((item) => fails(Object.values(item)[0]!));
      if (!failed) {
        for (const item of attempts) record(Object.values(item)[0]!);
        return { ended: false };
      }
      return runList(((task.catch as Json).do as Record<string, Json>[]) ?? [], depth + 1);
    }
    if ('do' in task) return runList(task.do as Record<string, Json>[], depth + 1);
    if ('raise' in task) {
      const error = (task.raise as Json).error as Json;
      const type = (error.type as string).split('/').pop()!.replaceAll('-', '_');
      const node = endNodeOf(task);
      return { ended: true, outcome: type, endNode: node };
    }
    if ('switch' in task) {
      const cases = (task.switch as Record<string, Json>[]).map((item) => Object.values(item)[0]!);
      const chosen = decision ? cases[0]! : cases[1]!;
      return { ended: false, jump: chosen.then as string };
    }
    record(task);
    return { ended: false };
  };
  const record = (task: Json): void => {
    const withArgs = task.with as Json | undefined;
    if (withArgs?.action === 'compensation') compensations.push(withArgs.node as string);
    if (withArgs?.action === 'decision') decision = input.decisions.get(withArgs.node as string) ?? false;
  };
  const result = runList(workflow.do as Record<string, Json>[], 0);
  if (!result.ended) throw new Error('the workflow fell off the end of its task list');
  return { compensations, outcome: result.outcome, endNode: result.endNode };
}

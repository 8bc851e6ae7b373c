import type { IrLink, IrMessage, IrRemark, IrStep } from '../ir';
import { isObject, isSafeKey, type JsonObject, objectEntries, stringOf } from '../jsonReaders';
import { type Exit, linksTo } from '../parserLinks';
import type { ConnectorNames } from './operations';
import { actionStep, displayName, groupStep, sourceOf, terminateStep } from './steps';

/** What a sibling action is from the outside: where runs enter it, leave it, and what can fail in it. */
interface Shape {
  key: string;
  action: JsonObject;
  /** The action's own node: runs enter here. */
  head: string;
  /** Ways out on success (none after a Terminate). */
  exits: Exit[];
  /** Action steps inside (or the step itself) whose failure makes this action fail. */
  members: string[];
}

const FAILURE_STATUSES = ['failed', 'timedout'] as const;
const ALL_STATUSES = ['succeeded', 'failed', 'timedout', 'skipped'];

/**
 * Turns a definition's nested `actions` into steps and links. Every container (Scope, If,
 * Switch, Foreach, Until) keeps a node of its own, so people find it on the canvas; `runAfter`
 * becomes links: Succeeded → next; Failed / TimedOut → failure links from every action that can
 * fail inside the predecessor (a Catch scope after a Try scope catches each of Try's actions);
 * Skipped → the paths on which the predecessor does not run (see `linkSkipped`).
 */
export class FlowWalk {
  readonly steps: IrStep[] = [];
  readonly links: IrLink[] = [];
  readonly remarks: IrRemark[] = [];
  private readonly failureFrom = new Set<string>();
  private readonly usedKeys = new Set<string>();

  constructor(readonly connectors: ConnectorNames) {}

  /** Nothing is left out silently: the entries of `elements` that are no trigger or action are reported. */
  reportLeftOut(elements: unknown, what: 'action' | 'trigger') {
    for (const [key, value] of isObject(elements) ? Object.entries(elements) : []) {
      if (isObject(value) && isSafeKey(key)) continue;
      this.remarks.push({
        level: 'warning',
        source: { id: key, name: displayName(key), type: 'unknown' },
        message: isObject(value)
          ? `A ${what} with a name Rollbook refuses: left out.`
          : `Not a ${what} (not an object): left out.`,
      });
    }
  }

  /** Reserves a trigger's name, so an action of the same name cannot take its key. */
  claim(key: string) {
    this.usedKeys.add(key);
  }

  /** Walks one `actions` object entered through `entry`; returns the ways out of it. */
  container(actions: unknown, entry: Exit[]): { exits: Exit[]; members: string[] } {
    const siblings = new Map<string, Shape>();
    this.reportLeftOut(actions, 'action');
    for (const [key, action] of objectEntries(actions)) {
      if (this.usedKeys.has(key)) {
        this.remarks.push({
          level: 'warning',
          source: sourceOf(key, action),
          message: `A second action named "${key}" was left out: action names must be unique in a flow.`,
        });
        continue;
      }
      this.usedKeys.add(key);
      siblings.set(key, this.shape(key, action));
    }
    if (siblings.size === 0) return { exits: entry, members: [] };
    const continued = new Set<string>();
    for (const shape of siblings.values()) {
      const runAfter = isObject(shape.action.runAfter) ? shape.action.runAfter : {};
      const predecessors = Object.entries(runAfter);
      if (predecessors.length === 0) this.connect(entry, shape.head);
      for (const [name, statuses] of predecessors) {
        const before = siblings.get(name);
        if (!before) {
          this.remarks.push({
            level: 'warning',
            source: sourceOf(shape.key, shape.action),
            message: `It runs after "${name}", which is not beside it in the same scope: linked from the start of its scope instead.`,
          });
          this.connect(entry, shape.head);
          continue;
        }
        this.linkOn(before, statusSet(statuses), shape, siblings, continued, new Set());
      }
    }
    const exits = [...siblings.values()]
      .filter((shape) => !continued.has(shape.key))
      .flatMap((shape) => shape.exits);
    return { exits, members: [...siblings.values()].flatMap((shape) => shape.members) };
  }

  /** Links `before` to `after` for the statuses `after` waits for. */
  private linkOn(
    before: Shape,
    statuses: Set<string>,
    after: Shape,
    siblings: Map<string, Shape>,
    continued: Set<string>,
    seen: Set<string>,
  ) {
    if (statuses.has('succeeded')) {
      this.connect(before.exits, after.head);
      continued.add(before.key);
    }
    const failing = FAILURE_STATUSES.filter((status) => statuses.has(status));
    if (failing.length > 0) {
      const label =
        failing.length === 2 ? 'failed or timed out' : failing[0] === 'failed' ? 'failed' : 'timed out';
      for (const member of before.members) this.failure(member, after.head, label);
    }
    if (statuses.has('skipped')) this.linkSkipped(before, after, siblings, continued, seen);
  }

  /**
   * "Run after X is skipped": X is skipped on the paths where its own `runAfter` statuses do not
   * hold. So `after` is linked from X's predecessors on the other statuses (a Finally scope that
   * runs after a skipped Catch runs after the Try that succeeded); an X that starts its scope is
   * never skipped by itself.
   */
  private linkSkipped(
    skipped: Shape,
    after: Shape,
    siblings: Map<string, Shape>,
    continued: Set<string>,
    seen: Set<string>,
  ) {
    if (seen.has(skipped.key)) return;
    seen.add(skipped.key);
    const runAfter = isObject(skipped.action.runAfter) ? skipped.action.runAfter : {};
    if (Object.keys(runAfter).length === 0) {
      // Only a failure outside its scope skips a first action: the nearest thing is its failure.
      const drawn = skipped.members.filter((member) => this.failure(member, after.head, 'skipped'));
      this.message(after.key, {
        level: 'warning',
        message:
          drawn.length > 0
            ? `It runs when "${skipped.key}" is skipped, which happens only when its scope does not run: drawn as a failure path of "${skipped.key}".`
            : `It runs when "${skipped.key}" is skipped, which happens only when its scope does not run, and "${skipped.key}" already has a failure path: nothing leads to it.`,
      });
      return;
    }
    for (const [name, statuses] of Object.entries(runAfter)) {
      const before = siblings.get(name);
      if (!before) continue;
      const waitedFor = statusSet(statuses);
      const otherwise = new Set(ALL_STATUSES.filter((status) => !waitedFor.has(status)));
      this.linkOn(before, otherwise, after, siblings, continued, seen);
    }
  }

  private shape(key: string, action: JsonObject): Shape {
    const type = (stringOf(action.type) ?? '').toLowerCase();
    const base = { key, action, head: key };
    switch (type) {
      case 'scope':
        return this.group(
          key,
          action,
          'Groups the actions inside it: their failures are what a "run after has failed" on it catches.',
        );
      case 'foreach':
        return this.group(
          key,
          action,
          `Repeats the actions inside it for each item of ${stringOf(action.foreach) ?? 'a list'}: the playbook runs them once.`,
        );
      case 'until':
        return this.group(
          key,
          action,
          `Repeats the actions inside it until ${stringOf(action.expression) ?? 'its condition holds'}: the playbook runs them once.`,
        );
      case 'if':
        return this.decision(
          key,
          action,
          [
            { label: 'If yes', actions: action.actions },
            {
              label: 'If no',
              actions: isObject(action.else) ? action.else.actions : undefined,
            },
          ],
          conditionText(action.expression),
        );
      case 'switch':
        return this.decision(
          key,
          action,
          switchBranches(action),
          `switch on ${conditionText(action.expression)}`,
        );
      case 'terminate':
        this.steps.push(terminateStep(key, action));
        return { ...base, exits: [], members: [] };
      default: {
        this.steps.push(actionStep(key, action, this.connectors));
        return { ...base, exits: [{ from: key, kind: 'next' }], members: [key] };
      }
    }
  }

  private group(key: string, action: JsonObject, message: string): Shape {
    this.steps.push(groupStep(key, action, { level: 'info', message }));
    const inside = this.container(action.actions, [{ from: key, kind: 'next' }]);
    return { key, action, head: key, ...inside };
  }

  private decision(
    key: string,
    action: JsonObject,
    branches: { label: string; actions: unknown }[],
    condition: string,
  ): Shape {
    this.steps.push({
      key,
      role: 'decision',
      source: sourceOf(key, action),
      branches: branches.map((branch) => branch.label),
      condition,
      ...(stringOf(action.description) ? { notes: [stringOf(action.description) as string] } : {}),
    });
    const exits: Exit[] = [];
    const members: string[] = [];
    branches.forEach((branch, index) => {
      const entry: Exit = { from: key, kind: 'branch', branch: index, label: branch.label };
      const inside = this.container(branch.actions, [entry]);
      exits.push(...inside.exits);
      members.push(...inside.members);
    });
    return { key, action, head: key, exits, members };
  }

  private message(key: string, message: IrMessage) {
    const step = this.steps.find((candidate) => candidate.key === key);
    if (step) step.messages = [...(step.messages ?? []), message];
  }

  connect(exits: Exit[], to: string) {
    this.links.push(...linksTo(exits, to));
  }

  /** One failure path per action (a playbook step has at most one): the innermost handler wins. */
  private failure(from: string, to: string, label: string): boolean {
    if (this.failureFrom.has(from)) return false;
    this.failureFrom.add(from);
    this.links.push({ from, to, kind: 'failure', label });
    return true;
  }
}

function switchBranches(action: JsonObject) {
  const cases = objectEntries(action.cases).map(([name, branch]) => ({
    label:
      stringOf(branch.case) ?? (typeof branch.case === 'number' ? String(branch.case) : displayName(name)),
    actions: branch.actions,
  }));
  const fallback = {
    label: 'default',
    actions: isObject(action.default) ? action.default.actions : undefined,
  };
  return [...cases, fallback];
}

const statusSet = (statuses: unknown): Set<string> =>
  new Set(
    (Array.isArray(statuses) ? statuses : [])
      .filter((s): s is string => typeof s === 'string')
      .map((s) => s.toLowerCase()),
  );

/** The source's condition as text for the node's description (a Logic Apps expression, not CEL). */
function conditionText(expression: unknown): string {
  const text = typeof expression === 'string' ? expression : JSON.stringify(expression ?? null);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

import type { IrLink, IrMessage, IrRemark, IrRetry, IrStep } from '../ir';
import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import { type Exit, linksTo } from '../parserLinks';
import { directiveStep, isDirective, type ScenarioSettings } from './directives';
import { actionOf, isTriggerModule, positionOf, sourceOfModule, triggerOf } from './modules';

/**
 * Walks a blueprint's `flow`: each module is a step in order; a router is a decision whose
 * branches are its routes (their first module's filter is the route's condition); a module's
 * `onerror` route is its failure path, ending in the directive that says what Make does then.
 */
export class MakeWalk {
  readonly steps: IrStep[] = [];
  readonly links: IrLink[] = [];
  readonly remarks: IrRemark[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly settings: ScenarioSettings) {}

  /** The scenario's top-level flow: its first module is the trigger when it waits for events. */
  scenario(flow: unknown[], start: Exit[]): void {
    const [first, ...rest] = flow;
    if (isObject(first) && isTriggerModule(stringOf(first.module) ?? '')) {
      const key = this.keyOf(first, 'flow/0');
      this.steps.push(triggerOf(key, first));
      this.flow(rest, [{ from: key, kind: 'next' }]);
      return;
    }
    this.flow(flow, start);
  }

  /** Walks modules one after another from `entry`; returns the ways out at the end. */
  flow(modules: unknown[], entry: Exit[]): Exit[] {
    let current = entry;
    const keys = modules.map((module, index) =>
      isObject(module) ? this.keyOf(module, `module ${index + 1}`) : null,
    );
    modules.forEach((module, index) => {
      const key = keys[index];
      if (!isObject(module) || key == null) {
        this.remarks.push({
          level: 'warning',
          source: { id: `position ${index + 1}`, name: `Module ${index + 1}`, type: 'unknown' },
          message: 'Not a module (not an object): left out.',
        });
        return;
      }
      const after = keys.findIndex((next, at) => at > index && next != null);
      const following =
        after < 0 ? undefined : { key: keys[after] as string, module: modules[after] as JsonObject };
      current = this.module(key, module, current, following);
    });
    return current;
  }

  private module(key: string, module: JsonObject, entry: Exit[], following: Following | undefined): Exit[] {
    const type = stringOf(module.module);
    if (!type) {
      this.remarks.push({
        level: 'warning',
        source: sourceOfModule(key, module),
        message: 'The module has no "module" name: left out, the flow goes on without it.',
      });
      return entry;
    }
    if (type === 'builtin:BasicRouter') {
      this.connect(entry, key);
      return this.router(key, module);
    }
    if (type === 'builtin:BasicIfElse') {
      this.connect(entry, key);
      return this.ifElse(key, module, following?.module.module === 'builtin:BasicMerge');
    }
    if (isDirective(type)) {
      this.remarks.push({
        level: 'warning',
        source: sourceOfModule(key, module),
        message: 'An error directive outside an error handler route does nothing: left out.',
      });
      return entry;
    }
    const step = actionOf(key, module);
    this.steps.push(step);
    this.connect(entry, key);
    if (Array.isArray(module.onerror) && module.onerror.length > 0)
      this.errorRoute(step, module.onerror, following?.key);
    return [{ from: key, kind: 'next' }];
  }

  private router(key: string, module: JsonObject): Exit[] {
    const routes = (Array.isArray(module.routes) ? module.routes : []).filter(isObject);
    const labels = routes.map((route, index) => routeLabel(route, index));
    const conditions = routes.map((route, index) => `${labels[index]}: ${filterText(routeFilter(route))}`);
    const messages: IrMessage[] =
      routes.length > 1
        ? [
            {
              level: 'warning',
              message:
                'Make runs every route whose filter passes, one after another; a playbook decision takes one branch: check that the routes exclude each other.',
            },
          ]
        : [];
    this.steps.push({
      key,
      role: 'decision',
      source: sourceOfModule(key, module),
      branches: labels.length > 0 ? labels : ['route 1'],
      condition: conditions.join('; '),
      ...(positionOf(module) ? { position: positionOf(module) } : {}),
      ...(messages.length > 0 ? { messages } : {}),
    });
    return routes.flatMap((route, index) =>
      this.flow(Array.isArray(route.flow) ? route.flow : [], [
        { from: key, kind: 'branch', branch: index, label: labels[index] },
      ]),
    );
  }

  /**
   * Make's If-else: the first branch whose condition holds runs (an `else` branch has none); the
   * branches marked `merge` join again at the Merge module that follows it. Without a Merge, the
   * modules after it never run, and without an else branch a bundle no branch takes stops.
   */
  private ifElse(key: string, module: JsonObject, merged: boolean): Exit[] {
    const branches = (Array.isArray(module.branches) ? module.branches : [])
      .filter(isObject)
      .filter((branch) => branch.disabled !== true);
    const labels = branches.map(
      (branch, index) =>
        stringOf(branch.label) ?? (branch.type === 'else' ? 'else' : `condition ${index + 1}`),
    );
    const hasElse = branches.some((branch) => branch.type === 'else');
    const messages: IrMessage[] = merged
      ? []
      : [
          {
            level: 'warning',
            message: 'No Merge module follows this If-else: the modules after it never run.',
          },
        ];
    this.steps.push({
      key,
      role: 'decision',
      source: sourceOfModule(key, module),
      branches: [...labels, ...(hasElse ? [] : ['no condition holds'])],
      condition: branches
        .map(
          (branch, index) => `${labels[index]}: ${branch.type === 'else' ? 'otherwise' : filterText(branch)}`,
        )
        .join('; '),
      ...(positionOf(module) ? { position: positionOf(module) } : {}),
      ...(messages.length > 0 ? { messages } : {}),
    });
    const exits = branches.flatMap((branch, index) => {
      const entry: Exit = { from: key, kind: 'branch', branch: index, label: labels[index] };
      const out = this.flow(Array.isArray(branch.flow) ? branch.flow : [], [entry]);
      return branch.merge === false ? [] : out;
    });
    return merged ? exits : [];
  }

  /**
   * A module's `onerror` route: its modules run when the module fails, then the directive at its
   * end says what Make does (see directives.ts). Resume goes on with the module after the failed one.
   */
  private errorRoute(failed: IrStep, handlers: unknown[], following: string | undefined) {
    const modules = handlers.flatMap((handler) =>
      isObject(handler) && Array.isArray(handler.flow) ? handler.flow : [handler],
    );
    const last = modules.at(-1);
    const directive = isObject(last) && isDirective(stringOf(last.module) ?? '') ? last : undefined;
    const route = directive ? modules.slice(0, -1) : modules;
    const exits = this.flow(route, [{ from: failed.key, kind: 'failure', label: 'error handler' }]);
    if (!directive) {
      addMessage(failed, {
        level: 'info',
        message: 'Its error handler route ends without a directive: Make ignores the error after running it.',
      });
      return;
    }
    const key = this.keyOf(directive, 'error directive');
    const outcome = directiveStep(key, directive, failed, this.settings);
    addMessage(failed, outcome.onFailed);
    if (outcome.retry && failed.role === 'action') failed.retry = outcome.retry satisfies IrRetry;
    if (outcome.step) {
      this.steps.push(outcome.step);
      this.connect(exits, key);
    } else if (following) {
      this.connect(exits, following);
      this.remarks.push({
        level: 'info',
        source: sourceOfModule(key, directive),
        message: outcome.remark,
        attachedTo: failed.key,
      });
    } else {
      this.remarks.push({
        level: 'info',
        source: sourceOfModule(key, directive),
        message: `${outcome.remark} It is the last module of its route: the run ends there.`,
        attachedTo: failed.key,
      });
    }
  }

  private connect(exits: Exit[], to: string) {
    this.links.push(...linksTo(exits, to));
  }

  /** The module's id as the step's key; a missing or repeated id gets one made from its place. */
  private keyOf(module: JsonObject, place: string): string {
    const id = module.id;
    // No "#" in keys: the builder names the further tests of a decision "<key>#<n>".
    const base = typeof id === 'number' || stringOf(id) ? String(id).replace(/#/g, '_') : place;
    let key = base;
    for (let suffix = 2; this.keys.has(key); suffix += 1) key = `${base} (${suffix})`;
    this.keys.add(key);
    return key;
  }
}

interface Following {
  key: string;
  module: JsonObject;
}

const firstModule = (route: JsonObject): JsonObject | undefined =>
  Array.isArray(route.flow) && isObject(route.flow[0]) ? route.flow[0] : undefined;

/** A route's name: its label, else its first module's filter name, else its place. */
/** A route's filter: on its first module (what Make exports), or on the route itself (some tools write it there). */
const routeFilter = (route: JsonObject): unknown => route.filter ?? firstModule(route)?.filter;

function routeLabel(route: JsonObject, index: number): string {
  const filter = routeFilter(route);
  return (
    stringOf(route.label) ?? (isObject(filter) ? stringOf(filter.name) : undefined) ?? `route ${index + 1}`
  );
}

/** A filter's conditions as text: OR of AND groups of `a o b`. */
function filterText(filter: unknown): string {
  if (!isObject(filter) || !Array.isArray(filter.conditions) || filter.conditions.length === 0)
    return 'always';
  const groups = filter.conditions.map((group) =>
    (Array.isArray(group) ? group : [group])
      .filter(isObject)
      .map((condition) =>
        [condition.a, condition.o, condition.b]
          .filter((part) => part !== undefined)
          .map(String)
          .join(' '),
      )
      .join(' and '),
  );
  const text = groups.join(' or ');
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}

function addMessage(step: IrStep, message: IrMessage) {
  step.messages = [...(step.messages ?? []), message];
}

import type { IrLink, IrStep, IrWorkflow } from '../ir';

/** Where a node goes next: `next` on success, `failure`, or a decision's `true` / `false` branch. */
export type SlotName = 'next' | 'failure' | 'true' | 'false';

/**
 * One node of the flow the builder shapes before it writes the playbook: a step of the source,
 * or a node the builder adds (the further tests of a Switch, a start, the shared end).
 */
export interface FlowNode {
  id: string;
  kind: 'trigger' | 'action' | 'decision' | 'end';
  /** The source step; a Switch's further tests carry their Switch's step too. */
  step?: IrStep;
  /** The branch labels a decision's true / false edges carry. */
  branchLabels?: { true?: string; false?: string };
  /** Which of a Switch's tests this is (0: the Switch's own node). */
  caseIndex?: number;
  /** On a Switch's own node: its further tests, in order. */
  tests?: FlowNode[];
  slots: Map<SlotName, string[]>;
}

export const END_ID = '#end';
export const START_ID = '#start';

/** Slots that must lead somewhere: an empty one goes to the shared end (the run is over). */
export const requiredSlots = (node: FlowNode): SlotName[] =>
  node.kind === 'decision' ? ['true', 'false'] : node.kind === 'end' ? [] : ['next'];

export interface FlowGraph {
  nodes: Map<string, FlowNode>;
  /** Triggers, in source order: where the walks start. */
  entries: string[];
  /** Steps left out: disabled, or never reached from a trigger. */
  disabled: IrStep[];
  unreachable: IrStep[];
  /** Links dropped, and why, by the key of the step they left. */
  dropped: Map<string, string[]>;
  /** True when the source had no trigger and the builder added a manual start. */
  addedStart: boolean;
}

const addTarget = (node: FlowNode, slot: SlotName, target: string) => {
  const list = node.slots.get(slot) ?? [];
  if (!list.includes(target)) list.push(target);
  node.slots.set(slot, list);
};

/** The steps a link to `key` really reaches once disabled steps are joined through. */
function resolveTargets(
  key: string,
  steps: Map<string, IrStep>,
  outgoing: Map<string, IrLink[]>,
  seen = new Set<string>(),
): string[] {
  const step = steps.get(key);
  if (!step) return [];
  if (!step.disabled) return [key];
  if (seen.has(key)) return [];
  seen.add(key);
  // A disabled node passes its input on along its first output (n8n), so follow that one.
  const through = (outgoing.get(key) ?? []).filter(
    (link) => link.kind === 'next' || (link.kind === 'branch' && (link.branch ?? 0) === 0),
  );
  return through.flatMap((link) => resolveTargets(link.to, steps, outgoing, seen));
}

function slotOf(link: IrLink, from: IrStep, note: (text: string) => void): SlotName | null {
  if (from.role === 'end') {
    note(`its link to "${link.to}" was dropped: the run ends here`);
    return null;
  }
  if (link.kind === 'failure') {
    if (from.role === 'action') return 'failure';
    note(`its failure link to "${link.to}" was dropped: a ${from.role} cannot fail in a playbook`);
    return null;
  }
  if (from.role !== 'decision') return 'next';
  const branch = link.kind === 'branch' ? (link.branch ?? 0) : 0;
  return branch === 0 ? 'true' : 'false';
}

/**
 * The flow of the workflow's enabled steps, links resolved through disabled steps, a Switch with
 * more than two outputs spelled as a chain of yes/no tests (a playbook decision has two branches),
 * and only what a trigger reaches.
 */
export function buildFlowGraph(workflow: IrWorkflow): FlowGraph {
  const steps = new Map(workflow.steps.map((step) => [step.key, step]));
  const outgoing = new Map<string, IrLink[]>();
  for (const link of workflow.links) {
    if (!steps.has(link.from) || !steps.has(link.to)) continue;
    outgoing.set(link.from, [...(outgoing.get(link.from) ?? []), link]);
  }
  const dropped = new Map<string, string[]>();
  const note = (key: string) => (text: string) => dropped.set(key, [...(dropped.get(key) ?? []), text]);
  for (const link of workflow.links) {
    if (!steps.has(link.to) && steps.has(link.from))
      note(link.from)(`its link to "${link.to}" was dropped: there is no such step`);
  }

  const nodes = new Map<string, FlowNode>();
  for (const step of workflow.steps) {
    if (step.disabled) continue;
    nodes.set(step.key, {
      id: step.key,
      kind: step.role === 'trigger' ? 'trigger' : step.role,
      step,
      slots: new Map(),
    });
  }
  for (const step of workflow.steps) {
    if (step.disabled) continue;
    const node = nodes.get(step.key)!;
    for (const link of outgoing.get(step.key) ?? []) {
      const slot = slotOf(link, step, note(step.key));
      if (!slot) continue;
      for (const target of resolveTargets(link.to, steps, outgoing)) {
        if (steps.get(target)?.role === 'trigger') {
          note(step.key)(
            `its link to "${target}" was dropped: a trigger is where a run starts, nothing leads into it`,
          );
          continue;
        }
        if (step.role === 'decision' && step.branches.length > 2 && link.kind === 'branch') {
          addSwitchTarget(nodes, node, step.branches, link.branch ?? 0, target);
        } else addTarget(node, slot, target);
      }
    }
    if (step.role === 'decision') labelBranches(nodes, node, step.branches);
  }

  const triggers = workflow.steps
    .filter((step) => step.role === 'trigger' && !step.disabled)
    .map((s) => s.key);
  let addedStart = false;
  if (triggers.length === 0) {
    addedStart = true;
    const start: FlowNode = { id: START_ID, kind: 'trigger', slots: new Map() };
    const targeted = new Set([...nodes.values()].flatMap((node) => [...node.slots.values()].flat()));
    const heads = [...nodes.keys()].filter((id) => !targeted.has(id));
    for (const head of heads.length > 0 ? heads : [...nodes.keys()].slice(0, 1))
      addTarget(start, 'next', head);
    nodes.set(START_ID, start);
    triggers.push(START_ID);
  }

  const reached = reachable(nodes, triggers);
  const unreachable = workflow.steps.filter((step) => !step.disabled && !reached.has(step.key));
  for (const id of [...nodes.keys()]) if (!reached.has(id)) nodes.delete(id);
  return {
    nodes,
    entries: triggers,
    disabled: workflow.steps.filter((step) => step.disabled),
    unreachable,
    dropped,
    addedStart,
  };
}

/** Output `branch` of a Switch with k outputs: test i's true branch, the last output test k-2's false. */
function addSwitchTarget(
  nodes: Map<string, FlowNode>,
  head: FlowNode,
  branches: string[],
  branch: number,
  target: string,
) {
  const last = branches.length - 1;
  const testIndex = Math.min(Math.max(branch, 0), last - 1);
  const test = switchTest(nodes, head, testIndex);
  addTarget(test, branch >= last ? 'false' : 'true', target);
}

function switchTest(nodes: Map<string, FlowNode>, head: FlowNode, index: number): FlowNode {
  if (index === 0) return head;
  head.tests ??= [];
  let test = head.tests[index - 1];
  if (!test) {
    // Unique among the step keys too: a source may name a node "Route#1".
    let id = `${head.id}#case${index}`;
    while (nodes.has(id)) id = `${id}#`;
    test = { id, kind: 'decision', step: head.step, caseIndex: index, slots: new Map() };
    head.tests[index - 1] = test;
    nodes.set(id, test);
  }
  addTarget(switchTest(nodes, head, index - 1), 'false', test.id);
  return test;
}

function labelBranches(nodes: Map<string, FlowNode>, head: FlowNode, branches: string[]) {
  if (branches.length <= 2) {
    head.branchLabels = { true: branches[0] ?? 'true', false: branches[1] ?? 'false' };
    return;
  }
  const last = branches.length - 1;
  for (let index = 0; index < last; index += 1) {
    const test = switchTest(nodes, head, index);
    test.branchLabels = { true: branches[index], false: index === last - 1 ? branches[last] : 'otherwise' };
  }
}

function reachable(nodes: Map<string, FlowNode>, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id) || !nodes.has(id)) continue;
    seen.add(id);
    for (const targets of nodes.get(id)!.slots.values()) pending.push(...targets);
  }
  return seen;
}

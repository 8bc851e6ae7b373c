import { END_ID, type FlowGraph, type FlowNode, requiredSlots, type SlotName } from './flowGraph';

const SLOT_ORDER: readonly SlotName[] = ['next', 'true', 'false', 'failure'];

/** The targets of a node, slot by slot in a fixed order (the order a run would try them). */
const successors = (node: FlowNode): string[] => SLOT_ORDER.flatMap((slot) => node.slots.get(slot) ?? []);

/**
 * Removes the links that close a loop (found by a depth-first walk from the triggers), so the
 * rest is acyclic: a playbook walks a loop body once (a dry run has one batch of items).
 * Returns the removed links as [from, to].
 */
export function removeLoops(graph: FlowGraph): [string, string][] {
  const removed: [string, string][] = [];
  const state = new Map<string, 'open' | 'done'>();
  for (const entry of graph.entries) {
    if (state.has(entry)) continue;
    // An explicit stack: workflows may be deep, recursion could exhaust the call stack.
    const stack: { id: string; next: number; targets: [SlotName, string][] }[] = [];
    const push = (id: string) => {
      state.set(id, 'open');
      const node = graph.nodes.get(id)!;
      stack.push({
        id,
        next: 0,
        targets: SLOT_ORDER.flatMap((slot) =>
          (node.slots.get(slot) ?? []).map((t): [SlotName, string] => [slot, t]),
        ),
      });
    };
    push(entry);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const pair = frame.targets[frame.next];
      if (!pair) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      frame.next += 1;
      const [slot, target] = pair;
      const seen = state.get(target);
      if (seen === 'open') {
        const node = graph.nodes.get(frame.id)!;
        node.slots.set(
          slot,
          (node.slots.get(slot) ?? []).filter((t) => t !== target),
        );
        removed.push([frame.id, target]);
      } else if (seen === undefined) push(target);
    }
  }
  return removed;
}

/**
 * A rank per node such that every link goes from a higher rank to a lower one (post-order of a
 * walk that takes each node's targets last-first, so that of two independent branches the one
 * the source runs first ranks higher). The end ranks -1.
 */
function ranks(graph: FlowGraph): Map<string, number> {
  const rank = new Map<string, number>([[END_ID, -1]]);
  let counter = 0;
  const visiting = new Set<string>();
  for (const entry of graph.entries) {
    const stack: { id: string; targets: string[]; next: number }[] = [];
    const push = (id: string) => {
      visiting.add(id);
      stack.push({ id, targets: successors(graph.nodes.get(id)!).reverse(), next: 0 });
    };
    if (!rank.has(entry)) push(entry);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const target = frame.targets[frame.next];
      if (target === undefined) {
        rank.set(frame.id, counter++);
        visiting.delete(frame.id);
        stack.pop();
        continue;
      }
      frame.next += 1;
      if (!rank.has(target) && !visiting.has(target)) push(target);
    }
  }
  return rank;
}

/** Successors for post-dominance: an empty required slot leads to the end. */
function pdomSuccessors(node: FlowNode): string[] {
  const list = successors(node);
  if (requiredSlots(node).some((slot) => (node.slots.get(slot) ?? []).length === 0)) list.push(END_ID);
  return list.length === 0 ? [END_ID] : list;
}

/** Immediate post-dominators of an acyclic flow (Cooper, Harvey and Kennedy's intersection). */
function postDominators(graph: FlowGraph, rank: Map<string, number>) {
  const ipdom = new Map<string, string>([[END_ID, END_ID]]);
  const intersect = (first: string, second: string): string => {
    let a = first;
    let b = second;
    while (a !== b) {
      while (rank.get(a)! > rank.get(b)!) a = ipdom.get(a)!;
      while (rank.get(b)! > rank.get(a)!) b = ipdom.get(b)!;
    }
    return a;
  };
  const ascending = [...graph.nodes.keys()].sort((x, y) => rank.get(x)! - rank.get(y)!);
  for (const id of ascending) {
    const [first, ...rest] = pdomSuccessors(graph.nodes.get(id)!);
    ipdom.set(id, rest.reduce(intersect, first!));
  }
  return { ipdom, intersect };
}

/**
 * Makes every slot lead to at most one node. A playbook runs one thing at a time, so where the
 * source fans out (one output to several steps, which n8n runs one branch after the other), the
 * branches are drawn one after the other: each branch's way to the point where they join (their
 * common post-dominator, or the end) is redirected to the start of the next branch. Inner fan-outs
 * are handled first. Then every empty required slot leads to the end.
 */
export function serializeBranches(graph: FlowGraph): void {
  const rank = ranks(graph);
  const { intersect } = postDominators(graph, rank);
  const ascending = [...graph.nodes.keys()].sort((x, y) => rank.get(x)! - rank.get(y)!);
  for (const id of ascending) {
    const node = graph.nodes.get(id)!;
    for (const slot of SLOT_ORDER) {
      const targets = node.slots.get(slot) ?? [];
      if (targets.length < 2) continue;
      const join = targets.reduce(intersect);
      const ordered = targets.filter((target) => target !== join).sort((x, y) => rank.get(y)! - rank.get(x)!);
      // A branch that always ends the run (n8n's Stop and Error) goes last: after it nothing runs.
      const branches = [
        ...ordered.filter((start) => hasExit(graph, start, join)),
        ...ordered.filter((start) => !hasExit(graph, start, join)),
      ];
      if (branches.length === 0) {
        node.slots.set(slot, join === END_ID ? [] : [join]);
        continue;
      }
      chainBranches(graph, branches, join);
      node.slots.set(slot, [branches[0]!]);
    }
  }
  for (const node of graph.nodes.values()) {
    for (const slot of requiredSlots(node)) {
      if ((node.slots.get(slot) ?? []).length === 0) node.slots.set(slot, [END_ID]);
    }
  }
}

/** True when some path from `start` leaves for `join` (or the end) instead of ending the run. */
function hasExit(graph: FlowGraph, start: string, join: string): boolean {
  const pending = [start];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === join || id === END_ID) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = graph.nodes.get(id)!;
    if (requiredSlots(node).some((slot) => (node.slots.get(slot) ?? []).length === 0)) return true;
    pending.push(...successors(node));
  }
  return false;
}

/**
 * Leaves out what no trigger reaches once branches are drawn one after the other (a branch
 * after one that always ends the run). Returns the steps left out.
 */
export function pruneUnreached(graph: FlowGraph): FlowNode[] {
  const seen = new Set<string>();
  const pending = [...graph.entries];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id) || !graph.nodes.has(id)) continue;
    seen.add(id);
    pending.push(...successors(graph.nodes.get(id)!));
  }
  const cut = [...graph.nodes.values()].filter((node) => !seen.has(node.id));
  for (const node of cut) graph.nodes.delete(node.id);
  return cut;
}

/** Redirects each branch's exits (to `join`, to a later branch, or a dead end) to the next branch. */
function chainBranches(graph: FlowGraph, branches: string[], join: string) {
  const owner = new Map<string, number>();
  branches.forEach((start, index) => {
    const pending = [start];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (id === join || id === END_ID || seen.has(id)) continue;
      seen.add(id);
      owner.set(id, index); // the last branch that reaches a node owns it
      pending.push(...successors(graph.nodes.get(id)!));
    }
  });
  for (const [id, index] of owner) {
    if (index === branches.length - 1) continue;
    const following = branches[index + 1]!;
    const node = graph.nodes.get(id)!;
    for (const slot of SLOT_ORDER) {
      const targets = node.slots.get(slot) ?? [];
      const leaves = (target: string) => target === join || owner.get(target) !== index;
      const redirected = [...new Set(targets.map((target) => (leaves(target) ? following : target)))];
      if (redirected.length > 0) node.slots.set(slot, redirected);
      else if (join === END_ID && requiredSlots(node).includes(slot)) node.slots.set(slot, [following]);
    }
  }
}

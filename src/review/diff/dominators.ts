/**
 * Dominators of a run's flow graph: node A dominates node N when every path from a trigger to N
 * passes through A. Lengauer and Tarjan's algorithm (1979, the simple version with path
 * compression: O(E log V)) over a virtual root that precedes every trigger. The simpler iterative
 * algorithm of Cooper, Harvey and Kennedy went quadratic here: a long chain of steps whose failure
 * edges share one rollback node makes every intersection climb the whole chain. Built once per
 * version, so checking every approval costs one pass, not one graph walk per approval.
 */
export interface Dominators {
  /** Is `id` reachable from a trigger? */
  reaches(id: string): boolean;
  /** Does `dominator` dominate `id` (strictly, both reachable)? */
  dominates(dominator: string, id: string): boolean;
  /** Every node `dominator` strictly dominates, in dominator-tree preorder. */
  dominated(dominator: string): string[];
}

const NONE = -1;

export function computeDominators(
  triggers: readonly string[],
  flow: ReadonlyMap<string, readonly string[]>,
): Dominators {
  // 1. Depth-first numbering from the virtual root 0 (iterative: playbooks can be long chains).
  const ids: string[] = [''];
  const number = new Map<string, number>();
  const parent: number[] = [NONE];
  const visit = (id: string, from: number, stack: Array<{ node: number; next: number }>) => {
    number.set(id, ids.length);
    parent.push(from);
    stack.push({ node: ids.length, next: 0 });
    ids.push(id);
  };
  for (const trigger of triggers) {
    if (number.has(trigger)) continue;
    const stack: Array<{ node: number; next: number }> = [];
    visit(trigger, 0, stack);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const target = (flow.get(ids[top.node]!) ?? [])[top.next++];
      if (target === undefined) stack.pop();
      else if (!number.has(target)) visit(target, top.node, stack);
    }
  }
  const count = ids.length;
  const predecessors: number[][] = ids.map(() => []);
  for (const trigger of new Set(triggers)) predecessors[number.get(trigger)!]!.push(0);
  for (const [source, targets] of flow) {
    const from = number.get(source);
    if (from !== undefined) for (const target of targets) predecessors[number.get(target)!]!.push(from);
  }

  // 2. Semidominators in reverse preorder, with a path-compressed forest (Lengauer–Tarjan).
  const semi = ids.map((_, node) => node);
  const idom: number[] = new Array(count).fill(NONE);
  const ancestor: number[] = new Array(count).fill(NONE);
  const label = ids.map((_, node) => node);
  const bucket: number[][] = ids.map(() => []);
  const evaluate = (node: number): number => {
    if (ancestor[node] === NONE) return node;
    compress(node);
    return label[node]!;
  };
  const compress = (node: number) => {
    const path: number[] = [];
    for (let at = node; ancestor[ancestor[at]!] !== NONE; at = ancestor[at]!) path.push(at);
    for (let index = path.length - 1; index >= 0; index--) {
      const at = path[index]!;
      const up = ancestor[at]!;
      if (semi[label[up]!]! < semi[label[at]!]!) label[at] = label[up]!;
      ancestor[at] = ancestor[up]!;
    }
  };
  for (let node = count - 1; node >= 1; node--) {
    for (const predecessor of predecessors[node]!) {
      const candidate = semi[evaluate(predecessor)]!;
      if (candidate < semi[node]!) semi[node] = candidate;
    }
    bucket[semi[node]!]!.push(node);
    const up = parent[node]!;
    ancestor[node] = up;
    for (const waiting of bucket[up]!) {
      const lowest = evaluate(waiting);
      idom[waiting] = semi[lowest]! < semi[waiting]! ? lowest : up;
    }
    bucket[up] = [];
  }
  for (let node = 1; node < count; node++) {
    if (idom[node] !== semi[node]) idom[node] = idom[idom[node]!]!;
  }

  // 3. Entry/exit times on the dominator tree answer "dominates?" in constant time.
  const children: number[][] = ids.map(() => []);
  for (let node = 1; node < count; node++) children[idom[node]!]!.push(node);
  const entry: number[] = new Array(count).fill(0);
  const exit: number[] = new Array(count).fill(0);
  const preorder: string[] = [];
  const walk: Array<{ node: number; child: number }> = [{ node: 0, child: 0 }];
  while (walk.length > 0) {
    const top = walk.at(-1)!;
    const child = children[top.node]![top.child++];
    if (child === undefined) {
      exit[top.node] = preorder.length;
      walk.pop();
      continue;
    }
    entry[child] = preorder.length;
    preorder.push(ids[child]!);
    walk.push({ node: child, child: 0 });
  }

  return {
    reaches: (id) => number.has(id),
    dominates(dominator, id) {
      const a = number.get(dominator);
      const n = number.get(id);
      if (a === undefined || n === undefined || a === n) return false;
      return entry[a]! < entry[n]! && entry[n]! < exit[a]!;
    },
    dominated(dominator) {
      const a = number.get(dominator);
      return a === undefined ? [] : preorder.slice(entry[a]! + 1, exit[a]!);
    },
  };
}

/** Strongly connected components, flat: members of component c are `members[start[c]..start[c+1])`. */
export interface Components {
  /** Component number of each node. */
  component: Int32Array;
  /** Nodes grouped by component, components in reverse topological order (sinks first). */
  members: Int32Array;
  /** Where each component's members begin in `members`; one more entry than there are components. */
  start: Int32Array;
  count: number;
}

/**
 * Strongly connected components of a directed graph given as successor lists, by Tarjan's
 * algorithm written with an explicit stack (a 5,000-node chain would overflow a recursive one)
 * and typed arrays only (the analysis runs on every edit; garbage is its main cost).
 * O(nodes + edges).
 *
 * Components come in reverse topological order: a component is listed before every component
 * that has an edge into it, so a caller can fold values from successors to predecessors in order.
 */
export function stronglyConnectedComponents(successors: readonly (readonly number[])[]): Components {
  const count = successors.length;
  const order = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const members = new Int32Array(count);
  const start = new Int32Array(count + 1);
  const stack = new Int32Array(count);
  const frameNode = new Int32Array(count);
  const framePosition = new Int32Array(count);
  let stackSize = 0;
  let frames = 0;
  let written = 0;
  let components = 0;
  let counter = 0;

  const open = (node: number) => {
    order[node] = lowLink[node] = counter++;
    stack[stackSize++] = node;
    onStack[node] = 1;
    frameNode[frames] = node;
    framePosition[frames++] = 0;
  };

  for (let root = 0; root < count; root += 1) {
    if (order[root] !== -1) continue;
    open(root);
    while (frames > 0) {
      const node = frameNode[frames - 1]!;
      const position = framePosition[frames - 1]!;
      const next = successors[node]!;
      if (position < next.length) {
        framePosition[frames - 1] = position + 1;
        const target = next[position]!;
        if (order[target] === -1) open(target);
        else if (onStack[target]) lowLink[node] = Math.min(lowLink[node]!, order[target]!);
        continue;
      }
      frames -= 1;
      if (frames > 0) {
        const parent = frameNode[frames - 1]!;
        lowLink[parent] = Math.min(lowLink[parent]!, lowLink[node]!);
      }
      if (lowLink[node] === order[node]) {
        start[components] = written;
        let member: number;
        do {
          member = stack[--stackSize]!;
          onStack[member] = 0;
          component[member] = components;
          members[written++] = member;
        } while (member !== node);
        components += 1;
      }
    }
  }
  start[components] = written;
  return { component, members, start: start.subarray(0, components + 1), count: components };
}

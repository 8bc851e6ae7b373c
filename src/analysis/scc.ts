/**
 * Strongly connected components of a directed graph given as successor lists, by Tarjan's
 * algorithm written with an explicit stack (a 5,000-node chain would overflow a recursive one).
 * O(nodes + edges).
 *
 * Returns `component[node]` (a component number) and the components in reverse topological order:
 * a component is listed before every component that has an edge into it, so a caller can fold
 * values from successors to predecessors in list order.
 */
export function stronglyConnectedComponents(successors: readonly (readonly number[])[]): {
  component: Int32Array;
  components: number[][];
} {
  const count = successors.length;
  const order = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const components: number[][] = [];
  const stack: number[] = [];
  // Each frame is a node and the position of the next successor to visit.
  const frames: [number, number][] = [];
  let counter = 0;

  for (let root = 0; root < count; root += 1) {
    if (order[root] !== -1) continue;
    frames.push([root, 0]);
    order[root] = lowLink[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [node, position] = frame;
      const next = successors[node]!;
      if (position < next.length) {
        frame[1] = position + 1;
        const target = next[position]!;
        if (order[target] === -1) {
          order[target] = lowLink[target] = counter++;
          stack.push(target);
          onStack[target] = 1;
          frames.push([target, 0]);
        } else if (onStack[target]) {
          lowLink[node] = Math.min(lowLink[node]!, order[target]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink[parent[0]] = Math.min(lowLink[parent[0]]!, lowLink[node]!);
      if (lowLink[node] === order[node]) {
        const members: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = components.length;
          members.push(member);
        } while (member !== node);
        components.push(members);
      }
    }
  }
  return { component, components };
}

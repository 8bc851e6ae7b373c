import { canReachEnd } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import { stronglyConnectedComponents } from '../scc';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * No dead ends and no endless loops on the success path. A node reachable from a trigger must
 * reach an `end` by next/branch edges. Two shapes break this: a node with nowhere to go (a dead
 * end: the run stops there as `failed`), and a loop with no exit (the run stops after 10,000
 * visits as `failed`). We report each dead end, and one node of every loop that cannot be left
 * towards an end: the sink strongly connected components of the "cannot reach an end" subgraph.
 * Compensations (they return to their rollback) and ends are exempt; a decision with no branch
 * at all is left to `decision-branches`. O(nodes + edges).
 */
export const endReachable: LintRule = {
  id: 'end-reachable',
  meta: RULE_META['end-reachable'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    const finishes = canReachEnd(index);
    const stuck = (position: number) => {
      const node = index.nodes[position]!;
      return (
        index.reachable[position] === 1 &&
        finishes[position] === 0 &&
        node.kind !== 'end' &&
        node.kind !== 'compensation'
      );
    };

    index.nodes.forEach((node, position) => {
      if (!stuck(position) || index.successSuccessors[position]!.length > 0) return;
      if (node.kind === 'decision') return;
      report(
        node.id,
        `${DescribeNode(node)} is a dead end: it has no next edge, so the run stops here as "failed"`,
      );
    });

    // Loops: every successor of a stuck node is stuck, and members of one SCC reach each other,
    // so the SCCs of the whole success graph that hold stuck nodes are exactly those of the stuck
    // subgraph. A cyclic one with no edge leaving it is a trap.
    const { component, members, start, count } = stronglyConnectedComponents(index.successSuccessors);
    for (let id = 0; id < count; id += 1) {
      // The lowest member, read in place: a view per component (one per node in a loop-free
      // playbook) was a tenth of this rule's time at 5,000 nodes (issue 20).
      const from = start[id]!;
      const to = start[id + 1]!;
      let first = members[from]!;
      for (let at = from + 1; at < to; at += 1) if (members[at]! < first) first = members[at]!;
      if (!stuck(first)) continue;
      const group = members.subarray(from, to);
      const successorsOf = (member: number) => index.successSuccessors[member]!;
      const cyclic = group.length > 1 || successorsOf(first).includes(first);
      if (!cyclic) continue;
      if (group.some((member) => successorsOf(member).some((target) => component[target] !== id))) continue;
      const names = [...group]
        .sort((a, b) => a - b)
        .map((member) => `"${index.nodes[member]!.id}"`)
        .join(', ');
      report(
        index.nodes[first]!.id,
        `The loop through ${names} has no way out to an end: the run would go round until the 10,000-visit limit and stop as "failed"`,
      );
    }
  },
};

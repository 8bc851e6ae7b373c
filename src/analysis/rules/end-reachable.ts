import { canReachEnd } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import { stronglyConnectedComponents } from '../scc';
import type { LintRule } from '../types';

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
  meta: {
    description: 'Every path from a trigger reaches an end: no dead ends, no loops without a way out.',
    rationale:
      'A node with no next edge that is not an end stops the run with outcome "failed" ("dead end"), and a loop with no exit runs until the 10,000-visit limit. Neither tells anyone what state the data is in.',
    defaultSeverity: 'error',
  },
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

    // Loops: SCCs of the success graph restricted to stuck nodes. Every successor of a stuck node
    // is stuck, so a component with no edge leaving it is a trap.
    const successors = index.successSuccessors.map((targets, position) => (stuck(position) ? targets : []));
    const { component, components } = stronglyConnectedComponents(successors);
    for (const members of components) {
      const first = members.reduce((a, b) => Math.min(a, b));
      if (!stuck(first)) continue;
      const id = component[first]!;
      const cyclic = members.length > 1 || successors[first]!.includes(first);
      if (!cyclic) continue;
      const leaves = members.some((member) => successors[member]!.some((target) => component[target] !== id));
      if (leaves) continue;
      const names = members
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

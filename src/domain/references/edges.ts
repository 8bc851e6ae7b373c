import { edgeKindRefusal } from '../edgeRules';
import type { Playbook } from '../types';
import type { NodeLookup, Report } from './context';

/** Every message about an edge begins so; built only when there is a message. */
const prefixOf = (id: string) => `Edge "${id}": `;

/** The edge's own reason text begins a sentence; after the edge prefix it continues one. */
const continuing = (reason: string) => reason.charAt(0).toLowerCase() + reason.slice(1);

/**
 * Spec section 4: both ends exist, the edge kind may leave its source and enter its target (the
 * table in `edgeRules.ts`), and the counts: one next and one failure edge per node, one branch per
 * `when`, one compensation per step and one step per compensation.
 */
export function checkEdges(playbook: Playbook, nodesById: NodeLookup, report: Report) {
  // Only "a second edge of this kind" is asked, so a set of sources per kind is enough, and a
  // branch set exists only for decisions (issue 20: a counts object and a set per node, and a
  // path and a prefix per edge, were most of this pass).
  const nextFrom = new Set<string>();
  const failureFrom = new Set<string>();
  const branchesFrom = new Map<string, Set<boolean>>();
  const compensationOwner = new Map<string, string>();
  const stepCompensation = new Map<string, string>();

  playbook.edges.forEach((edge, index) => {
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source)
      report(
        ['edges', index, 'source'],
        `Edge "${edge.id}" starts at node "${edge.source}", which does not exist`,
        edge.id,
      );
    if (!target)
      report(
        ['edges', index, 'target'],
        `Edge "${edge.id}" points to node "${edge.target}", which does not exist`,
        edge.id,
      );
    if (edge.kind !== 'branch' && edge.when !== undefined) {
      report(['edges', index, 'when'], `${prefixOf(edge.id)}only a branch edge carries "when"`, edge.id);
    }
    if (!source || !target) return;

    const refusal = edgeKindRefusal(edge.kind, source.kind, target.kind);
    if (refusal) {
      report(
        ['edges', index],
        `${prefixOf(edge.id)}${continuing(refusal)} (a ${edge.kind} edge from ${source.kind} "${source.id}" to ${target.kind} "${target.id}")`,
        edge.id,
      );
      return;
    }

    switch (edge.kind) {
      case 'compensate': {
        if (stepCompensation.has(source.id)) {
          report(
            ['edges', index],
            `${prefixOf(edge.id)}step "${source.id}" already has compensation "${stepCompensation.get(source.id)}"; a step has at most one`,
            edge.id,
          );
        }
        if (compensationOwner.has(target.id)) {
          report(
            ['edges', index],
            `${prefixOf(edge.id)}compensation "${target.id}" already belongs to step "${compensationOwner.get(target.id)}"; a compensation undoes exactly one step`,
            edge.id,
          );
        }
        stepCompensation.set(source.id, target.id);
        compensationOwner.set(target.id, source.id);
        return;
      }
      case 'branch': {
        if (edge.when === undefined) {
          report(
            ['edges', index, 'when'],
            `${prefixOf(edge.id)}a branch edge needs "when": true or false`,
            edge.id,
          );
          return;
        }
        let branches = branchesFrom.get(source.id);
        if (!branches) {
          branches = new Set<boolean>();
          branchesFrom.set(source.id, branches);
        }
        if (branches.has(edge.when)) {
          report(
            ['edges', index, 'when'],
            `${prefixOf(edge.id)}decision "${source.id}" already has a branch for ${edge.when}`,
            edge.id,
          );
        }
        branches.add(edge.when);
        return;
      }
      case 'failure':
      case 'next': {
        // A node has at most one way on and one way out on failure (spec section 3).
        const seen = edge.kind === 'failure' ? failureFrom : nextFrom;
        if (seen.has(source.id))
          report(
            ['edges', index],
            `${prefixOf(edge.id)}node "${source.id}" already has a ${edge.kind} edge; it may have only one`,
            edge.id,
          );
        seen.add(source.id);
        return;
      }
    }
  });

  playbook.nodes.forEach((node, index) => {
    if (node.kind === 'compensation' && !compensationOwner.has(node.id)) {
      report(
        ['nodes', index],
        `Node "${node.id}": this compensation is not attached to any step (draw a compensate edge from its step)`,
        node.id,
      );
    }
  });
}

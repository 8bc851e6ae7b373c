import { edgeKindRefusal } from '../edgeRules';
import type { Playbook, PlaybookNode } from '../types';
import type { Report } from './context';

/** The edge's own reason text begins a sentence; after the edge prefix it continues one. */
const continuing = (reason: string) => reason.charAt(0).toLowerCase() + reason.slice(1);

/**
 * Spec section 4: both ends exist, the edge kind may leave its source and enter its target (the
 * table in `edgeRules.ts`), and the counts: one next and one failure edge per node, one branch per
 * `when`, one compensation per step and one step per compensation.
 */
export function checkEdges(playbook: Playbook, nodesById: Map<string, PlaybookNode>, report: Report) {
  const outgoing = new Map<string, { next: number; failure: number; branches: Set<boolean> }>();
  const compensationOwner = new Map<string, string>();
  const stepCompensation = new Map<string, string>();

  playbook.edges.forEach((edge, index) => {
    const path = ['edges', index];
    const prefix = `Edge "${edge.id}": `;
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source)
      report(
        [...path, 'source'],
        `Edge "${edge.id}" starts at node "${edge.source}", which does not exist`,
        edge.id,
      );
    if (!target)
      report(
        [...path, 'target'],
        `Edge "${edge.id}" points to node "${edge.target}", which does not exist`,
        edge.id,
      );
    if (edge.kind !== 'branch' && edge.when !== undefined) {
      report([...path, 'when'], `${prefix}only a branch edge carries "when"`, edge.id);
    }
    if (!source || !target) return;

    const refusal = edgeKindRefusal(edge.kind, source.kind, target.kind);
    if (refusal) {
      report(
        path,
        `${prefix}${continuing(refusal)} (a ${edge.kind} edge from ${source.kind} "${source.id}" to ${target.kind} "${target.id}")`,
        edge.id,
      );
      return;
    }
    const counts = outgoing.get(source.id) ?? { next: 0, failure: 0, branches: new Set<boolean>() };
    outgoing.set(source.id, counts);

    switch (edge.kind) {
      case 'compensate': {
        if (stepCompensation.has(source.id)) {
          report(
            path,
            `${prefix}step "${source.id}" already has compensation "${stepCompensation.get(source.id)}"; a step has at most one`,
            edge.id,
          );
        }
        if (compensationOwner.has(target.id)) {
          report(
            path,
            `${prefix}compensation "${target.id}" already belongs to step "${compensationOwner.get(target.id)}"; a compensation undoes exactly one step`,
            edge.id,
          );
        }
        stepCompensation.set(source.id, target.id);
        compensationOwner.set(target.id, source.id);
        return;
      }
      case 'branch':
        if (edge.when === undefined) {
          report([...path, 'when'], `${prefix}a branch edge needs "when": true or false`, edge.id);
          return;
        }
        if (counts.branches.has(edge.when)) {
          report(
            [...path, 'when'],
            `${prefix}decision "${source.id}" already has a branch for ${edge.when}`,
            edge.id,
          );
        }
        counts.branches.add(edge.when);
        return;
      case 'failure':
        counts.failure += 1;
        if (counts.failure > 1)
          report(
            path,
            `${prefix}node "${source.id}" already has a failure edge; it may have only one`,
            edge.id,
          );
        return;
      case 'next':
        counts.next += 1;
        if (counts.next > 1)
          report(path, `${prefix}node "${source.id}" already has a next edge; it may have only one`, edge.id);
        return;
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

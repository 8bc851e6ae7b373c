import { edgeKindRefusal, edgeKindsLeaving, mayEnter } from '../domain/edgeRules';
import type { Edge, EdgeKind, NodeKind, Playbook } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { SourceHandleId } from './flowTypes';

/** May this link be drawn? If not, the reason, in words the person drawing it understands. */
export type ConnectionVerdict = { ok: true } | { ok: false; reason: string };

/** A link someone is drawing: its ends and the kind its source handle gives it. */
export interface ProposedLink {
  source: string;
  target: string;
  kind: Edge['kind'];
  when?: boolean;
}

const ok: ConnectionVerdict = { ok: true };
const no = (reason: string): ConnectionVerdict => ({ ok: false, reason });

/** The handles a node of a kind offers on the canvas; see `handleSetOf`. */
export interface HandleSet {
  /** The left-side handle that next, failure and branch links arrive at. */
  target: boolean;
  /** The links that may start here, one handle each (a decision's branch is two: yes and no). */
  sources: readonly SourceHandleId[];
  /** The top handle a step's compensate link arrives at. */
  compensated: boolean;
}

const HANDLES_OF_EDGE_KIND: Record<EdgeKind, readonly SourceHandleId[]> = {
  next: ['next'],
  failure: ['failure'],
  compensate: ['compensate'],
  branch: ['branch-true', 'branch-false'],
};

/**
 * The handles a node kind shows, read from the domain's edge rules: a handle is offered exactly
 * where a link of its kind may start or arrive, so a drag never starts where a rule forbids it.
 *
 * @example handleSetOf('end') // { target: true, sources: [], compensated: false }
 */
export function handleSetOf(kind: NodeKind): HandleSet {
  return {
    target: mayEnter(kind, 'next') || mayEnter(kind, 'failure') || mayEnter(kind, 'branch'),
    sources: edgeKindsLeaving(kind).flatMap((edgeKind) => HANDLES_OF_EDGE_KIND[edgeKind]),
    compensated: mayEnter(kind, 'compensate'),
  };
}

/**
 * The editing rule for links, checked while a link is dragged (spec section 4, plus: a node does
 * not link to itself, and the same link is not drawn twice). Which kinds may link is the domain's
 * `EDGE_RULES`, which the validator reads too; this answers early, with a reason, so an impossible
 * link is never made.
 *
 * @example checkConnection(playbook, { source: 'end-ok', target: 's1', kind: 'next' })
 * // { ok: false, reason: 'An end node finishes the run: nothing can follow it' }
 */
export function checkConnection(playbook: Playbook, link: ProposedLink): ConnectionVerdict {
  const source = playbook.nodes.find((node) => node.id === link.source);
  const target = playbook.nodes.find((node) => node.id === link.target);
  if (!source || !target) return no('Link two nodes that exist');
  if (source.id === target.id) return no('A node cannot link to itself');
  const kindRefusal = edgeKindRefusal(link.kind, source.kind, target.kind);
  if (kindRefusal) return no(kindRefusal);
  const outgoing = playbook.edges.filter((edge) => edge.source === source.id);
  if (
    outgoing.some((edge) => edge.target === target.id && edge.kind === link.kind && edge.when === link.when)
  ) {
    return no('These two nodes are already linked this way');
  }

  switch (link.kind) {
    case 'compensate': {
      const existing = outgoing.find((edge) => edge.kind === 'compensate');
      if (existing) return no(`"${source.label}" already has a compensation; a step has at most one`);
      const owner = playbook.edges.find((edge) => edge.kind === 'compensate' && edge.target === target.id);
      if (owner)
        return no(`"${target.label}" already undoes another step; a compensation undoes exactly one`);
      return ok;
    }
    case 'branch': {
      if (link.when === undefined) return no('A branch needs a value: yes or no');
      if (outgoing.some((edge) => edge.kind === 'branch' && edge.when === link.when)) {
        return no(`"${source.label}" already has a ${link.when ? 'yes' : 'no'} branch`);
      }
      return ok;
    }
    case 'failure': {
      if (outgoing.some((edge) => edge.kind === 'failure'))
        return no(`"${source.label}" already has a failure path; a node has only one`);
      return ok;
    }
    case 'next': {
      if (outgoing.some((edge) => edge.kind === 'next'))
        return no(`"${source.label}" already has a next link; a node has only one`);
      return ok;
    }
    default:
      return assertNever(link.kind);
  }
}

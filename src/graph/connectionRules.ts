import type { Edge, NodeKind, Playbook } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import { NODE_KIND_INFO } from './nodeKinds';

/** May this link be drawn? If not, the reason, in words the person drawing it understands. */
export type ConnectionVerdict = { ok: true } | { ok: false; reason: string };

/** A link someone is drawing: its ends and the kind its source handle gives it. */
export interface ProposedLink {
  source: string;
  target: string;
  kind: Edge['kind'];
  when?: boolean;
}

/** The node kinds that can fail and so may have a failure link (spec section 4). */
export const FAILURE_SOURCE_KINDS: ReadonlySet<NodeKind> = new Set([
  'step',
  'compensation',
  'restore',
  'rollback',
  'check',
  'approval',
]);

const ok: ConnectionVerdict = { ok: true };
const no = (reason: string): ConnectionVerdict => ({ ok: false, reason });
const a = (kind: NodeKind) =>
  `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${NODE_KIND_INFO[kind].title.toLowerCase()}`;

/**
 * The editing rule for links, checked while a link is dragged (spec section 4, plus: a node does
 * not link to itself, and the same link is not drawn twice). The schema checks the same rules
 * on load; this answers early, with a reason, so an impossible link is never made.
 *
 * @example checkConnection(playbook, { source: 'end-ok', target: 's1', kind: 'next' })
 * // { ok: false, reason: 'An end node finishes the run: nothing can follow it' }
 */
export function checkConnection(playbook: Playbook, link: ProposedLink): ConnectionVerdict {
  const source = playbook.nodes.find((node) => node.id === link.source);
  const target = playbook.nodes.find((node) => node.id === link.target);
  if (!source || !target) return no('Link two nodes that exist');
  if (source.id === target.id) return no('A node cannot link to itself');
  if (source.kind === 'end') return no('An end node finishes the run: nothing can follow it');
  const outgoing = playbook.edges.filter((edge) => edge.source === source.id);
  if (
    outgoing.some((edge) => edge.target === target.id && edge.kind === link.kind && edge.when === link.when)
  ) {
    return no('These two nodes are already linked this way');
  }

  switch (link.kind) {
    case 'compensate': {
      if (source.kind !== 'step') return no(`Only a step is undone by a compensation, not ${a(source.kind)}`);
      if (target.kind !== 'compensation')
        return no(`A step is undone by a compensation node, not by ${a(target.kind)}`);
      const existing = outgoing.find((edge) => edge.kind === 'compensate');
      if (existing) return no(`"${source.label}" already has a compensation; a step has at most one`);
      const owner = playbook.edges.find((edge) => edge.kind === 'compensate' && edge.target === target.id);
      if (owner)
        return no(`"${target.label}" already undoes another step; a compensation undoes exactly one`);
      return ok;
    }
    case 'branch': {
      if (source.kind !== 'decision') return no('Only a decision has yes / no branches');
      if (link.when === undefined) return no('A branch needs a value: yes or no');
      if (outgoing.some((edge) => edge.kind === 'branch' && edge.when === link.when)) {
        return no(`"${source.label}" already has a ${link.when ? 'yes' : 'no'} branch`);
      }
      return ok;
    }
    case 'failure': {
      if (!FAILURE_SOURCE_KINDS.has(source.kind))
        return no(`${a(source.kind)} cannot fail, so it has no failure path`.replace(/^a/, 'A'));
      if (outgoing.some((edge) => edge.kind === 'failure'))
        return no(`"${source.label}" already has a failure path; a node has only one`);
      return ok;
    }
    case 'next': {
      if (source.kind === 'compensation')
        return no('A compensation has no next link: after it, the rollback goes on by itself');
      if (source.kind === 'decision')
        return no('A decision goes on by its yes / no branches, not a next link');
      if (outgoing.some((edge) => edge.kind === 'next'))
        return no(`"${source.label}" already has a next link; a node has only one`);
      return ok;
    }
    default:
      return assertNever(link.kind);
  }
}

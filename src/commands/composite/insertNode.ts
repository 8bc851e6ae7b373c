import { mayEnter, mayLeave } from '../../domain/edgeRules';
import type { Edge, Playbook, PlaybookNode } from '../../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from '../ids';
import type { Command } from '../types';
import { downstreamOf, freeSpot, NODE_SLOT } from './placement';
import { type CompositeResult, refuseComposite } from './types';

type Point = { x: number; y: number };

/** Builds the node to insert once its id and place are known. */
export type NodeFactory = (id: string, position: Point) => PlaybookNode;

/**
 * Where a node put in front of `target` goes: half-way from `from` when there is room there, else
 * at the target's place, with the target and everything after it moved one place right.
 */
function placeBefore(playbook: Playbook, targetId: string, fromId: string | undefined) {
  const byId = new Map(playbook.nodes.map((node) => [node.id, node]));
  const target = byId.get(targetId)?.position;
  const from = fromId === undefined ? undefined : byId.get(fromId)?.position;
  if (!target) return { position: freeSpot(playbook, from ?? { x: 0, y: 0 }), moves: [] };
  if (from) {
    const middle = { x: (from.x + target.x) / 2, y: (from.y + target.y) / 2 };
    const spot = freeSpot(playbook, middle);
    if (spot.x === Math.round(middle.x) && spot.y === Math.round(middle.y))
      return { position: spot, moves: [] };
  }
  const moving = downstreamOf(playbook, targetId);
  const moves = playbook.nodes.flatMap((node) =>
    moving.has(node.id) && node.position
      ? [{ id: node.id, position: { x: node.position.x + NODE_SLOT.width, y: node.position.y } }]
      : [],
  );
  return { position: { x: target.x, y: target.y }, moves };
}

function assemble(
  label: string,
  playbook: Playbook,
  node: PlaybookNode,
  rewired: Edge[],
  next: Edge,
  moves: { id: string; position: Point }[],
  extra: Command[],
): CompositeResult {
  const commands: Command[] = [
    ...extra,
    ...(moves.length > 0 ? [{ type: 'node.move' as const, moves }] : []),
    {
      type: 'node.add',
      nodes: [{ index: playbook.nodes.length, value: node }],
      edges: [{ index: playbook.edges.length, value: next }],
    },
    ...rewired.map((edge): Command => ({ type: 'edge.update', id: edge.id, edge })),
  ];
  return { ok: true, command: { type: 'batch', label, commands }, focus: node.id };
}

/**
 * Puts a new node in front of `targetId` on every path: each next, failure or branch link into
 * the target now arrives at the new node, which goes on to the target by a next link. One batch:
 * one undo removes the node and puts the links back. `extra` runs first (a role the node names).
 */
export function insertBefore(
  playbook: Playbook,
  targetId: string,
  label: string,
  factory: NodeFactory,
  extra: Command[] = [],
): CompositeResult {
  const target = playbook.nodes.find((node) => node.id === targetId);
  if (!target) return refuseComposite(`Node "${targetId}" does not exist`);
  if (!mayEnter(target.kind, 'next')) return refuseComposite('Nothing can come before a trigger');
  const incoming = playbook.edges.filter((edge) => edge.target === targetId && edge.kind !== 'compensate');
  const taken = idsInUse(playbook);
  const probe = factory('probe', { x: 0, y: 0 });
  const id = freshId(ID_PREFIXES[probe.kind], taken);
  if (!mayLeave(probe.kind, 'next')) return refuseComposite(`A ${probe.kind} cannot go on to another node`);
  const refused = incoming.find((edge) => !mayEnter(probe.kind, edge.kind));
  if (refused) return refuseComposite(`A ${refused.kind} link cannot arrive at a ${probe.kind}`);
  const { position, moves } = placeBefore(playbook, targetId, incoming[0]?.source);
  const next: Edge = { id: freshId('e', taken), source: id, target: targetId, kind: 'next' };
  const rewired = incoming.map((edge) => ({ ...edge, target: id }));
  return assemble(label, playbook, factory(id, position), rewired, next, moves, extra);
}

/**
 * Splits a link with a new node: the link now ends at the new node, which goes on to the old
 * target by a next link (a palette node dropped on a link). An undo link cannot be split.
 */
export function insertOnEdge(playbook: Playbook, edgeId: string, factory: NodeFactory): CompositeResult {
  const edge = playbook.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return refuseComposite(`Link "${edgeId}" does not exist`);
  if (edge.kind === 'compensate')
    return refuseComposite('An undo link joins a step to its compensation: nothing goes in between');
  const probe = factory('probe', { x: 0, y: 0 });
  if (!mayEnter(probe.kind, edge.kind) || !mayLeave(probe.kind, 'next'))
    return refuseComposite(`A ${probe.kind} cannot go in the middle of a ${edge.kind} link`);
  const taken = idsInUse(playbook);
  const id = freshId(ID_PREFIXES[probe.kind], taken);
  const next: Edge = { id: freshId('e', taken), source: id, target: edge.target, kind: 'next' };
  const { position, moves } = placeBefore(playbook, edge.target, edge.source);
  const title = probe.kind.charAt(0).toUpperCase() + probe.kind.slice(1);
  return assemble(
    `Insert ${title} into a link`,
    playbook,
    factory(id, position),
    [{ ...edge, target: id }],
    next,
    moves,
    [],
  );
}

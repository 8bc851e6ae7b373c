import type { Playbook } from '../domain/types';
import type { XYPosition } from './flowTypes';

/** The part of an ELK graph we build and read; elkjs is passed in, so this file stays pure. */
export interface ElkNodeIn {
  id: string;
  width: number;
  height: number;
}
export interface ElkGraphIn {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNodeIn[];
  edges: { id: string; sources: string[]; targets: string[]; layoutOptions?: Record<string, string> }[];
}
export interface ElkGraphOut {
  children?: { id: string; x?: number; y?: number }[];
}

export const DEFAULT_NODE_SIZE = { width: 172, height: 72 };
const COMPENSATION_GAP = 50;
const RECOVERY_GAP = 60;

/**
 * The ELK graph of a playbook's run paths: left to right, next and branch links kept straight.
 * Compensations are left out: `placeLayout` puts each one under its step.
 */
export function buildElkGraph(
  playbook: Playbook,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): ElkGraphIn {
  const compensations = new Set(
    playbook.nodes.filter((node) => node.kind === 'compensation').map((node) => node.id),
  );
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '50',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    },
    children: playbook.nodes
      .filter((node) => !compensations.has(node.id))
      .map((node) => ({ id: node.id, ...(sizes.get(node.id) ?? DEFAULT_NODE_SIZE) })),
    edges: playbook.edges
      .filter(
        (edge) =>
          edge.kind !== 'compensate' && !compensations.has(edge.source) && !compensations.has(edge.target),
      )
      .map((edge) => ({
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target],
        layoutOptions: { 'elk.layered.priority.straightness': edge.kind === 'failure' ? '0' : '10' },
      })),
  };
}

/** Nodes reached from a trigger by next and branch links: the path a run takes when all goes well. */
export function mainPath(playbook: Playbook): Set<string> {
  const seen = new Set<string>();
  const queue = playbook.nodes.filter((node) => node.kind === 'trigger').map((node) => node.id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of playbook.edges) {
      if (edge.source === id && (edge.kind === 'next' || edge.kind === 'branch')) queue.push(edge.target);
    }
  }
  return seen;
}

/**
 * Final positions from ELK's answer: the main path on top, each compensation under its step,
 * failure paths beneath both.
 */
export function placeLayout(
  playbook: Playbook,
  elk: ElkGraphOut,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Map<string, XYPosition> {
  const positions = new Map<string, XYPosition>();
  for (const child of elk.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const main = mainPath(playbook);
  const height = (id: string) => (sizes.get(id) ?? DEFAULT_NODE_SIZE).height;

  let mainBottom = 0;
  for (const [id, at] of positions) if (main.has(id)) mainBottom = Math.max(mainBottom, at.y + height(id));
  const hasCompensations = playbook.nodes.some((node) => node.kind === 'compensation');
  const recoveryTop =
    mainBottom + (hasCompensations ? DEFAULT_NODE_SIZE.height + COMPENSATION_GAP * 2 : 0) + RECOVERY_GAP;
  let recoveryMin = Number.POSITIVE_INFINITY;
  for (const [id, at] of positions) if (!main.has(id)) recoveryMin = Math.min(recoveryMin, at.y);
  // ELK puts the recovery path in layers after the main path; slide it left so it starts under
  // the first node that fails into it: failure paths read as running beneath the main path.
  let recoveryLeft = Number.POSITIVE_INFINITY;
  for (const [id, at] of positions) if (!main.has(id)) recoveryLeft = Math.min(recoveryLeft, at.x);
  let anchor = Number.POSITIVE_INFINITY;
  for (const edge of playbook.edges) {
    const from = positions.get(edge.source);
    if (edge.kind === 'failure' && from && main.has(edge.source) && !main.has(edge.target))
      anchor = Math.min(anchor, from.x);
  }
  const shift = Number.isFinite(anchor) && anchor < recoveryLeft ? anchor - recoveryLeft : 0;
  for (const [id, at] of positions) {
    if (!main.has(id)) positions.set(id, { x: at.x + shift, y: at.y - recoveryMin + recoveryTop });
  }

  const stepOf = new Map(
    playbook.edges.filter((e) => e.kind === 'compensate').map((e) => [e.target, e.source]),
  );
  let spare = 0;
  for (const node of playbook.nodes) {
    if (node.kind !== 'compensation') continue;
    const step = positions.get(stepOf.get(node.id) ?? '');
    const stepId = stepOf.get(node.id);
    positions.set(
      node.id,
      step && stepId
        ? { x: step.x, y: step.y + height(stepId) + COMPENSATION_GAP }
        : { x: spare++ * (DEFAULT_NODE_SIZE.width + 40), y: mainBottom + COMPENSATION_GAP },
    );
  }
  for (const [id, at] of positions) positions.set(id, { x: Math.round(at.x), y: Math.round(at.y) });
  return positions;
}

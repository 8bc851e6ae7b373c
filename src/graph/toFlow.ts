import type { Playbook, PlaybookNode } from '../domain/types';
import { edgeAccessibleName, sourceHandleOf } from './edgeNames';
import type { FlowEdge, FlowNode, XYPosition } from './flowTypes';
import { nodeAccessibleName } from './nodeKinds';

/** Where a node without a stored position is shown: a simple grid, until auto-layout places it. */
export function placeholderPosition(index: number): XYPosition {
  return { x: (index % 6) * 240, y: 800 + Math.floor(index / 6) * 160 };
}

/** Problems per node id, as live validation reports them. */
export type ProblemsByNode = ReadonlyMap<string, readonly string[]>;

const NO_PROBLEMS: readonly string[] = [];

/** Steps that change data but have no compensate edge: a rollback would skip them. */
export function stepsMissingCompensation(playbook: Playbook): Set<string> {
  const compensated = new Set(playbook.edges.filter((e) => e.kind === 'compensate').map((e) => e.source));
  const missing = new Set<string>();
  for (const node of playbook.nodes) {
    if (node.kind === 'step' && node.effects.length > 0 && !node.irreversible && !compensated.has(node.id)) {
      missing.add(node.id);
    }
  }
  return missing;
}

/** One canvas node for one playbook node. */
export function toFlowNode(
  node: PlaybookNode,
  index: number,
  problems: readonly string[],
  missingCompensation: boolean,
): FlowNode {
  return {
    id: node.id,
    type: node.kind,
    position: node.position ?? placeholderPosition(index),
    ariaLabel: nodeAccessibleName(node.kind, node.label),
    data: { node, problems, missingCompensation, placed: node.position === undefined },
  };
}

/**
 * The canvas view of a playbook: React Flow nodes and edges as plain objects. The playbook node
 * and edge ride along untouched in `data`, so `fromFlow` can give every field back.
 */
export function toFlow(
  playbook: Playbook,
  problemsByNode: ProblemsByNode = new Map(),
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const missing = stepsMissingCompensation(playbook);
  const nodes = playbook.nodes.map((node, index) =>
    toFlowNode(node, index, problemsByNode.get(node.id) ?? NO_PROBLEMS, missing.has(node.id)),
  );
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label]));
  const edges = playbook.edges.map((edge) => toFlowEdge(edge, labels));
  return { nodes, edges };
}

/** One canvas edge; the labels name its ends for screen readers. */
export function toFlowEdge(edge: Playbook['edges'][number], labels: ReadonlyMap<string, string>): FlowEdge {
  const flowEdge: FlowEdge = {
    id: edge.id,
    type: edge.kind,
    source: edge.source,
    target: edge.target,
    sourceHandle: sourceHandleOf(edge),
    targetHandle: edge.kind === 'compensate' ? 'compensated' : 'in',
    data: { edge },
    ariaLabel: edgeAccessibleName(
      edge,
      labels.get(edge.source) ?? edge.source,
      labels.get(edge.target) ?? edge.target,
    ),
  };
  if (edge.label !== undefined) flowEdge.label = edge.label;
  return flowEdge;
}

/**
 * The playbook back from its canvas view: every field of every node and edge as it was, the
 * positions as the canvas holds them (a node the canvas only placed keeps having none), and the
 * rest of the document (settings, data model, scenarios, `x-*` keys) from `base`.
 */
export function fromFlow(
  base: Playbook,
  flow: { nodes: readonly FlowNode[]; edges: readonly FlowEdge[] },
): Playbook {
  const nodes = flow.nodes.map((flowNode, index) => {
    const { node, placed } = flowNode.data;
    const fallback = placeholderPosition(index);
    const unmoved = flowNode.position.x === fallback.x && flowNode.position.y === fallback.y;
    if (placed && unmoved) return node;
    return { ...node, position: { x: flowNode.position.x, y: flowNode.position.y } };
  });
  const edges = flow.edges.map((flowEdge) => ({
    ...flowEdge.data.edge,
    source: flowEdge.source,
    target: flowEdge.target,
  }));
  return { ...base, nodes, edges };
}

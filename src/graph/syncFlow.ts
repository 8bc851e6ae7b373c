import type { Playbook } from '../domain/types';
import type { FlowEdge, FlowNode } from './flowTypes';
import { type ProblemsByNode, stepsMissingCompensation, toFlowEdge, toFlowNode } from './toFlow';

const NO_PROBLEMS: readonly string[] = [];

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The canvas nodes after a document change, reusing every unchanged node object so memoised node
 * components do not re-render (a 1,000-node playbook stays smooth). What belongs to the canvas
 * alone (selection, measured size) carries over; everything else comes from the document.
 */
export function syncFlowNodes(
  previous: readonly FlowNode[],
  playbook: Playbook,
  problemsByNode: ProblemsByNode,
): FlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const missing = stepsMissingCompensation(playbook);
  return playbook.nodes.map((node, index) => {
    const problems = problemsByNode.get(node.id) ?? NO_PROBLEMS;
    const old = byId.get(node.id);
    const missingCompensation = missing.has(node.id);
    if (
      old &&
      old.data.node === node &&
      old.data.missingCompensation === missingCompensation &&
      sameStrings(old.data.problems, problems) &&
      (node.position === undefined ||
        (old.position.x === node.position.x && old.position.y === node.position.y))
    ) {
      return old;
    }
    const fresh = toFlowNode(node, index, problems, missingCompensation);
    if (old?.selected) fresh.selected = true;
    if (old?.measured) fresh.measured = old.measured;
    return fresh;
  });
}

/** The canvas edges after a document change, reusing unchanged edge objects; selection carries over. */
export function syncFlowEdges(previous: readonly FlowEdge[], playbook: Playbook): FlowEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label]));
  return playbook.edges.map((edge) => {
    const fresh = toFlowEdge(edge, labels);
    const old = byId.get(edge.id);
    if (old && old.data.edge === edge && old.ariaLabel === fresh.ariaLabel) return old;
    if (old?.selected) fresh.selected = true;
    return fresh;
  });
}

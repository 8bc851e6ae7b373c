import type { Edge, Playbook, PlaybookNode } from '../../domain/types';

/** Lookups the diff and the risk checks need, built once per version in linear time. */
export interface GraphIndex {
  playbook: Playbook;
  nodes: Map<string, PlaybookNode>;
  edges: Map<string, Edge>;
  /** Step id → its compensation's node id (the target of its `compensate` edge). */
  compensationOf: Map<string, string>;
  /** Node id → targets of its `failure` edges. */
  failureTargets: Map<string, string[]>;
  /** Node id → where a run can go next: `next`, `branch` and `failure` edges, not `compensate`. */
  flow: Map<string, string[]>;
}

export function indexGraph(playbook: Playbook): GraphIndex {
  const compensationOf = new Map<string, string>();
  const failureTargets = new Map<string, string[]>();
  const flow = new Map<string, string[]>();
  for (const edge of playbook.edges) {
    if (edge.kind === 'compensate') {
      compensationOf.set(edge.source, edge.target);
      continue;
    }
    push(flow, edge.source, edge.target);
    if (edge.kind === 'failure') push(failureTargets, edge.source, edge.target);
  }
  return {
    playbook,
    nodes: new Map(playbook.nodes.map((node) => [node.id, node])),
    edges: new Map(playbook.edges.map((edge) => [edge.id, edge])),
    compensationOf,
    failureTargets,
    flow,
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `Label` (id), as every message names a node. */
export function nodeName(node: PlaybookNode | undefined, id: string): string {
  return node ? `"${node.label}" (${id})` : id;
}

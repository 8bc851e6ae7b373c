import type { Edge, EdgeKind, Playbook, PlaybookNode } from './types';

/**
 * A playbook's nodes and edges looked up by id, built once in linear time: what the simulator,
 * the exporters and the review diff read instead of scanning the edge list. Not cached by object:
 * the simulator holds one for a whole drill and a playbook edited in place between two builds is
 * never read through a stale index.
 *
 * The lint analysis keeps its own index (`analysis/graphIndex.ts`): it works by node position in
 * typed arrays, leaves out edges whose ends do not exist, and adds reachability, because it runs
 * on every keystroke at 5,000 nodes, on documents that may not be valid.
 *
 * Where a document is invalid and has two edges for one slot (two compensate edges from a step,
 * two into a compensation), the first in edge order counts, as `edge(id, kind)` does; validation
 * refuses such documents, so only the review diff of an invalid draft can see the difference.
 */
export class IdGraphIndex {
  // Each lookup is built on first use, so a reader pays only for what it reads: the review diff
  // never asks for positions or first edges, the simulator never for incoming edges.
  #nodes?: Map<string, PlaybookNode>;
  #position?: Map<string, number>;
  #edges?: Map<string, Edge>;
  #outgoing?: Map<string, Edge[]>;
  #incoming?: Map<string, Edge[]>;
  #firstEdge?: Map<string, Partial<Record<EdgeKind, Edge>>>;
  #compensationOf?: Map<string, string>;
  #stepOf?: Map<string, string>;

  constructor(readonly playbook: Playbook) {}

  /** Node by id (the last of a repeated id; validation refuses repeats). */
  get nodes(): ReadonlyMap<string, PlaybookNode> {
    this.#nodes ??= new Map(this.playbook.nodes.map((node) => [node.id, node]));
    return this.#nodes;
  }

  /** A node's position in `playbook.nodes` (the first of a repeated id), for per-node arrays. */
  get position(): ReadonlyMap<string, number> {
    if (!this.#position) {
      const position = new Map<string, number>();
      this.playbook.nodes.forEach((node, at) => {
        if (!position.has(node.id)) position.set(node.id, at);
      });
      this.#position = position;
    }
    return this.#position;
  }

  /** Edge by id (the last of a repeated id). */
  get edges(): ReadonlyMap<string, Edge> {
    this.#edges ??= new Map(this.playbook.edges.map((edge) => [edge.id, edge]));
    return this.#edges;
  }

  /** Edges leaving each node, in edge order. */
  get outgoing(): ReadonlyMap<string, readonly Edge[]> {
    if (!this.#outgoing) {
      const outgoing = new Map<string, Edge[]>();
      const firstEdge = new Map<string, Partial<Record<EdgeKind, Edge>>>();
      for (const edge of this.playbook.edges) {
        append(outgoing, edge.source, edge);
        let byKind = firstEdge.get(edge.source);
        if (!byKind) {
          byKind = {};
          firstEdge.set(edge.source, byKind);
        }
        byKind[edge.kind] ??= edge;
      }
      this.#outgoing = outgoing;
      this.#firstEdge = firstEdge;
    }
    return this.#outgoing;
  }

  /** Edges entering each node, in edge order. */
  get incoming(): ReadonlyMap<string, readonly Edge[]> {
    if (!this.#incoming) {
      const incoming = new Map<string, Edge[]>();
      for (const edge of this.playbook.edges) append(incoming, edge.target, edge);
      this.#incoming = incoming;
    }
    return this.#incoming;
  }

  /** Step id → its compensation's id (the target of its `compensate` edge). */
  get compensationOf(): ReadonlyMap<string, string> {
    if (!this.#compensationOf) this.indexCompensations();
    return this.#compensationOf!;
  }

  /** Compensation id → the step it undoes. */
  get stepOf(): ReadonlyMap<string, string> {
    if (!this.#stepOf) this.indexCompensations();
    return this.#stepOf!;
  }

  /** The first edge of that kind leaving the node, as `outgoing.find` would give it. */
  edge(nodeId: string, kind: EdgeKind): Edge | undefined {
    if (!this.#firstEdge) void this.outgoing;
    return this.#firstEdge!.get(nodeId)?.[kind];
  }

  /** Edges leaving the node; empty when none. */
  edgesFrom(nodeId: string): readonly Edge[] {
    return this.outgoing.get(nodeId) ?? NONE;
  }

  /** Edges entering the node; empty when none. */
  edgesInto(nodeId: string): readonly Edge[] {
    return this.incoming.get(nodeId) ?? NONE;
  }

  private indexCompensations(): void {
    const compensationOf = new Map<string, string>();
    const stepOf = new Map<string, string>();
    for (const edge of this.playbook.edges) {
      if (edge.kind !== 'compensate') continue;
      if (!compensationOf.has(edge.source)) compensationOf.set(edge.source, edge.target);
      if (!stepOf.has(edge.target)) stepOf.set(edge.target, edge.source);
    }
    this.#compensationOf = compensationOf;
    this.#stepOf = stepOf;
  }
}

const NONE: readonly Edge[] = Object.freeze([]);

function append(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

const positionsByNodes = new WeakMap<readonly PlaybookNode[], ReadonlyMap<string, number>>();

/**
 * Each node id's position in the list (the first of a repeated id), built once per node list:
 * validation's reference checks build it, and the lint graph index of the document that parse
 * returns reuses it instead of building the same map again (issue 20). Keyed by the list, not by
 * the playbook, because lint is often handed a shallow copy of a document with the same nodes;
 * node lists are never edited in place (every edit is a command producing a new document).
 */
export function nodePositionsOf(nodes: readonly PlaybookNode[]): ReadonlyMap<string, number> {
  let positions = positionsByNodes.get(nodes);
  if (!positions) {
    const built = new Map<string, number>();
    for (let at = 0; at < nodes.length; at += 1) {
      const id = nodes[at]!.id;
      if (!built.has(id)) built.set(id, at);
    }
    positions = built;
    positionsByNodes.set(nodes, positions);
  }
  return positions;
}

import type { Edge, Playbook, PlaybookNode } from '../domain/types';
import { durationMs } from '../lib/duration';
import { ModelIndex } from './model';

/**
 * What a run reads of its playbook, indexed once: nodes by id and by position, outgoing edges,
 * step ↔ compensation, the data model. A run builds its own; a drill builds one and shares it
 * with all its runs (it holds the playbook still while it runs). Not cached by object, so a
 * playbook edited in place between runs is never read through a stale index.
 */
export class PlaybookIndex {
  readonly model: ModelIndex;
  readonly nodes = new Map<string, PlaybookNode>();
  /** A node's position in `playbook.nodes`, for per-node typed arrays. */
  readonly position = new Map<string, number>();
  readonly outgoing = new Map<string, Edge[]>();
  /** step id → its compensation node id. */
  readonly compensationOf = new Map<string, string>();
  /** compensation id → the step it undoes. */
  readonly stepOf = new Map<string, string>();
  /** Per node, its first outgoing edge of each kind. */
  private readonly firstEdge = new Map<string, Partial<Record<Edge['kind'], Edge>>>();

  constructor(readonly playbook: Playbook) {
    this.model = new ModelIndex(playbook);
    playbook.nodes.forEach((node, index) => {
      this.nodes.set(node.id, node);
      if (!this.position.has(node.id)) this.position.set(node.id, index);
    });
    for (const edge of playbook.edges) {
      const list = this.outgoing.get(edge.source);
      if (list) list.push(edge);
      else this.outgoing.set(edge.source, [edge]);
      let byKind = this.firstEdge.get(edge.source);
      if (!byKind) {
        byKind = {};
        this.firstEdge.set(edge.source, byKind);
      }
      byKind[edge.kind] ??= edge;
      if (edge.kind === 'compensate') {
        this.compensationOf.set(edge.source, edge.target);
        this.stepOf.set(edge.target, edge.source);
      }
    }
  }

  /** The first outgoing edge of that kind, as `outgoing.find` would give it. */
  edge(nodeId: string, kind: Edge['kind']): Edge | undefined {
    return this.firstEdge.get(nodeId)?.[kind];
  }
}

const durations = new Map<string, number>();

/** `durationMs`, remembered by text: runs read the same few durations on every attempt. */
export function memoDurationMs(text: string): number {
  let ms = durations.get(text);
  if (ms === undefined) {
    ms = durationMs(text);
    if (durations.size > 10_000) durations.clear();
    durations.set(text, ms);
  }
  return ms;
}

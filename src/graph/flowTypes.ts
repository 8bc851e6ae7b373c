import type { Edge, EdgeKind, NodeKind, PlaybookNode } from '../domain/types';

/** A point on the canvas, in flow coordinates. */
export interface XYPosition {
  x: number;
  y: number;
}

/**
 * What a canvas node carries: the playbook node itself (the source of truth, untouched) and what
 * the canvas shows about it. A type alias, not an interface, so it fits React Flow's
 * `Record<string, unknown>` data constraint without this folder importing React Flow.
 */
export type PlaybookNodeData = {
  node: PlaybookNode;
  /** Problem messages that point at this node (live validation). */
  problems: readonly string[];
  /** A step with effects and no compensate edge: a rollback cannot undo it. */
  missingCompensation: boolean;
  /** The node had no `position` in the document: the canvas placed it, and must not write it back. */
  placed: boolean;
};

/** A canvas node, structurally compatible with React Flow's `Node<PlaybookNodeData, NodeKind>`. */
export interface FlowNode {
  id: string;
  type: NodeKind;
  position: XYPosition;
  data: PlaybookNodeData;
  ariaLabel: string;
  selected?: boolean;
  measured?: { width?: number; height?: number };
  dragging?: boolean;
}

export type PlaybookEdgeData = {
  edge: Edge;
};

/** The handle an edge leaves from; it decides the edge's kind when a person draws one. */
export type SourceHandleId = 'next' | 'failure' | 'compensate' | 'branch-true' | 'branch-false';
/** The handle an edge arrives at: the left side, or the top of a compensation. */
export type TargetHandleId = 'in' | 'compensated';

/** A canvas edge, structurally compatible with React Flow's `Edge<PlaybookEdgeData, EdgeKind>`. */
export interface FlowEdge {
  id: string;
  type: EdgeKind;
  source: string;
  target: string;
  sourceHandle: SourceHandleId;
  targetHandle: TargetHandleId;
  data: PlaybookEdgeData;
  label?: string;
  ariaLabel: string;
  selected?: boolean;
}

import type { Edge, PlaybookNode } from '../../domain/types';
import type { FieldChange } from './fieldDiff';

/** A node or edge that was added, removed or changed, matched across the two versions by id. */
export type ElementChange<T> =
  | { change: 'added'; id: string; after: T }
  | { change: 'removed'; id: string; before: T }
  | { change: 'changed'; id: string; before: T; after: T; fields: FieldChange[] };

/** Changes under one top-level key (`objectives`, `roles`, `x-acme-ticket`, …); paths are from the root. */
export interface TopLevelChange {
  key: string;
  fields: FieldChange[];
}

/** The risk-relevant kinds of change, in the order a reviewer sees them. */
export const RISK_KINDS = [
  'compensation-removed',
  'compensation-changed',
  'checkpoint-removed',
  'checkpoint-narrowed',
  'approval-removed',
  'approval-bypassed',
  'irreversible-added',
  'rto-grown',
  'failure-edge-removed',
  'retry-reduced',
] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** A change a reviewer must not miss, with why it matters in plain words. */
export interface RiskChange {
  kind: RiskKind;
  /** The node the risk is about; `null` for the document (the RTO objective). */
  target: string | null;
  /** Other nodes involved: the removed compensation, the nodes that now skip an approval. */
  related: string[];
  message: string;
}

/** What changed between two versions of a playbook, risks first. */
export interface PlaybookDiff {
  risks: RiskChange[];
  /** Newer document order, then removed nodes in older document order. */
  nodes: ElementChange<PlaybookNode>[];
  edges: ElementChange<Edge>[];
  topLevel: TopLevelChange[];
  /** The same nodes or edges in another list order (node order decides the drill's run order). */
  order: { nodes: boolean; edges: boolean };
  /** Nodes whose only change is their `position`: hidden from the lists above. */
  layoutOnlyMoves: number;
}

import type { NodeKind, Playbook } from '../domain/types';
import { checkConnection, handleSetOf } from '../graph/connectionRules';
import { branchWord, EDGE_KIND_WORDS, edgeKindOfHandle } from '../graph/edgeNames';
import type { SourceHandleId } from '../graph/flowTypes';
import { NODE_KIND_INFO } from '../graph/nodeKinds';

/** A kind of link the source node may start, as the keyboard link dialog offers it. */
export interface LinkKindChoice {
  handle: SourceHandleId;
  title: string;
}

/** A node the link may go to, or why not: the dialog lists every other node, the refused ones disabled. */
export interface LinkTarget {
  id: string;
  /** "Step: Charge the card". */
  name: string;
  /** The connection rule's reason, when this link may not be made. */
  refusal: string | null;
}

/** The kinds of link a node of this kind may start, in its handles' order: "Next", "On failure", "Undone by", "Branch yes". */
export function linkKindsOf(kind: NodeKind): LinkKindChoice[] {
  return handleSetOf(kind).sources.map((handle) => {
    const shape = edgeKindOfHandle(handle);
    const title = shape.kind === 'branch' ? `Branch ${branchWord(shape.when)}` : EDGE_KIND_WORDS[shape.kind];
    return { handle, title };
  });
}

/**
 * Every other node as a target of a link of this kind from `sourceId`, in the playbook's order,
 * the ones the connection rules refuse with their reason (the same rules as a drag on the canvas).
 */
export function linkTargetsOf(playbook: Playbook, sourceId: string, handle: SourceHandleId): LinkTarget[] {
  const shape = edgeKindOfHandle(handle);
  return playbook.nodes
    .filter((node) => node.id !== sourceId)
    .map((node) => {
      const verdict = checkConnection(playbook, { source: sourceId, target: node.id, ...shape });
      return {
        id: node.id,
        name: `${NODE_KIND_INFO[node.kind].title}: ${node.label}`,
        refusal: verdict.ok ? null : verdict.reason,
      };
    });
}

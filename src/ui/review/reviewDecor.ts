import type { Playbook } from '../../domain/types';
import { toFlow } from '../../graph/toFlow';
import type { PlaybookDiff } from '../../review';
import type { DecoratedEdge, DecoratedNode } from './ReadOnlyCanvas';

/** Words for a change, used in accessible names and the change list. */
export const CHANGE_WORDS = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * The current version's canvas with the diff laid over it: added nodes and edges green, changed
 * amber, and what was removed drawn as red ghosts where it stood in the older version. Layout-only
 * moves are not marked (the diff hides them).
 */
export function decorateWithDiff(
  current: Playbook,
  before: Playbook | null,
  diff: PlaybookDiff | null,
): { nodes: DecoratedNode[]; edges: DecoratedEdge[] } {
  const flow = toFlow(current);
  if (!before || !diff) return flow;
  const nodeChange = new Map(diff.nodes.map((change) => [change.id, change.change]));
  const edgeChange = new Map(diff.edges.map((change) => [change.id, change.change]));
  const nodes: DecoratedNode[] = flow.nodes.map((node) => {
    const change = nodeChange.get(node.id);
    return change
      ? { ...node, className: `diff-${change}`, ariaLabel: `${node.ariaLabel} (${CHANGE_WORDS[change]})` }
      : node;
  });
  const removedIds = new Set(diff.nodes.filter((c) => c.change === 'removed').map((c) => c.id));
  const beforeFlow = toFlow(before);
  for (const node of beforeFlow.nodes) {
    if (removedIds.has(node.id)) {
      nodes.push({ ...node, className: 'diff-removed', ariaLabel: `${node.ariaLabel} (removed)` });
    }
  }
  const edges: DecoratedEdge[] = flow.edges.map((edge) => {
    const change = edgeChange.get(edge.id);
    return change
      ? { ...edge, className: `diff-${change}`, ariaLabel: `${edge.ariaLabel} (${CHANGE_WORDS[change]})` }
      : edge;
  });
  const shown = new Set(nodes.map((node) => node.id));
  for (const edge of beforeFlow.edges) {
    if (edgeChange.get(edge.id) === 'removed' && shown.has(edge.source) && shown.has(edge.target)) {
      edges.push({ ...edge, className: 'diff-removed', ariaLabel: `${edge.ariaLabel} (removed)` });
    }
  }
  return { nodes, edges };
}

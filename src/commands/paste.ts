import type { Edge, Playbook, PlaybookNode } from '../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from './ids';
import type { Command } from './types';

/** What copy puts on the clipboard: nodes and the links between them, as plain JSON. */
export interface Clipboard {
  format: 'rollbook.clipboard';
  nodes: PlaybookNode[];
  edges: Edge[];
}

/** The selected nodes and the links among them (a link to a node left behind is not copied). */
export function copySelection(playbook: Playbook, nodeIds: readonly string[]): Clipboard {
  const ids = new Set(nodeIds);
  return {
    format: 'rollbook.clipboard',
    nodes: playbook.nodes.filter((node) => ids.has(node.id)),
    edges: playbook.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** Node references inside node fields that must follow the new ids when they point into the paste. */
function remapFields(node: PlaybookNode, idMap: ReadonlyMap<string, string>): PlaybookNode {
  if (node.kind === 'restore' && idMap.has(node.checkpoint))
    return { ...node, checkpoint: idMap.get(node.checkpoint)! };
  if (node.kind === 'rollback' && node.scope !== 'all') {
    return { ...node, scope: node.scope.map((id) => idMap.get(id) ?? id) };
  }
  return node;
}

/**
 * The command that pastes a clipboard into a playbook: every node and link gets a fresh id (so
 * pasting twice, or into another playbook, never clashes), positions move by `offset`.
 */
export function pasteCommand(
  playbook: Playbook,
  clipboard: Clipboard,
  offset: { x: number; y: number },
): { command: Command; nodeIds: string[] } {
  const taken = idsInUse(playbook);
  const idMap = new Map<string, string>();
  for (const node of clipboard.nodes) idMap.set(node.id, freshId(ID_PREFIXES[node.kind], taken));
  const nodes = clipboard.nodes.map((node, index) => {
    const moved = {
      ...remapFields(node, idMap),
      id: idMap.get(node.id)!,
      position: { x: (node.position?.x ?? index * 40) + offset.x, y: (node.position?.y ?? 0) + offset.y },
    } as PlaybookNode;
    return { index: playbook.nodes.length + index, value: moved };
  });
  const edges = clipboard.edges
    .filter((edge) => idMap.has(edge.source) && idMap.has(edge.target))
    .map((edge, index) => ({
      index: playbook.edges.length + index,
      value: {
        ...edge,
        id: freshId('e', taken),
        source: idMap.get(edge.source)!,
        target: idMap.get(edge.target)!,
      },
    }));
  return { command: { type: 'node.add', nodes, edges }, nodeIds: nodes.map((n) => n.value.id) };
}

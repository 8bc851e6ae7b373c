import type { Playbook } from '../../domain/types';

/** The extent of the nodes that have a canvas position (0 where none has). */
export function canvasBounds(playbook: Playbook): { left: number; top: number; right: number } {
  const placed = playbook.nodes.flatMap((node) => (node.position ? [node.position] : []));
  if (placed.length === 0) return { left: 0, top: 0, right: 0 };
  return {
    left: Math.min(...placed.map((position) => position.x)),
    top: Math.min(...placed.map((position) => position.y)),
    right: Math.max(...placed.map((position) => position.x)),
  };
}

import { edgeKindRefusal } from '../../domain/edgeRules';
import type { Playbook } from '../../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from '../ids';
import { insertOnEdge, type NodeFactory } from './insertNode';
import { freeSpot, NODE_SLOT } from './placement';
import { type CompositeResult, refuseComposite } from './types';

/**
 * A new node after `sourceId` (a palette click with a node selected, as flow editors append after
 * the selection): when the source already goes on by a next link, the new node goes into that
 * link (source → new → what followed); else it is placed right of the source and linked from it
 * by a next link when the kinds allow; else only placed beside it. One batch in every case.
 */
export function appendAfter(playbook: Playbook, sourceId: string, factory: NodeFactory): CompositeResult {
  const source = playbook.nodes.find((node) => node.id === sourceId);
  if (!source) return refuseComposite(`Node "${sourceId}" does not exist`);
  const probe = factory('probe', { x: 0, y: 0 });
  const onward = playbook.edges.find((edge) => edge.source === sourceId && edge.kind === 'next');
  if (onward) {
    const inserted = insertOnEdge(playbook, onward.id, factory);
    if (inserted.ok) return inserted;
  }
  const taken = idsInUse(playbook);
  const id = freshId(ID_PREFIXES[probe.kind], taken);
  const from = source.position ?? { x: 0, y: 0 };
  const position = freeSpot(playbook, { x: from.x + NODE_SLOT.width, y: from.y }, 'right');
  const node = factory(id, position);
  const link = !onward && edgeKindRefusal('next', source.kind, node.kind) === null;
  return {
    ok: true,
    focus: id,
    command: {
      type: 'batch',
      label: `Add ${node.label}`,
      commands: [
        {
          type: 'node.add',
          nodes: [{ index: playbook.nodes.length, value: node }],
          edges: link
            ? [
                {
                  index: playbook.edges.length,
                  value: { id: freshId('e', taken), source: sourceId, target: id, kind: 'next' },
                },
              ]
            : [],
        },
      ],
    },
  };
}

import { edgeKindRefusal } from '../../domain/edgeRules';
import type { Playbook } from '../../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from '../ids';
import type { NodeFactory } from './insertNode';
import { freeSpot, NODE_SLOT } from './placement';
import { type CompositeResult, refuseComposite } from './types';

/**
 * A new node right of `sourceId`, linked from it by a next link when the source has none yet and
 * the kinds allow it (a palette click with a node selected, as flow editors append after the
 * selection). Otherwise the node is only placed beside it, unlinked. One batch either way.
 */
export function appendAfter(playbook: Playbook, sourceId: string, factory: NodeFactory): CompositeResult {
  const source = playbook.nodes.find((node) => node.id === sourceId);
  if (!source) return refuseComposite(`Node "${sourceId}" does not exist`);
  const taken = idsInUse(playbook);
  const probe = factory('probe', { x: 0, y: 0 });
  const id = freshId(ID_PREFIXES[probe.kind], taken);
  const from = source.position ?? { x: 0, y: 0 };
  const position = freeSpot(playbook, { x: from.x + NODE_SLOT.width, y: from.y }, 'right');
  const node = factory(id, position);
  const hasNext = playbook.edges.some((edge) => edge.source === sourceId && edge.kind === 'next');
  const link = !hasNext && edgeKindRefusal('next', source.kind, node.kind) === null;
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

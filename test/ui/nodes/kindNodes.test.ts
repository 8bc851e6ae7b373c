import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../src/domain/schema/nodes';
import type { PlaybookNodeData } from '../../../src/graph/flowTypes';
import { drawnFromData, nodeTypes } from '../../../src/ui/nodes/kindNodes';

type Props = Parameters<typeof drawnFromData>[0];

const data: PlaybookNodeData = {
  node: { id: 's1', kind: 'step', label: 'Reserve stock' } as PlaybookNodeData['node'],
  problems: [],
  missingCompensation: false,
  placed: false,
};
const props = {
  id: 's1',
  type: 'step',
  data,
  selected: false,
  positionAbsoluteX: 0,
  positionAbsoluteY: 0,
  dragging: false,
  zIndex: 0,
} as unknown as Props;

/** Issue 20: React Flow's first measure and every drag frame must not redraw a node's insides. */
describe('the canvas node components', () => {
  it('are drawn again for new data or a change of selection, not for a move, a drag or a size', () => {
    expect(drawnFromData(props, { ...props, positionAbsoluteX: 240, positionAbsoluteY: 80 })).toBe(true);
    expect(drawnFromData(props, { ...props, dragging: true, width: 172, height: 63 } as Props)).toBe(true);
    expect(drawnFromData(props, { ...props, data: { ...data, problems: ['no owner'] } })).toBe(false);
    expect(drawnFromData(props, { ...props, selected: true })).toBe(false);
  });

  it('all use that comparison, one component per kind', () => {
    for (const kind of NODE_KINDS) {
      expect((nodeTypes[kind] as unknown as { compare?: unknown }).compare, kind).toBe(drawnFromData);
    }
  });
});

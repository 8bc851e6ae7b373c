import { Background, Controls, MiniMap } from '@xyflow/react';
import type { FlowNode } from '../../graph/flowTypes';
import { KIND_COLOURS } from '../nodes/kindStyle';

const minimapColour = (node: FlowNode) => KIND_COLOURS[node.type];

/**
 * The grid, zoom controls and overview map every playbook canvas shows (designer, review, revisions).
 * `gridOnly`: the designer's first draw, before the map (which draws every node again) is added.
 */
export function CanvasChrome({ gridOnly = false }: { gridOnly?: boolean }) {
  if (gridOnly) return <Background gap={20} />;
  return (
    <>
      <Background gap={20} />
      <Controls aria-label="Zoom controls" showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColour}
        ariaLabel="Overview map"
        style={{ width: 160, height: 100 }}
      />
    </>
  );
}

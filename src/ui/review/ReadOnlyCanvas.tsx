import { type NodeChange, type NodeDimensionChange, ReactFlow, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FlowEdge, FlowNode } from '../../graph/flowTypes';
import { CanvasChrome } from '../canvas/CanvasChrome';
import { EdgeMarkers, edgeTypes } from '../edges/kindEdges';
import { nodeTypes } from '../nodes/kindNodes';

/** A canvas node or edge with the class review mode colours it by (added, changed, removed). */
export type DecoratedNode = FlowNode & { className?: string };
export type DecoratedEdge = FlowEdge & { className?: string };

/**
 * A playbook drawn but not editable: nothing can be dragged, connected or deleted. Used for a
 * saved revision, a shared link and review mode. `focus` zooms to one node (the change list).
 */
export function ReadOnlyCanvas({
  nodes,
  edges,
  focus,
  label,
  className,
  children,
}: {
  nodes: DecoratedNode[];
  edges: DecoratedEdge[];
  focus?: { id: string; at: number } | null;
  label: string;
  /** Extra class on the wrapper (review mode dims unchanged nodes with it). */
  className?: string;
  children?: React.ReactNode;
}) {
  const flow = useReactFlow();
  // The measured sizes go back into the nodes, as the designer's store does: the overview map
  // draws only nodes with a size, so without them it was empty (issue 15).
  const [sizes, setSizes] = useState<ReadonlyMap<string, NonNullable<NodeDimensionChange['dimensions']>>>(
    new Map(),
  );
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const measured = changes.filter(
      (change): change is NodeDimensionChange =>
        change.type === 'dimensions' && change.dimensions !== undefined,
    );
    if (measured.length > 0)
      setSizes(
        (previous) =>
          new Map([...previous, ...measured.map((change) => [change.id, change.dimensions!] as const)]),
      );
  }, []);
  const sized = useMemo(
    () => nodes.map((node) => (sizes.has(node.id) ? { ...node, measured: sizes.get(node.id) } : node)),
    [nodes, sizes],
  );
  useEffect(() => {
    if (!focus) return;
    void flow.fitView({ nodes: [{ id: focus.id }], duration: 300, maxZoom: 1.2, padding: 0.4 });
  }, [focus, flow]);
  return (
    <div className={`canvas canvas--read-only${className ? ` ${className}` : ''}`}>
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={sized}
        edges={edges}
        onNodesChange={onNodesChange}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.06, minZoom: 0.4 }}
        minZoom={0.1}
        aria-label={label}
      >
        <CanvasChrome />
        {children}
      </ReactFlow>
    </div>
  );
}

import { ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
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
  useEffect(() => {
    if (!focus) return;
    void flow.fitView({ nodes: [{ id: focus.id }], duration: 300, maxZoom: 1.2, padding: 0.4 });
  }, [focus, flow]);
  return (
    <div className={`canvas canvas--read-only${className ? ` ${className}` : ''}`}>
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
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

import {
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnNodeDrag,
  ReactFlow,
} from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useStore } from 'zustand';
import type { FlowEdge, FlowNode } from '../../graph/flowTypes';
import { canvasStore } from '../../state/canvasStore';
import { documentActions, useDocumentActions } from '../../state/documentActions';
import { EdgeMarkers, edgeTypes } from '../edges/kindEdges';
import { nodeTypes } from '../nodes/kindNodes';
import { SimulationLayer } from '../simulator/SimulationLayer';
import { useFaultMenuOpener, useSimulationDecor } from '../simulator/useSimulationDecor';
import { CanvasChrome } from './CanvasChrome';
import { ConnectionHint } from './ConnectionHint';
import { Legend } from './Legend';
import { useConnectionCheck } from './useConnectionCheck';
import { useKeepPointedNodesClear } from './useKeepPointedNodesClear';
import { READABLE_ZOOM, useStartView } from './useStartView';

/**
 * Canvas changes go to the canvas store; a finished move (the end of a drag, or arrow keys on a
 * selected node, both reported with `dragging: false`) becomes one `node.move` on the document.
 */
const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
  canvasStore.setState((state) => ({ nodes: applyNodeChanges(changes, state.nodes) }));
  const moves = changes.flatMap((change) =>
    change.type === 'position' && change.dragging === false && change.position
      ? [{ id: change.id, position: { x: change.position.x, y: change.position.y } }]
      : [],
  );
  if (moves.length > 0) documentActions.nodesDragged(moves);
};

const onEdgesChange = (changes: EdgeChange<FlowEdge>[]) =>
  canvasStore.setState((state) => ({ edges: applyEdgeChanges(changes, state.edges) }));

/** Above this many nodes the canvas renders only the visible ones. */
const LARGE_PLAYBOOK = 300;

/** Fit the playbook, but never so small that labels cannot be read: the minimap shows the rest. */
const FIT_VIEW = { padding: 0.06, minZoom: READABLE_ZOOM };

/**
 * The React Flow canvas. It shows the document and turns gestures into named commands: a drag
 * becomes one `node.move` when it ends, a drawn link one `edge.connect` after the rules allow it.
 * `chromeShown` false leaves out the zoom controls, overview map and legend (the grid stays): the
 * designer draws them just after the playbook's first draw, so React Flow's first measure of the
 * nodes does not also draw (and redraw) every node in the map (issue 20, open fast).
 */
export function Canvas({
  onDropKind,
  chromeShown = true,
}: {
  onDropKind?: (event: React.DragEvent) => void;
  chromeShown?: boolean;
}) {
  const nodes = useStore(canvasStore, (s) => s.nodes);
  const edges = useStore(canvasStore, (s) => s.edges);
  const simulated = useSimulationDecor(nodes, edges);
  const onNodeContextMenu = useFaultMenuOpener();
  const actions = useDocumentActions();
  const isValidConnection = useConnectionCheck();
  const container = useRef<HTMLDivElement>(null);
  useStartView(container);
  useKeepPointedNodesClear(container);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, _node, dragged) =>
      actions.nodesDragged(dragged.map((node) => ({ id: node.id, position: node.position }))),
    [actions],
  );
  const onConnect = useCallback((connection: Connection) => actions.edgeConnected(connection), [actions]);
  // A link dropped on a node that refuses it: say why, rather than letting it vanish silently.
  const onConnectEnd: OnConnectEnd = useCallback(
    (_event, state) => {
      if (state.isValid || !state.fromNode || !state.toNode || state.fromNode.id === state.toNode.id) return;
      actions.edgeConnected({
        source: state.fromNode.id,
        target: state.toNode.id,
        sourceHandle: state.fromHandle?.id ?? null,
      });
    },
    [actions],
  );

  return (
    <div className="canvas" ref={container}>
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={simulated.nodes}
        edges={simulated.edges}
        onNodeContextMenu={onNodeContextMenu}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        // Large playbooks draw only what is in view (the minimap still shows all): a 1,000-node
        // playbook opens and drags smoothly; small ones keep every node in the DOM for screen readers.
        onlyRenderVisibleElements={nodes.length > LARGE_PLAYBOOK}
        aria-label="Playbook canvas"
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDropKind}
      >
        <CanvasChrome gridOnly={!chromeShown} />
        <ConnectionHint />
        {chromeShown && <Legend />}
        <SimulationLayer />
      </ReactFlow>
    </div>
  );
}

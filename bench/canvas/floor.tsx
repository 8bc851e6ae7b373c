import '@xyflow/react/dist/style.css';
import '../../src/app/app.css';
import { applyNodeChanges, type Edge, type Node, type NodeChange, ReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Playbook } from '../../src/domain/types';
import { toFlow } from '../../src/graph/toFlow';
import { EdgeMarkers, edgeTypes } from '../../src/ui/edges/kindEdges';
import { nodeTypes } from '../../src/ui/nodes/kindNodes';
import { storedDocument } from './storedRow';

/**
 * The designer's floor (bench/canvas/floor.bench.spec.ts): the stored playbook drawn by React Flow
 * with the designer's own node and edge components, fitted as the designer fits it, and nothing
 * else of the app (no shell, toolbar, panels, stores' actions, validation or lint). Importing those
 * components also evaluates the modules they import. `?plain` draws React Flow's default nodes and
 * edges instead, with the same modules loaded: the difference is what drawing our nodes costs.
 */
const plain = new URLSearchParams(location.search).has('plain');

function Floor({ initial, edges }: { initial: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial);
  return (
    <div className="canvas">
      <EdgeMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={plain ? undefined : nodeTypes}
        edgeTypes={plain ? undefined : edgeTypes}
        onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
        fitView
        fitViewOptions={{ padding: 0.06, minZoom: 0.55 }}
        minZoom={0.1}
      />
    </div>
  );
}

void storedDocument<Playbook>().then((playbook) => {
  const flow = toFlow(playbook);
  const nodes: Node[] = plain
    ? flow.nodes.map(({ id, position }, index) => ({
        id,
        position,
        data: { label: playbook.nodes[index]?.label },
      }))
    : flow.nodes;
  const edges: Edge[] = plain
    ? flow.edges.map(({ id, source, target }) => ({ id, source, target }))
    : flow.edges;
  createRoot(document.getElementById('root')!).render(<Floor initial={nodes} edges={edges} />);
});

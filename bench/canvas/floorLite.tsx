import '@xyflow/react/dist/style.css';
import { applyNodeChanges, type Edge, type Node, type NodeChange, ReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { storedDocument } from './storedRow';

/**
 * The bare React Flow page (bare.tsx) with one change: the playbook is read from the app's
 * IndexedDB, as the designer reads it, rather than from localStorage before the first render
 * (bench/canvas/floor.bench.spec.ts). Nothing of `src/` is imported.
 */
interface Stored {
  nodes: { id: string; label: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

function Lite({ initial, edges }: { initial: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
      fitView
      fitViewOptions={{ padding: 0.06, minZoom: 0.55 }}
      minZoom={0.1}
    />
  );
}

void storedDocument<Stored>().then((playbook) => {
  const nodes = playbook.nodes.map(({ id, label, position }) => ({ id, position, data: { label } }));
  const edges = playbook.edges.map(({ id, source, target }) => ({ id, source, target }));
  createRoot(document.getElementById('root')!).render(<Lite initial={nodes} edges={edges} />);
});

import '@xyflow/react/dist/style.css';
import { applyNodeChanges, type Edge, type Node, type NodeChange, ReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Stored {
  nodes: { id: string; label: string; position?: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

const nodesOf = (stored: Stored): Node[] =>
  stored.nodes.map((node, index) => ({
    id: node.id,
    position: node.position ?? { x: index * 10, y: 0 },
    data: { label: node.label },
  }));
const edgesOf = (stored: Stored): Edge[] =>
  stored.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));

// `?visibleOnly`: the same page with React Flow's onlyRenderVisibleElements, to measure that
// technique on its own (bench/canvas/report.bench.spec.ts).
const visibleOnly = new URLSearchParams(location.search).has('visibleOnly');

/**
 * The baseline of the canvas benchmark: React Flow with its default nodes and edges, showing the
 * same playbook (from the same localStorage key the designer reads), with nothing of ours.
 */
function Bare({ stored }: { stored: Stored }) {
  const [nodes, setNodes] = useState(() => nodesOf(stored));
  const [edges] = useState(() => edgesOf(stored));
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
      fitView
      fitViewOptions={{ padding: 0.06, minZoom: 0.55 }}
      minZoom={0.1}
      onlyRenderVisibleElements={visibleOnly}
    />
  );
}

const root = createRoot(document.getElementById('root')!);
// `?indexedDB`: the playbook read from the app's IndexedDB, as the designer reads it, rather than
// from localStorage before the first render (floor.bench.spec.ts). Imported only then, so the
// baseline page loads what it always has.
if (new URLSearchParams(location.search).has('indexedDB'))
  void import('./storedRow').then(({ storedDocument }) =>
    storedDocument<Stored>().then((stored) => root.render(<Bare stored={stored} />)),
  );
else
  root.render(
    <Bare
      stored={
        JSON.parse(
          localStorage.getItem('rollbook.designer.document.v1') ?? '{"nodes":[],"edges":[]}',
        ) as Stored
      }
    />,
  );

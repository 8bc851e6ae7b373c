import { useSelectedEdgeIds, useSelectedNodeIds } from '../../state/selectionSelectors';
import { EdgeForm } from './EdgeForm';
import { useEdgeAt, useNodeAt } from './formSelectors';
import { NodeForm } from './NodeForm';

/** The right panel's inspector: the form of the selected node or link. */
export function Inspector() {
  const nodeIds = useSelectedNodeIds();
  const edgeIds = useSelectedEdgeIds();
  const single = nodeIds.length + edgeIds.length === 1;
  // Subscribes to the one selected node or link only: edits elsewhere leave the form alone.
  const { node, index: nodeIndex } = useNodeAt(single ? nodeIds[0] : undefined);
  const { edge, index: edgeIndex } = useEdgeAt(single ? edgeIds[0] : undefined);
  if (node) return <NodeForm key={node.id} node={node} index={nodeIndex} />;
  if (edge) return <EdgeForm key={edge.id} edge={edge} index={edgeIndex} />;
  const count = nodeIds.length + edgeIds.length;
  return (
    <p className="panel-hint">
      {count > 1
        ? `${nodeIds.length} nodes and ${edgeIds.length} links selected. Press Delete to remove them, Ctrl+C to copy.`
        : 'Select a node or a link to edit it. Add nodes from the palette on the left.'}
    </p>
  );
}

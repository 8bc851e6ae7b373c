import { useDocument } from '../../state/documentSelectors';
import { useSelectedEdgeIds, useSelectedNodeIds } from '../../state/selectionSelectors';
import { EdgeForm } from './EdgeForm';
import { NodeForm } from './NodeForm';

/** The right panel's inspector: the form of the selected node or link. */
export function Inspector() {
  const nodeIds = useSelectedNodeIds();
  const edgeIds = useSelectedEdgeIds();
  const document = useDocument();
  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const index = document.nodes.findIndex((node) => node.id === nodeIds[0]);
    const node = document.nodes[index];
    if (node) return <NodeForm key={node.id} node={node} index={index} />;
  }
  if (edgeIds.length === 1 && nodeIds.length === 0) {
    const index = document.edges.findIndex((edge) => edge.id === edgeIds[0]);
    const edge = document.edges[index];
    if (edge) return <EdgeForm key={edge.id} edge={edge} index={index} />;
  }
  const count = nodeIds.length + edgeIds.length;
  return (
    <p className="panel-hint">
      {count > 1
        ? `${nodeIds.length} nodes and ${edgeIds.length} links selected. Press Delete to remove them, Ctrl+C to copy.`
        : 'Select a node or a link to edit it. Add nodes from the palette on the left.'}
    </p>
  );
}

import { useMemo } from 'react';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { useDocument } from '../../state/documentSelectors';
import type { ProblemPlace } from '../../viewModels/problemsAnalysis';

/** Labels by node id, so findings and the critical path name nodes as the canvas shows them. */
export function usePlaceWords(): {
  labelOf: (nodeId: string) => string;
  describePlace: (place: ProblemPlace) => string;
} {
  const document = useDocument();
  return useMemo(() => {
    const nodes = new Map(document.nodes.map((node) => [node.id, node]));
    const labelOf = (id: string) => nodes.get(id)?.label ?? id;
    const describePlace = (place: ProblemPlace): string => {
      if (place.kind === 'playbook') return 'Whole playbook';
      if (place.kind === 'edge') return `Link from “${labelOf(place.source)}” to “${labelOf(place.target)}”`;
      const node = nodes.get(place.nodeId);
      return node ? `${NODE_KIND_INFO[node.kind].title} “${node.label}”` : place.nodeId;
    };
    return { labelOf, describePlace };
  }, [document.nodes]);
}

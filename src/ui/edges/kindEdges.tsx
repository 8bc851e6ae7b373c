import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  type EdgeTypes,
  getSmoothStepPath,
} from '@xyflow/react';
import { memo } from 'react';
import type { EdgeKind } from '../../domain/types';
import { branchWord } from '../../graph/edgeNames';
import type { PlaybookEdgeData } from '../../graph/flowTypes';
import { useEdgeOnCriticalPath } from '../../state/problemsStore';

type KindEdgeProps = EdgeProps<Edge<PlaybookEdgeData>>;

/** How each edge kind is drawn; the legend shows the same. */
export const EDGE_STYLES: Record<EdgeKind, { stroke: string; dash?: string; width: number }> = {
  next: { stroke: '#475569', width: 1.8 },
  failure: { stroke: '#dc2626', width: 2 },
  compensate: { stroke: '#c2410c', dash: '6 4', width: 1.8 },
  branch: { stroke: '#7e22ce', width: 1.8 },
};

/** The text an edge carries on the canvas: its own label, or the kind word where it helps. */
function edgeText(kind: EdgeKind, data: PlaybookEdgeData | undefined): string | null {
  const edge = data?.edge;
  if (edge?.label) return edge.label;
  if (kind === 'branch') return branchWord(edge?.when);
  if (kind === 'failure') return 'on failure';
  if (kind === 'compensate') return 'undo';
  return null;
}

const KindEdge = memo(function KindEdge({ kind, ...props }: KindEdgeProps & { kind: EdgeKind }) {
  const style = EDGE_STYLES[kind];
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
    borderRadius: 8,
  });
  const text = edgeText(kind, props.data);
  const critical = useEdgeOnCriticalPath(props.source, props.target);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={`url(#pb-arrow-${kind})`}
        interactionWidth={16}
        style={{
          stroke: critical ? '#d97706' : style.stroke,
          strokeWidth: props.selected || critical ? style.width + 1.5 : style.width,
          strokeDasharray: style.dash,
        }}
      />
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`pb-edge-label pb-edge-label--${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

const NextEdge = (props: KindEdgeProps) => <KindEdge kind="next" {...props} />;
const FailureEdge = (props: KindEdgeProps) => <KindEdge kind="failure" {...props} />;
const CompensateEdge = (props: KindEdgeProps) => <KindEdge kind="compensate" {...props} />;
const BranchEdge = (props: KindEdgeProps) => <KindEdge kind="branch" {...props} />;

/** One React Flow edge component per edge kind. */
export const edgeTypes = {
  next: NextEdge,
  failure: FailureEdge,
  compensate: CompensateEdge,
  branch: BranchEdge,
} satisfies Record<EdgeKind, unknown> & EdgeTypes;

/** Arrow heads, one per kind colour; rendered once per page and referenced by id. */
export function EdgeMarkers() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true">
      <defs>
        {(Object.keys(EDGE_STYLES) as EdgeKind[]).map((kind) => (
          <marker
            key={kind}
            id={`pb-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 10 5 0 10z" fill={EDGE_STYLES[kind].stroke} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

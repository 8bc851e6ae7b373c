import { Handle, Position } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { NodeKind } from '../../domain/types';
import type { HandleSet } from '../../graph/connectionRules';
import type { PlaybookNodeData, SourceHandleId } from '../../graph/flowTypes';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { useRoleName } from '../../state/documentSelectors';
import { useNodeLintProblems, useOnCriticalPath } from '../../state/problemsStore';
import { KindIcon } from './KindIcon';
import { KIND_COLOURS } from './kindStyle';
import { NodeActions } from './NodeActions';

const HANDLE_PLACES: Record<
  SourceHandleId,
  { position: Position; style?: React.CSSProperties; title: string }
> = {
  next: { position: Position.Right, title: 'Next: drag to the node that comes after' },
  failure: {
    position: Position.Bottom,
    style: { left: '75%' },
    title: 'On failure: drag to where the run goes when this fails',
  },
  compensate: {
    position: Position.Bottom,
    style: { left: '25%' },
    title: 'Undone by: drag to the compensation that undoes this step',
  },
  'branch-true': {
    position: Position.Right,
    title: 'Yes: drag to where the run goes when the condition holds',
  },
  'branch-false': { position: Position.Bottom, title: 'No: drag to where the run goes otherwise' },
};

interface NodeShellProps {
  kind: NodeKind;
  data: PlaybookNodeData;
  selected: boolean;
  /** The handles its kind offers: `handleSetOf(kind)`, read from the domain's edge rules. */
  handles: HandleSet;
  /** One or two short lines that say what this node does. */
  children?: ReactNode;
}

/**
 * The frame every node kind shares: kind and icon in its colour, label, owner, a summary, badges
 * for problems and a missing compensation, and the connection handles.
 */
export const NodeShell = memo(function NodeShell({
  kind,
  data,
  selected,
  handles,
  children,
}: NodeShellProps) {
  const colour = KIND_COLOURS[kind];
  const { node, missingCompensation } = data;
  const ownerName = useRoleName(node.owner);
  // The badge counts validation errors and lint findings alike (the Problems panel lists both).
  const lint = useNodeLintProblems(node.id);
  const problems = lint.length === 0 ? data.problems : [...data.problems, ...lint.map((p) => p.message)];
  const onlyWarnings = data.problems.length === 0 && lint.every((p) => p.severity === 'warn');
  const critical = useOnCriticalPath(node.id);
  return (
    <div
      className={`pb-node pb-node--${kind}${selected ? ' is-selected' : ''}${problems.length > 0 && !onlyWarnings ? ' has-problems' : ''}${critical ? ' on-critical-path' : ''}`}
      style={{ '--kind-colour': colour } as React.CSSProperties}
    >
      {selected && <NodeActions node={node} />}
      {handles.target && (
        <Handle
          type="target"
          position={Position.Left}
          id="in"
          className="pb-handle pb-handle--in"
          title="Drop a link here"
        />
      )}
      {handles.compensated && (
        <Handle
          type="target"
          position={Position.Top}
          id="compensated"
          className="pb-handle pb-handle--in"
          title="Drop the step's Undone by link here"
        />
      )}
      {/* The kind's name is a bare text item of this flex row and the badges follow it directly:
          no wrapper elements, as every node on the canvas pays for each (issue 20, open fast). */}
      <div className="pb-node__kind">
        <KindIcon kind={kind} />
        {NODE_KIND_INFO[kind].title}
        {missingCompensation && (
          <span className="pb-badge pb-badge--warn" title="This step changes data but nothing undoes it">
            no undo
          </span>
        )}
        {problems.length > 0 && (
          <span
            className={`pb-badge pb-badge--${onlyWarnings ? 'warn' : 'error'}`}
            title={problems.join('\n')}
          >
            {problems.length} {problems.length === 1 ? 'problem' : 'problems'}
          </span>
        )}
      </div>
      <div className="pb-node__label">{node.label}</div>
      {children && <div className="pb-node__summary">{children}</div>}
      {ownerName && <div className="pb-node__owner">Owner: {ownerName}</div>}
      {handles.sources.map((id) => {
        const place = HANDLE_PLACES[id];
        return (
          <Handle
            key={id}
            type="source"
            id={id}
            position={place.position}
            style={place.style}
            className={`pb-handle pb-handle--${id}`}
            title={place.title}
          />
        );
      })}
    </div>
  );
});

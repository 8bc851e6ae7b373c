import { NodeToolbar, Position } from '@xyflow/react';
import { useContext } from 'react';
import { useStore } from 'zustand';
import { addCheckpointBefore, addCompensation, markIrreversible } from '../../commands/composite/stepActions';
import type { PlaybookNode } from '../../domain/types';
import { documentStore } from '../../state/documentStore';
import { LiveAnalysisContext, useNodeLintProblems } from '../../state/problemsStore';
import { applyComposite } from '../canvas/applyComposite';
import { useRevealNode } from '../canvas/useRevealNode';
import { currentQuickFix, useQuickFixOffers } from './useNodeQuickFixes';
import './nodeActions.css';

const current = () => documentStore.getState().document;

/**
 * The selected node's one-click paths (issue 15): on a step "Add undo", "Checkpoint before" and
 * "Mark as cannot be undone", and on any node the quick fix of each of its findings. Each button
 * is one composite command, so one Ctrl+Z takes it back. Shown above the node while it is the
 * only one selected, on the live canvas only (never in review or a saved revision).
 */
export function NodeActions({ node }: { node: PlaybookNode }) {
  const live = useContext(LiveAnalysisContext);
  const revealNode = useRevealNode();
  // The new node, and this one beside it when both fit: an insert before it pushes it aside.
  const reveal = (nodeId: string) => revealNode(nodeId, node.id);
  const problems = useNodeLintProblems(node.id);
  const fixes = useQuickFixOffers(problems);
  const hasUndo = useStore(documentStore, (s) =>
    s.document.edges.some((edge) => edge.source === node.id && edge.kind === 'compensate'),
  );
  if (!live) return null;
  const step = node.kind === 'step' ? node : null;
  // A fix that does what a step button does is shown once, as the fix (it names the problem).
  const undoOffered = fixes.some((fix) => fix.id === 'add-compensation');
  const showAddUndo = step && !hasUndo && !step.irreversible && !undoOffered;
  if (!step && fixes.length === 0) return null;
  return (
    <NodeToolbar position={Position.Top} className="node-actions" align="center">
      {/* React events bubble through the toolbar's portal to the node: a click here must not
          reselect the node (the new one is selected) nor start a drag. */}
      <div
        role="toolbar"
        aria-label={`Actions for ${node.label}`}
        className="node-actions__bar nodrag nopan"
        onClick={(event) => event.stopPropagation()}
        onPointerDown={(event) => event.stopPropagation()}
        onMouseDown={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {fixes.map((fix) => (
          <button
            key={fix.key}
            type="button"
            className="node-actions__fix"
            onClick={() => {
              const problem = problems.find((candidate) => candidate.key === fix.key);
              const built = problem && currentQuickFix(problem);
              if (built) applyComposite(built, reveal);
            }}
          >
            Fix: {fix.label}
          </button>
        ))}
        {showAddUndo && (
          <button type="button" onClick={() => applyComposite(addCompensation(current(), node.id), reveal)}>
            Add undo
          </button>
        )}
        {step && (
          <button
            type="button"
            onClick={() => applyComposite(addCheckpointBefore(current(), node.id), reveal)}
          >
            Checkpoint before
          </button>
        )}
        {step && !step.irreversible && (
          <button type="button" onClick={() => applyComposite(markIrreversible(current(), node.id), reveal)}>
            Mark as cannot be undone
          </button>
        )}
      </div>
    </NodeToolbar>
  );
}

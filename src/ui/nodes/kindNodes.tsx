import type { Node, NodeProps, NodeTypes } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { NODE_KINDS } from '../../domain/schema/nodes';
import type { NodeKind, NodeOf } from '../../domain/types';
import { type HandleSet, handleSetOf } from '../../graph/connectionRules';
import type { PlaybookNodeData } from '../../graph/flowTypes';
import { formatHumanDuration, parseDuration } from '../../lib/duration';
import { NodeShell } from './NodeShell';

type KindNodeProps = NodeProps<Node<PlaybookNodeData>>;

/** "2 min", or nothing for a zero or missing duration. */
function human(duration: string | undefined): string | null {
  if (!duration) return null;
  const ms = parseDuration(duration);
  return ms ? formatHumanDuration(ms) : null;
}

function joinParts(parts: (string | null | undefined | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}

/** What each node kind may link, as handles: read once from the edge rules (domain/edgeRules.ts). */
const HANDLES = Object.fromEntries(NODE_KINDS.map((kind) => [kind, handleSetOf(kind)])) as Record<
  NodeKind,
  HandleSet
>;

const SIGNAL_WORDS = {
  manual: 'Started by hand',
  alert: 'On an alert',
  anomaly: 'On an anomaly',
  schedule: 'On a schedule',
};

function TriggerNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'trigger'>;
  return (
    <NodeShell kind="trigger" data={data} selected={selected} handles={HANDLES.trigger}>
      {SIGNAL_WORDS[node.signal]}
    </NodeShell>
  );
}

function StepNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'step'>;
  return (
    <NodeShell kind="step" data={data} selected={selected} handles={HANDLES.step}>
      {joinParts([
        node.system,
        human(node.duration),
        node.retry.maxAttempts > 1 && `${node.retry.maxAttempts} tries`,
        node.irreversible && 'cannot be undone',
      ]) || `${node.effects.length} data changes`}
    </NodeShell>
  );
}

function CompensationNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'compensation'>;
  const how =
    node.strategy === 'revert' ? "Reverts the step's changes" : `Runs ${node.effects.length} changes`;
  return (
    <NodeShell kind="compensation" data={data} selected={selected} handles={HANDLES.compensation}>
      {joinParts([how, human(node.duration)])}
    </NodeShell>
  );
}

function CheckpointNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'checkpoint'>;
  const what = node.entities.includes('*') ? 'all data' : node.entities.join(', ');
  return (
    <NodeShell kind="checkpoint" data={data} selected={selected} handles={HANDLES.checkpoint}>
      Snapshot of {what}
    </NodeShell>
  );
}

function RestoreNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'restore'>;
  return (
    <NodeShell kind="restore" data={data} selected={selected} handles={HANDLES.restore}>
      {joinParts([`From ${node.checkpoint || '(no checkpoint)'}`, human(node.duration)])}
    </NodeShell>
  );
}

function RollbackNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'rollback'>;
  const scope = node.scope === 'all' ? 'all completed steps' : node.scope.join(', ');
  return (
    <NodeShell kind="rollback" data={data} selected={selected} handles={HANDLES.rollback}>
      Undo {scope}, newest first
    </NodeShell>
  );
}

function CheckNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'check'>;
  const count = node.invariants.length;
  return (
    <NodeShell kind="check" data={data} selected={selected} handles={HANDLES.check}>
      {count} {count === 1 ? 'invariant' : 'invariants'}
    </NodeShell>
  );
}

function ApprovalNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'approval'>;
  return (
    <NodeShell kind="approval" data={data} selected={selected} handles={HANDLES.approval}>
      {joinParts([
        `By ${node.approvers.join(', ') || '(nobody yet)'}`,
        node.quorum > 1 && `${node.quorum} needed`,
      ])}
    </NodeShell>
  );
}

function NotifyNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'notify'>;
  return (
    <NodeShell kind="notify" data={data} selected={selected} handles={HANDLES.notify}>
      {joinParts([node.channel, node.audience])}
    </NodeShell>
  );
}

function DecisionNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'decision'>;
  return (
    <NodeShell kind="decision" data={data} selected={selected} handles={HANDLES.decision}>
      <code>{node.condition}</code>
    </NodeShell>
  );
}

function FailsafeNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'failsafe'>;
  return (
    <NodeShell kind="failsafe" data={data} selected={selected} handles={HANDLES.failsafe}>
      {joinParts([`Mode: ${node.mode}`, node.pauses.length > 0 && `pauses ${node.pauses.join(', ')}`])}
    </NodeShell>
  );
}

const OUTCOME_WORDS = {
  completed: 'Completed',
  rolled_back: 'Rolled back',
  restored: 'Restored',
  degraded: 'Degraded',
  failed: 'Failed',
};

function EndNode({ data, selected }: KindNodeProps) {
  const node = data.node as NodeOf<'end'>;
  return (
    <NodeShell kind="end" data={data} selected={selected} handles={HANDLES.end}>
      Outcome: {OUTCOME_WORDS[node.outcome]}
    </NodeShell>
  );
}

/**
 * A node is drawn from its data and whether it is selected, nothing else. React Flow also passes
 * its position and measured size, which change on every drag frame and on the first measure; they
 * must not redraw the node's insides (issue 20: the first measure redrew every node).
 */
export const drawnFromData = (previous: KindNodeProps, next: KindNodeProps) =>
  previous.data === next.data && previous.selected === next.selected;
const drawn = (component: (props: KindNodeProps) => ReactNode) => memo(component, drawnFromData);

/** One React Flow node component per node kind. Defined once, outside render, as React Flow asks. */
export const nodeTypes = {
  trigger: drawn(TriggerNode),
  step: drawn(StepNode),
  compensation: drawn(CompensationNode),
  checkpoint: drawn(CheckpointNode),
  restore: drawn(RestoreNode),
  rollback: drawn(RollbackNode),
  check: drawn(CheckNode),
  approval: drawn(ApprovalNode),
  notify: drawn(NotifyNode),
  decision: drawn(DecisionNode),
  failsafe: drawn(FailsafeNode),
  end: drawn(EndNode),
} satisfies Record<NodeKind, unknown> & NodeTypes;

import type { NodeOf, Playbook, PlaybookNode, Role } from '../../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from '../ids';
import { newNode } from '../newNode';
import type { Command } from '../types';
import { insertBefore } from './insertNode';
import { freeSpot, NODE_SLOT } from './placement';
import { type CompositeResult, fitLabel, refuseComposite } from './types';

function nodeOf(playbook: Playbook, id: string): PlaybookNode | undefined {
  return playbook.nodes.find((node) => node.id === id);
}

/**
 * "Add undo": a compensation with strategy `revert`, linked to the step by an undo (compensate)
 * link and placed under it. It is marked idempotent: `revert` puts back the values recorded before
 * the step, and putting back the same values twice changes nothing more (docs/quick-fixes.md).
 */
export function addCompensation(playbook: Playbook, stepId: string): CompositeResult {
  const step = nodeOf(playbook, stepId);
  if (step?.kind !== 'step') return refuseComposite('Only a step is undone by a compensation');
  if (playbook.edges.some((edge) => edge.source === stepId && edge.kind === 'compensate'))
    return refuseComposite(`"${step.label}" already has an undo`);
  const taken = idsInUse(playbook);
  const id = freshId(ID_PREFIXES.compensation, taken);
  const under = step.position ?? { x: 0, y: 0 };
  const position = freeSpot(playbook, { x: under.x, y: under.y + NODE_SLOT.height }, 'below');
  const base = newNode('compensation', id, position, playbook) as NodeOf<'compensation'>;
  const compensation: NodeOf<'compensation'> = {
    ...base,
    label: fitLabel(`Undo ${step.label}`),
    idempotent: true,
    ...(step.system ? { system: step.system } : {}),
    ...(step.owner ? { owner: step.owner } : {}),
  };
  return {
    ok: true,
    focus: id,
    command: {
      type: 'batch',
      label: `Add undo to ${step.label}`,
      commands: [
        {
          type: 'node.add',
          nodes: [{ index: playbook.nodes.length, value: compensation }],
          edges: [
            {
              index: playbook.edges.length,
              value: { id: freshId('e', taken), source: stepId, target: id, kind: 'compensate' },
            },
          ],
        },
      ],
    },
  };
}

/**
 * "Mark as cannot be undone": the step becomes irreversible with an empty reason for the person to
 * fill in (the inspector shows the box; the format requires the words, so until then the Problems
 * panel says so). A step that already is irreversible is refused.
 */
export function markIrreversible(playbook: Playbook, stepId: string): CompositeResult {
  const step = nodeOf(playbook, stepId);
  if (step?.kind !== 'step') return refuseComposite('Only a step can be marked as cannot be undone');
  if (step.irreversible) return refuseComposite(`"${step.label}" is already marked as cannot be undone`);
  return {
    ok: true,
    focus: stepId,
    command: {
      type: 'batch',
      label: `Mark ${step.label} as cannot be undone`,
      commands: [{ type: 'node.update', id: stepId, node: { ...step, irreversible: { reason: '' } } }],
    },
  };
}

/** "Checkpoint before": a snapshot of `entities` (default all) on every path into the node. */
export function addCheckpointBefore(
  playbook: Playbook,
  nodeId: string,
  entities: readonly string[] = ['*'],
): CompositeResult {
  const target = nodeOf(playbook, nodeId);
  if (!target) return refuseComposite(`Node "${nodeId}" does not exist`);
  return insertBefore(playbook, nodeId, `Checkpoint before ${target.label}`, (id, position) => ({
    ...(newNode('checkpoint', id, position, playbook) as NodeOf<'checkpoint'>),
    label: fitLabel(`Snapshot before ${target.label}`),
    entities: entities.length > 0 ? [...entities] : ['*'],
  }));
}

/** The role approvals go to: the playbook's approvers, else a new "Approver" role (in `extra`). */
function approverRole(playbook: Playbook): { roleId: string; extra: Command[] } {
  const withPermission = playbook.roles.find((role) => role.permissions.includes('approve'));
  if (withPermission) return { roleId: withPermission.id, extra: [] };
  const taken = new Set(playbook.roles.map((role) => role.id));
  const roleId = taken.has('approver') ? freshId('approver', taken) : 'approver';
  const role: Role = { id: roleId, name: 'Approver', permissions: ['approve'] };
  return {
    roleId,
    extra: [{ type: 'role.update', index: playbook.roles.length, value: role, insert: true }],
  };
}

/**
 * "Approval before": a person says yes on every path into the node. The approver is a role with
 * the approve permission; when the playbook has none, an "Approver" role is created in the same
 * step (an approval in a role without the permission never counts, spec section 8).
 */
export function addApprovalBefore(playbook: Playbook, nodeId: string): CompositeResult {
  const target = nodeOf(playbook, nodeId);
  if (!target) return refuseComposite(`Node "${nodeId}" does not exist`);
  const { roleId, extra } = approverRole(playbook);
  return insertBefore(
    playbook,
    nodeId,
    `Approval before ${target.label}`,
    (id, position) => ({
      ...(newNode('approval', id, position, playbook) as NodeOf<'approval'>),
      label: fitLabel(`Approve: ${target.label}`),
      approvers: [roleId],
    }),
    extra,
  );
}

/** "Notify before": someone is told on every path into the node (an end that is not "completed"). */
export function addNotifyBefore(playbook: Playbook, nodeId: string): CompositeResult {
  const target = nodeOf(playbook, nodeId);
  if (!target) return refuseComposite(`Node "${nodeId}" does not exist`);
  return insertBefore(playbook, nodeId, `Notify before ${target.label}`, (id, position) => ({
    ...(newNode('notify', id, position, playbook) as NodeOf<'notify'>),
    label: fitLabel(`Tell operations: ${target.label}`),
  }));
}

import { insertBefore } from '../../commands/composite/insertNode';
import { freeSpot } from '../../commands/composite/placement';
import { addCheckAfter, addFailedEnd, linkFailureToRollback } from '../../commands/composite/recoveryActions';
import { assignOwner, grantPermission } from '../../commands/composite/setupActions';
import {
  addApprovalBefore,
  addCheckpointBefore,
  addCompensation,
  addNotifyBefore,
} from '../../commands/composite/stepActions';
import { type CompositeResult, refuseComposite } from '../../commands/composite/types';
import { freshId, ID_PREFIXES, idsInUse } from '../../commands/ids';
import { newNode } from '../../commands/newNode';
import type { Playbook, PlaybookNode } from '../../domain/types';
import { isDestructive } from '../rules/checkpoint-before-destructive';
import type { FixDefinition, FixId } from './types';

const nodeOf = (playbook: Playbook, id: string | null): PlaybookNode | undefined =>
  id === null ? undefined : playbook.nodes.find((node) => node.id === id);

const noTarget = refuseComposite('This finding names no node to fix');

function markIdempotent(playbook: Playbook, id: string | null): CompositeResult {
  const node = nodeOf(playbook, id);
  if (node?.kind !== 'compensation' || node.idempotent) return noTarget;
  return {
    ok: true,
    focus: node.id,
    command: {
      type: 'batch',
      label: `Mark ${node.label} as safe to run twice`,
      commands: [{ type: 'node.update', id: node.id, node: { ...node, idempotent: true } }],
    },
  };
}

/** The entities a node deletes or rewrites whole, for the checkpoint in front of it. */
function destructiveEntities(node: PlaybookNode): string[] {
  if (node.kind !== 'step' && node.kind !== 'compensation') return ['*'];
  const entities = [...new Set(node.effects.filter(isDestructive).map((effect) => effect.entity))];
  return entities.length > 0 ? entities : ['*'];
}

/** The roles a node names (trigger initiators, approvers) or governance names, lacking `permission`. */
function rolesLacking(playbook: Playbook, id: string | null, permission: 'initiate' | 'approve'): string[] {
  const lacks = (roleId: string) =>
    playbook.roles.some((role) => role.id === roleId && !role.permissions.includes(permission));
  const node = nodeOf(playbook, id);
  if (node?.kind === 'trigger') return node.initiators.filter(lacks);
  if (node?.kind === 'approval') return node.approvers.filter(lacks);
  if (id !== null || permission !== 'approve') return [];
  const named = playbook.governance.approverRoles.filter(lacks);
  if (named.length > 0) return named;
  // "No role can approve": unambiguous only when there is one role to give it to.
  return playbook.roles.length === 1 ? playbook.roles.map((role) => role.id) : [];
}

/**
 * A trigger in front of the one node nothing leads to. With no nodes it is simply added; with
 * several starting points, which one the run starts at is the person's choice.
 */
function addTrigger(playbook: Playbook): CompositeResult {
  const entered = new Set(playbook.edges.map((edge) => edge.target));
  const roots = playbook.nodes.filter((node) => !entered.has(node.id) && node.kind !== 'compensation');
  const makeTrigger = (id: string, position: { x: number; y: number }) => ({
    ...newNode('trigger', id, position, playbook),
    label: 'Start',
  });
  if (roots.length === 1) return insertBefore(playbook, roots[0]!.id, 'Add a trigger', makeTrigger);
  if (roots.length > 1) return refuseComposite('Several nodes could be the start: draw the trigger yourself');
  const id = freshId(ID_PREFIXES.trigger, idsInUse(playbook));
  const trigger = makeTrigger(id, freeSpot(playbook, { x: 0, y: 0 }));
  return {
    ok: true,
    focus: id,
    command: {
      type: 'batch',
      label: 'Add a trigger',
      commands: [{ type: 'node.add', nodes: [{ index: playbook.nodes.length, value: trigger }], edges: [] }],
    },
  };
}

/** Every quick fix, by id. Each is pure: the playbook and a finding in, one batch command out. */
export const FIXES: Readonly<Record<FixId, FixDefinition>> = {
  'add-compensation': {
    id: 'add-compensation',
    allTitle: 'Add an undo to each step that needs one',
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : addCompensation(playbook, target)),
  },
  'mark-idempotent': {
    id: 'mark-idempotent',
    allTitle: 'Mark every compensation as safe to run twice',
    // Saying an undo is safe to run twice is a claim about the outside system, made per undo.
    safeForAll: false,
    build: (playbook, { target }) => markIdempotent(playbook, target),
  },
  'add-approval-before': {
    id: 'add-approval-before',
    allTitle: 'Add an approval before each irreversible step',
    safeForAll: false,
    build: (playbook, { target }) => (target === null ? noTarget : addApprovalBefore(playbook, target)),
  },
  'add-checkpoint-before': {
    id: 'add-checkpoint-before',
    allTitle: 'Add a checkpoint before each destructive step',
    safeForAll: false,
    build: (playbook, { target }) => {
      const node = nodeOf(playbook, target);
      return node ? addCheckpointBefore(playbook, node.id, destructiveEntities(node)) : noTarget;
    },
  },
  'add-notify-before': {
    id: 'add-notify-before',
    allTitle: 'Add a notification before each end that needs one',
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : addNotifyBefore(playbook, target)),
  },
  'assign-owner': {
    id: 'assign-owner',
    allTitle: 'Give every node that needs one an owner',
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : assignOwner(playbook, target)),
  },
  'grant-initiate': {
    id: 'grant-initiate',
    allTitle: 'Give every initiator role the initiate permission',
    safeForAll: true,
    build: (playbook, { target }) =>
      grantPermission(playbook, rolesLacking(playbook, target, 'initiate'), 'initiate', target ?? ''),
  },
  'grant-approve': {
    id: 'grant-approve',
    allTitle: 'Give every approver role the approve permission',
    safeForAll: true,
    build: (playbook, { target }) =>
      grantPermission(playbook, rolesLacking(playbook, target, 'approve'), 'approve', target ?? ''),
  },
  'link-failure-to-rollback': {
    id: 'link-failure-to-rollback',
    allTitle: 'Send every step’s failure to the rollback',
    // Offered only when the playbook has exactly one rollback, so every step gets the same answer.
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : linkFailureToRollback(playbook, target)),
  },
  'add-failed-end': {
    id: 'add-failed-end',
    allTitle: 'Add a notified "failed" end after each rollback and restore',
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : addFailedEnd(playbook, target)),
  },
  'add-check-after': {
    id: 'add-check-after',
    allTitle: 'Add a check after each rollback and restore',
    safeForAll: true,
    build: (playbook, { target }) => (target === null ? noTarget : addCheckAfter(playbook, target)),
  },
  'add-trigger': {
    id: 'add-trigger',
    allTitle: 'Add a trigger',
    safeForAll: false,
    build: (playbook) => addTrigger(playbook),
  },
};

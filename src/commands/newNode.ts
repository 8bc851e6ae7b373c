import type { NodeKind, Playbook, PlaybookNode } from '../domain/types';
import { assertNever } from '../lib/assertNever';

/**
 * A new node of a kind, as the palette adds it: valid wherever the playbook makes that possible
 * (an approval names the first role, a restore the first checkpoint), so a fresh node only
 * carries a problem badge when the person really has something to fill in.
 */
export function newNode(
  kind: NodeKind,
  id: string,
  position: { x: number; y: number },
  playbook: Playbook,
): PlaybookNode {
  const base = { id, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  const retry = { maxAttempts: 1, backoff: 'PT0S', multiplier: 1 };
  switch (kind) {
    case 'trigger':
      return { ...base, kind, label: 'New trigger', signal: 'manual', initiators: [] };
    case 'step':
      return { ...base, kind, label: 'New step', effects: [], duration: 'PT0S', retry, idempotent: false };
    case 'compensation':
      return {
        ...base,
        kind,
        label: 'New compensation',
        strategy: 'revert',
        effects: [],
        duration: 'PT0S',
        retry,
        idempotent: false,
      };
    case 'checkpoint':
      return { ...base, kind, label: 'New checkpoint', entities: ['*'] };
    case 'restore': {
      const checkpoint = playbook.nodes.find((node) => node.kind === 'checkpoint');
      return { ...base, kind, label: 'New restore', checkpoint: checkpoint?.id ?? '', duration: 'PT0S' };
    }
    case 'rollback':
      return { ...base, kind, label: 'New rollback', scope: 'all', order: 'reverse-completion' };
    case 'check':
      return { ...base, kind, label: 'New check', invariants: [{ type: 'model' }] };
    case 'approval': {
      const role = playbook.roles[0];
      return {
        ...base,
        kind,
        label: 'New approval',
        approvers: role ? [role.id] : [],
        quorum: 1,
        simulatedWait: 'PT0S',
      };
    }
    case 'notify':
      return {
        ...base,
        kind,
        label: 'New notification',
        channel: 'email',
        audience: 'Operations',
        tier: 1,
        message: '{{playbook.name}}: {{run.outcome}}',
      };
    case 'decision':
      return { ...base, kind, label: 'New decision', condition: 'true' };
    case 'failsafe':
      return { ...base, kind, label: 'New failsafe', mode: 'read-only', pauses: [] };
    case 'end':
      return { ...base, kind, label: 'New end', outcome: 'completed' };
    default:
      return assertNever(kind);
  }
}

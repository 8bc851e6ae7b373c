import { newEntity, newRole } from '../../commands/composite/setupActions';
import type { Command } from '../../commands/types';
import type { PlaybookNode } from '../../domain/types';
import { documentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';

/**
 * A role made inline gets every permission a one-person team needs (start, approve, run), so it
 * can be owner, initiator and approver without a second trip to the Playbook tab
 * (docs/inspector.md, issue 15).
 */
const FIRST_ROLE_PERMISSIONS = ['initiate', 'approve', 'execute'] as const;

/**
 * Creates a role and puts it to use on `node` (`use` returns the node with the role set), as one
 * undo step.
 */
export function roleCreatedFor(
  name: string,
  node: PlaybookNode,
  use: (roleId: string) => PlaybookNode,
): void {
  const { document } = documentStore.getState();
  const { command, role } = newRole(document, name, FIRST_ROLE_PERMISSIONS);
  const commands: Command[] = [command, { type: 'node.update', id: node.id, node: use(role.id) }];
  documentActions.batchApplied(`Create role ${role.name}`, commands);
}

/** Creates an entity and returns its name (the effect editor then puts it on the effect). */
export function entityCreated(name: string): string {
  const { document } = documentStore.getState();
  const { command, entity } = newEntity(document, name);
  documentActions.batchApplied(`Create entity ${entity.name}`, [command]);
  return entity.name;
}

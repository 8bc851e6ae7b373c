import type { Playbook } from '../domain/types';
import { idFromName } from './composite/setupActions';
import type { Command } from './types';

/** The ids a new playbook starts with (`blankPlaybook`): nobody chose them. */
const STARTING_IDS: ReadonlySet<string> = new Set(['untitled', 'untitled-playbook']);

/**
 * Whether renaming the playbook also renames its id: until the playbook is first exported, while
 * its id is one it started with or the one its current name gives. An id someone typed, or one
 * that left the app in an export (a CI job or a file name may use it), is never changed.
 */
export function idFollowsName(playbook: Playbook, exported: boolean): boolean {
  if (exported) return false;
  return STARTING_IDS.has(playbook.id) || playbook.id === idFromName(playbook.name, playbook.id);
}

/**
 * The command that renames the playbook: `playbook.rename`, or, while the id follows the name
 * (`idFollowsName`), one batch that also sets the id made from the new name ("Web order refund" →
 * `web-order-refund`), so one undo puts both back. A name that gives no id keeps the id. The batch
 * is made even when the id stays the same, so that keystrokes merged into one undo step always
 * undo the id as well.
 */
export function renamePlaybook(playbook: Playbook, name: string, exported: boolean): Command {
  const rename: Command = { type: 'playbook.rename', name };
  if (!idFollowsName(playbook, exported)) return rename;
  const id = idFromName(name, playbook.id);
  return {
    type: 'batch',
    label: 'Rename the playbook',
    commands: [rename, { type: 'playbook.update', changes: { id }, removed: [] }],
  };
}

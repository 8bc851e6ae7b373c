import type { Playbook } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { AutosaveController } from './autosave';
import type { DraftWriter } from './draftWriter';
import type { OpenedPlaybook } from './loadRecord';
import type { PlaybookRepository } from './repositoryTypes';
import type { RepositoryError, Result } from './storageError';

/** The three ways out of a conflict the UI offers (issue 7, "Two tabs"). */
export const CONFLICT_CHOICES = ['reload', 'keep-both', 'overwrite'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/**
 * What a tab does when it learns the stored draft moved past the version it loaded:
 * - `ignore`: not newer than what this tab has (its own save, or an old message);
 * - `reload`: newer, and this tab has no unsaved edits: load the stored draft, nothing is lost;
 * - `conflict`: newer, and this tab has unsaved edits: ask (reload, keep both, overwrite knowingly).
 * - `deleted`: the playbook went to the trash in another tab; unsaved edits stay in memory.
 */
export type TabDecision =
  | { action: 'ignore' }
  | { action: 'reload'; storedVersion: number }
  | { action: 'conflict'; storedVersion: number; choices: readonly ConflictChoice[] }
  | { action: 'deleted'; hasUnsavedEdits: boolean };

export interface TabState {
  /** The draft version this tab last read or wrote. */
  loadedVersion: number;
  hasUnsavedEdits: boolean;
}

/** Decides on another tab's save of the playbook open here. Pure. */
export function decideOnRemoteSave(state: TabState, storedVersion: number): TabDecision {
  if (storedVersion <= state.loadedVersion) return { action: 'ignore' };
  if (!state.hasUnsavedEdits) return { action: 'reload', storedVersion };
  return { action: 'conflict', storedVersion, choices: CONFLICT_CHOICES };
}

/**
 * Decides on another tab's delete of the playbook open here: the tab says so and keeps any unsaved
 * edits in memory (its writes still land in the trashed row, which undo or the trash can restore).
 */
export function decideOnRemoteDelete(state: TabState): TabDecision {
  return { action: 'deleted', hasUnsavedEdits: state.hasUnsavedEdits };
}

/**
 * Decides on a refused write (a `conflict` error from `saveDraft`), which catches what a missed
 * message would let slip: the write carried unsaved edits, so it is a conflict whenever the stored
 * version is ahead.
 */
export function decideOnWriteConflict(error: RepositoryError, loadedVersion: number): TabDecision {
  if (error.kind !== 'conflict') return { action: 'ignore' };
  return decideOnRemoteSave({ loadedVersion, hasUnsavedEdits: true }, error.storedVersion);
}

export interface ConflictContext {
  repository: PlaybookRepository;
  playbookId: string;
  writer: DraftWriter;
  autosave: AutosaveController<Playbook>;
  /** The document this tab holds (with its unsaved edits). */
  localDocument: Playbook;
  storedVersion: number;
}

/**
 * The outcome of a resolved conflict. `document` is what this tab should now edit; `copy` is the
 * new library entry holding this tab's edits after "keep both".
 */
export type ConflictResolution =
  | { choice: 'reload'; document: OpenedPlaybook }
  | { choice: 'keep-both'; document: OpenedPlaybook; copy: OpenedPlaybook }
  | { choice: 'overwrite'; version: number };

/**
 * Carries out the user's choice. Reload and keep-both end with this tab on the stored draft (the
 * autosave reset, its writer on the stored version); keep-both first saves this tab's document as
 * a new entry. Overwrite writes this tab's document over the version the user was shown; if yet
 * another save landed meanwhile, that write is refused as a new conflict rather than overwriting
 * something the user has not seen.
 */
export async function resolveConflict(
  choice: ConflictChoice,
  context: ConflictContext,
): Promise<Result<ConflictResolution>> {
  const { repository, playbookId, writer, autosave } = context;
  const reloadStored = async (): Promise<Result<OpenedPlaybook>> => {
    const stored = await repository.get(playbookId);
    if (!stored.ok) return stored;
    if (stored.value.status === 'damaged') {
      return {
        ok: false,
        error: {
          kind: 'damaged',
          id: playbookId,
          reason: 'playbook is damaged',
          message: 'The version saved in the other tab cannot be read.',
        },
      };
    }
    writer.adopt(stored.value.version);
    autosave.reset();
    return { ok: true, value: stored.value };
  };
  switch (choice) {
    case 'reload': {
      const document = await reloadStored();
      return document.ok ? { ok: true, value: { choice, document: document.value } } : document;
    }
    case 'keep-both': {
      const copy = await repository.fork(playbookId, { document: context.localDocument });
      if (!copy.ok) return copy;
      const document = await reloadStored();
      return document.ok
        ? { ok: true, value: { choice, document: document.value, copy: copy.value } }
        : document;
    }
    case 'overwrite': {
      writer.adopt(context.storedVersion);
      autosave.edited(context.localDocument);
      const status = await autosave.flush();
      if (status.kind === 'not-saved') return { ok: false, error: status.error };
      return { ok: true, value: { choice, version: writer.version() } };
    }
    default:
      return assertNever(choice, 'conflict choice');
  }
}

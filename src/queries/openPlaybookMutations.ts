import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { ApprovalRecord, Playbook } from '../domain/types';
import type { StoredPlaybook } from '../persistence/loadRecord';
import type { PlaybookRepository, SaveVersionInput } from '../persistence/repositoryTypes';
import { type ConflictChoice, type ConflictContext, resolveConflict } from '../persistence/tabConflict';
import { playbookKeys } from './playbookKeys';
import { unwrap } from './repositoryFailure';

/**
 * The cached detail after this tab wrote `document` at `version`: the cache holds what was saved.
 * Live problems of the edited document come from the document store, not from this entry.
 */
function savedDetail(
  client: QueryClient,
  id: string,
  document: Playbook,
  version: number,
  updatedAt: string,
) {
  client.setQueryData<StoredPlaybook>(playbookKeys.detail(id), (previous) =>
    previous?.status === 'ok'
      ? {
          ...previous,
          playbook: document,
          name: document.name,
          revision: document.revision,
          version,
          updatedAt,
          problems: [],
        }
      : previous,
  );
}

/**
 * A draft write reached the disk: the detail holds it, the lists (whose summary changed) are
 * stale. The `saveDraft` mutation and the designer's autosave (whose draft writer carries the
 * version check and the problem and lint hints) both end here.
 */
export function draftSaved(
  client: QueryClient,
  id: string,
  document: Playbook,
  saved: { version: number; updatedAt: string },
): Promise<void> {
  savedDetail(client, id, document, saved.version, saved.updatedAt);
  return client.invalidateQueries({ queryKey: playbookKeys.lists() });
}

/**
 * Mutation options for the writes of the playbook open in the designer or review: a draft write
 * updates its detail in place and marks the lists stale (the summary changed); a saved version
 * also adds to the revisions and the audit log; a review decision writes the draft and the audit
 * log; a restore or a resolved conflict changes the whole detail.
 *
 * Save version, restore, review and conflict do not wait for the refetches they cause: the
 * session adopts the new stored version as soon as the write is done, so an autosave in between
 * is not refused as a conflict with this tab's own write.
 *
 * @example const saved = await runMutation(client, openPlaybookMutations(repository).saveVersion(), input);
 */
export function openPlaybookMutations(repository: PlaybookRepository) {
  return {
    saveDraft: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'save-draft'],
        mutationFn: (input: { id: string; document: Playbook; expectedVersion: number }) =>
          unwrap(repository.saveDraft(input.id, input.document, input.expectedVersion)),
        onSuccess: (saved, input, _result, { client }) => draftSaved(client, input.id, input.document, saved),
      }),
    saveVersion: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'save-version'],
        mutationFn: (input: SaveVersionInput & { id: string }) =>
          unwrap(repository.saveVersion(input.id, input)),
        onSuccess: (saved, input, _result, { client }) => {
          savedDetail(client, input.id, saved.playbook, saved.version, saved.updatedAt);
          void client.invalidateQueries({ queryKey: playbookKeys.revisions(input.id) });
          void client.invalidateQueries({ queryKey: playbookKeys.audit(input.id) });
          void client.invalidateQueries({ queryKey: playbookKeys.lists() });
        },
      }),
    restoreRevision: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'restore-revision'],
        mutationFn: (input: { id: string; revision: number; expectedVersion: number; actor: string }) =>
          unwrap(repository.restoreRevision(input.id, input.revision, input)),
        onSuccess: (_restored, input, _result, { client }) => {
          void client.invalidateQueries({ queryKey: playbookKeys.detail(input.id) });
          void client.invalidateQueries({ queryKey: playbookKeys.lists() });
        },
      }),
    recordReview: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'record-review'],
        mutationFn: (input: {
          id: string;
          document: Playbook;
          expectedVersion: number;
          record: ApprovalRecord;
        }) => unwrap(repository.recordReview(input.id, input)),
        onSuccess: (saved, input, _result, { client }) => {
          savedDetail(client, input.id, input.document, saved.version, saved.updatedAt);
          void client.invalidateQueries({ queryKey: playbookKeys.audit(input.id) });
          void client.invalidateQueries({ queryKey: playbookKeys.lists() });
        },
      }),
    /** Reload, keep both or overwrite after another tab's save: the stored draft may have changed. */
    resolveConflict: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'resolve-conflict'],
        mutationFn: ({
          choice,
          ...context
        }: { choice: ConflictChoice } & Omit<ConflictContext, 'repository'>) =>
          unwrap(resolveConflict(choice, { ...context, repository })),
        onSuccess: (_resolved, input, _result, { client }) => {
          void client.invalidateQueries({ queryKey: playbookKeys.detail(input.playbookId) });
          void client.invalidateQueries({ queryKey: playbookKeys.lists() });
        },
      }),
  };
}

import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { Playbook } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { PlaybookRepository } from '../persistence/repositoryTypes';
import type { TabMessage } from '../persistence/tabMessages';
import { playbookKeys } from './playbookKeys';
import { unwrap } from './repositoryFailure';

/** A delete or its undo changes the library lists and adds to that playbook's audit log. */
function listsAndAuditStale(client: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: playbookKeys.lists() }),
    client.invalidateQueries({ queryKey: playbookKeys.audit(id) }),
  ]);
}

/**
 * Mutation options for the library's writes, each invalidating the narrowest level that changed:
 * create, import and fork change only the lists; delete and undo the lists and that audit log; an export adds to the audit log
 * only; a purge drops the purged details. They wait for the refetches they cause, so the list is
 * fresh when the page's status line speaks. The open playbook's writes are in
 * openPlaybookMutations.ts, which loads with the designer, not with the first screen.
 *
 * @example const created = await runMutation(client, libraryMutations(repository).create(), document);
 */
export function libraryMutations(repository: PlaybookRepository) {
  return {
    create: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'create'],
        mutationFn: (input: { document: Playbook; actor: string; detail?: string }) =>
          unwrap(repository.create(input.document, input)),
        onSuccess: (_created, _document, _result, { client }) =>
          client.invalidateQueries({ queryKey: playbookKeys.lists() }),
      }),
    importFile: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'import'],
        mutationFn: (input: { text: string; actor: string; fileName?: string }) =>
          unwrap(repository.importPlaybook(input.text, input)),
        onSuccess: (_imported, _input, _result, { client }) =>
          client.invalidateQueries({ queryKey: playbookKeys.lists() }),
      }),
    fork: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'fork'],
        mutationFn: (input: { id: string; document?: Playbook; name?: string; actor?: string }) =>
          unwrap(repository.fork(input.id, input)),
        onSuccess: (_fork, _input, _result, { client }) =>
          client.invalidateQueries({ queryKey: playbookKeys.lists() }),
      }),
    remove: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'delete'],
        mutationFn: (input: { id: string; actor: string }) => unwrap(repository.delete(input.id, input)),
        onSuccess: (_deleted, input, _result, { client }) => listsAndAuditStale(client, input.id),
      }),
    undoRemove: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'undo-delete'],
        mutationFn: (input: { id: string; actor: string }) => unwrap(repository.undoDelete(input.id, input)),
        onSuccess: (_restored, input, _result, { client }) => listsAndAuditStale(client, input.id),
      }),
    purgeTrash: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'purge-trash'],
        mutationFn: () => unwrap(repository.purgeTrash()),
        onSuccess: ({ purged }, _variables, _result, { client }) => {
          for (const id of purged) client.removeQueries({ queryKey: playbookKeys.detail(id) });
          return client.invalidateQueries({ queryKey: playbookKeys.lists() });
        },
      }),
    /** An export written into the audit log (`document` as exported, else the stored draft). */
    logExport: () =>
      mutationOptions({
        mutationKey: [...playbookKeys.all, 'log-export'],
        mutationFn: (input: { id: string; actor: string; format: string; document?: Playbook }) =>
          unwrap(repository.logExport(input.id, input)),
        onSuccess: (_entry, input, _result, { client }) =>
          client.invalidateQueries({ queryKey: playbookKeys.audit(input.id) }),
      }),
  };
}

/**
 * Keeps this tab's cache true to what other tabs saved: wire it to the tab coordinator's
 * `subscribe`. A save elsewhere marks that playbook's detail and the lists stale.
 */
export function invalidateForTabMessage(client: QueryClient, message: TabMessage): Promise<unknown> {
  switch (message.type) {
    case 'saved':
    case 'deleted':
      return Promise.all([
        client.invalidateQueries({ queryKey: playbookKeys.detail(message.playbookId) }),
        client.invalidateQueries({ queryKey: playbookKeys.lists() }),
      ]);
    case 'library-changed':
      return client.invalidateQueries({ queryKey: playbookKeys.lists() });
    default:
      return assertNever(message, 'tab message');
  }
}

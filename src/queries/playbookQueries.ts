import { queryOptions } from '@tanstack/react-query';
import type { PlaybookRepository } from '../persistence/repositoryTypes';
import { playbookKeys } from './playbookKeys';
import { unwrap } from './repositoryFailure';

/**
 * `queryOptions` leaves over a repository: pass them to `useQuery`, `useSuspenseQuery`,
 * `queryClient.fetchQuery` or `ensureQueryData`. The cache holds what was saved; the document
 * being edited lives only in the document store (src/state).
 *
 * @example const { data } = useQuery(playbookQueries(repository).library());
 */
export function playbookQueries(repository: PlaybookRepository) {
  return {
    library: () =>
      queryOptions({ queryKey: playbookKeys.library(), queryFn: () => unwrap(repository.list()) }),
    trash: () =>
      queryOptions({ queryKey: playbookKeys.trash(), queryFn: () => unwrap(repository.listTrash()) }),
    detail: (id: string) =>
      queryOptions({
        queryKey: playbookKeys.detail(id),
        queryFn: () => unwrap(repository.get(id)),
        // Refetching on focus would hand the designer a copy it does not use; other tabs' saves
        // arrive through the tab coordinator and invalidate this key.
        refetchOnWindowFocus: false,
      }),
    revisions: (id: string) =>
      queryOptions({
        queryKey: playbookKeys.revisions(id),
        queryFn: () => unwrap(repository.listRevisions(id)),
      }),
    revision: (id: string, revision: number) =>
      queryOptions({
        queryKey: playbookKeys.revision(id, revision),
        queryFn: () => unwrap(repository.getRevision(id, revision)),
        // A saved revision never changes.
        staleTime: Number.POSITIVE_INFINITY,
      }),
    audit: (id: string) =>
      queryOptions({ queryKey: playbookKeys.audit(id), queryFn: () => unwrap(repository.auditLog(id)) }),
    /** The hash chain checked; under the audit key, so a new entry checks it again. */
    auditVerification: (id: string) =>
      queryOptions({
        queryKey: playbookKeys.auditVerification(id),
        queryFn: () => unwrap(repository.verifyAudit(id)),
      }),
  };
}

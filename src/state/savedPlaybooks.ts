import { useQuery } from '@tanstack/react-query';
import { queries } from './persistenceContext';

// What this browser has saved, read through the query cache: the hooks components use, so none
// builds its own query options. The document being edited is the document store's, not these.

/** Every playbook of the library (not the trash), newest first. */
export const useLibrary = () => useQuery(queries.library());

/** A playbook's saved versions, newest first. */
export const useRevisions = (id: string) => useQuery(queries.revisions(id));

/** One saved version; `null` waits (nothing chosen yet) without a request. */
export const useRevision = (id: string, revision: number | null) =>
  useQuery({ ...queries.revision(id, revision ?? -1), enabled: revision !== null });

/** A playbook's audit log, oldest first. */
export const useAuditLog = (id: string) => useQuery(queries.audit(id));

/** Whether the audit log's hash chain is whole. */
export const useAuditVerification = (id: string) => useQuery(queries.auditVerification(id));

/** Deleted playbooks still within the 30 days of the trash, newest deletion first. */
export const useTrash = () => useQuery(queries.trash());

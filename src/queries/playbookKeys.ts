/**
 * Query keys of the playbook library, from one factory (TanStack Query's advice): key-only levels
 * (`all`, `lists()`, `details()`) for invalidation, leaves for the queries themselves. Nesting is
 * deliberate: invalidating `detail(id)` also covers that playbook's revisions and audit log, and
 * invalidating `lists()` covers the library and the trash.
 */
export const playbookKeys = {
  all: ['playbooks'] as const,
  lists: () => [...playbookKeys.all, 'list'] as const,
  library: () => [...playbookKeys.lists(), 'library'] as const,
  trash: () => [...playbookKeys.lists(), 'trash'] as const,
  details: () => [...playbookKeys.all, 'detail'] as const,
  detail: (id: string) => [...playbookKeys.details(), id] as const,
  revisions: (id: string) => [...playbookKeys.detail(id), 'revisions'] as const,
  revision: (id: string, revision: number) => [...playbookKeys.revisions(id), revision] as const,
  audit: (id: string) => [...playbookKeys.detail(id), 'audit'] as const,
  auditVerification: (id: string) => [...playbookKeys.audit(id), 'verification'] as const,
};

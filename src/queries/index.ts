/** TanStack Query over the persistence layer (issue 7): keys, query options, mutation options. */

export { invalidateForTabMessage, libraryMutations } from './libraryMutations';
export { draftSaved, openPlaybookMutations } from './openPlaybookMutations';
export { playbookKeys } from './playbookKeys';
export { playbookQueries } from './playbookQueries';
export { RepositoryFailure, repositoryErrorOf, unwrap } from './repositoryFailure';
export { reviewIdentityKeys, reviewIdentityQueries } from './reviewIdentityQueries';
export { runMutation } from './runMutation';

/** TanStack Query over the persistence layer (issue 7): keys, query options, mutation options. */
export { playbookKeys } from './playbookKeys';
export { draftSaved, invalidateForTabMessage, playbookMutations } from './playbookMutations';
export { playbookQueries } from './playbookQueries';
export { RepositoryFailure, repositoryErrorOf, unwrap } from './repositoryFailure';
export { runMutation } from './runMutation';

import { mutationOptions, queryOptions } from '@tanstack/react-query';
import type { ReviewIdentityStore } from '../persistence/reviewIdentityStore';
import { unwrap } from './repositoryFailure';

/** Keys of what this browser keeps for signed review: its key, and the team file per scope. */
export const reviewIdentityKeys = {
  all: ['review-identity'] as const,
  signingKey: () => [...reviewIdentityKeys.all, 'signing-key'] as const,
  teamFiles: () => [...reviewIdentityKeys.all, 'team-file'] as const,
  teamFile: (scope: string) => [...reviewIdentityKeys.teamFiles(), scope] as const,
};

/**
 * Query and mutation options over the review identity store (issue 16): the profile's signing
 * key and the team files. A replaced key or a changed team file refreshes what reads them.
 */
export function reviewIdentityQueries(store: ReviewIdentityStore) {
  return {
    signingKey: () =>
      queryOptions({
        queryKey: reviewIdentityKeys.signingKey(),
        queryFn: () => unwrap(store.signingKey()),
        staleTime: Number.POSITIVE_INFINITY,
      }),
    teamFile: (scope: string) =>
      queryOptions({
        queryKey: reviewIdentityKeys.teamFile(scope),
        queryFn: () => unwrap(store.teamFile(scope)),
        staleTime: Number.POSITIVE_INFINITY,
      }),
    replaceSigningKey: () =>
      mutationOptions({
        mutationKey: [...reviewIdentityKeys.signingKey(), 'replace'],
        mutationFn: () => unwrap(store.replaceSigningKey()),
        onSuccess: (_key, _variables, _result, { client }) =>
          client.invalidateQueries({ queryKey: reviewIdentityKeys.signingKey() }),
      }),
    saveTeamFile: () =>
      mutationOptions({
        mutationKey: [...reviewIdentityKeys.teamFiles(), 'save'],
        mutationFn: (input: { scope: string; text: string; fileName?: string }) =>
          unwrap(store.saveTeamFile(input)),
        // Every team-file level: the file itself, and what was verified with it (the library).
        onSuccess: (_saved, _input, _result, { client }) =>
          client.invalidateQueries({ queryKey: reviewIdentityKeys.teamFiles() }),
      }),
    removeTeamFile: () =>
      mutationOptions({
        mutationKey: [...reviewIdentityKeys.teamFiles(), 'remove'],
        mutationFn: (scope: string) => unwrap(store.removeTeamFile(scope)),
        onSuccess: (_removed, _scope, _result, { client }) =>
          client.invalidateQueries({ queryKey: reviewIdentityKeys.teamFiles() }),
      }),
  };
}

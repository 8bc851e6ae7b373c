import { MutationObserver, type MutationOptions, type QueryClient } from '@tanstack/react-query';
import { fromStorageException, type Result } from '../persistence/storageError';
import { repositoryErrorOf } from './repositoryFailure';

/**
 * Runs one mutation on `client` outside a component (store actions, dialogs that await the
 * outcome): it enters the mutation cache like `useMutation`'s do, so `useIsMutating` and the
 * mutation's own cache updates apply, and it answers with the repository's Result instead of a
 * rejection, for a message the user can read.
 *
 * @example const saved = await runMutation(queryClient, mutations.saveVersion(), input);
 */
export async function runMutation<TData, TVariables>(
  client: QueryClient,
  options: MutationOptions<TData, Error, TVariables>,
  variables: TVariables,
): Promise<Result<TData>> {
  try {
    const value = await new MutationObserver(client, options).mutate(variables);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: repositoryErrorOf(error) ?? fromStorageException(error) };
  }
}

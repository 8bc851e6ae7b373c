import type { RepositoryError, Result } from '../persistence/storageError';

/**
 * The error a query or mutation rejects with: TanStack Query needs a rejection to enter its error
 * state, so the repository's error value rides inside. The UI reads `failure.error.reason`
 * ("storage is full") and `failure.error.kind`, never a stack trace.
 */
export class RepositoryFailure extends Error {
  override readonly name = 'RepositoryFailure';
  constructor(readonly error: RepositoryError) {
    super(error.message);
  }
}

/** The value of a repository Result, or a {@link RepositoryFailure}. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new RepositoryFailure(settled.error);
  return settled.value;
}

/** The repository error inside whatever a query or mutation failed with, if it is one. */
export function repositoryErrorOf(error: unknown): RepositoryError | null {
  return error instanceof RepositoryFailure ? error.error : null;
}

import type { Playbook } from '../domain/types';
import type { DraftSaved, PlaybookRepository } from './repositoryTypes';
import type { Result } from './storageError';

/** Writes one playbook's draft, carrying the version check from write to write. */
export interface DraftWriter {
  write(document: Playbook): Promise<Result<DraftSaved>>;
  /** The version this tab last read or wrote: the `expectedVersion` of its next write. */
  version(): number;
  /** After a reload or a knowing overwrite, continue from the stored version. */
  adopt(version: number): void;
}

export interface DraftWriterOptions {
  /** Where the app announces a save to other tabs and updates its query cache with `document`. */
  onSaved?: (saved: DraftSaved, document: Playbook) => void;
  /**
   * The document store's current problem count for `document` (it validates on every edit), so
   * the repository need not parse a large playbook again on each autosave.
   */
  problemCount?: (document: Playbook) => number;
  /**
   * Lint counts for the library's status column from findings the caller already computed, or
   * undefined to let the repository lint (the full linter, kept off the autosave path this way).
   */
  lintCounts?: (document: Playbook) => { errors: number; warnings: number } | undefined;
}

/**
 * The `write` for {@link createAutosave} over a repository: each write expects the version the
 * previous one produced, so a write after another tab's save comes back as a `conflict` instead
 * of overwriting it.
 */
export function createDraftWriter(
  repository: PlaybookRepository,
  id: string,
  loadedVersion: number,
  options: DraftWriterOptions = {},
): DraftWriter {
  const { onSaved, problemCount, lintCounts } = options;
  let expected = loadedVersion;
  return {
    async write(document) {
      const lint = lintCounts?.(document);
      const hints = {
        ...(problemCount ? { problemCount: problemCount(document) } : {}),
        ...(lint ? { lint } : {}),
      };
      const result = await repository.saveDraft(id, document, expected, hints);
      if (result.ok) {
        expected = result.value.version;
        onSaved?.(result.value, document);
      }
      return result;
    },
    version: () => expected,
    adopt(version) {
      expected = version;
    },
  };
}

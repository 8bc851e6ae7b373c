import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { PlaybookRepository } from '../persistence';

/**
 * Where the designer kept the document before the library (IndexedDB) took over. Read once at
 * start to move that document into the library; see {@link migrateInterimSave}.
 */
export const STORAGE_KEY = 'rollbook.designer.document.v1';

/**
 * The document the interim localStorage save left, if any. A saved document may hold problems
 * (work in progress is saved as it is); it is kept as long as it still has the shape of a playbook.
 */
export function savedDocument(): Playbook | null {
  let text: string | null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parsePlaybook(value);
  if (parsed.ok) return parsed.playbook;
  const looksLikePlaybook =
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { nodes?: unknown }).nodes) &&
    Array.isArray((value as { edges?: unknown }).edges);
  return looksLikePlaybook ? (value as Playbook) : null;
}

/**
 * Moves the document of the interim localStorage save into the library, once. The localStorage
 * copy is removed only after IndexedDB confirmed the write, so a failure keeps it for the next
 * start. Returns the new library id, or null when there was nothing to move (or it failed).
 */
export async function migrateInterimSave(repository: PlaybookRepository): Promise<string | null> {
  const document = savedDocument();
  if (!document) return null;
  const created = await repository.create(document);
  if (!created.ok) return null;
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Removal failed: the next start would import it again, a duplicate rather than a loss.
  }
  return created.value.id;
}

import { create } from 'zustand';
import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import { documentStore } from './documentStore';

/** Where the document under edit is kept until the library (IndexedDB) takes over. */
export const STORAGE_KEY = 'rollbook.designer.document.v1';

export type SaveState = { status: 'saved' } | { status: 'not-saved'; reason: string };

export const saveStateStore = create<SaveState>(() => ({ status: 'saved' }));

/** Writes the document now; a full or blocked storage is reported, never swallowed. */
function save(document: Playbook): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(document));
    saveStateStore.setState({ status: 'saved' }, true);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    saveStateStore.setState({ status: 'not-saved', reason }, true);
  }
}

/**
 * The document saved by an earlier visit, if any. A saved document may hold problems (work in
 * progress is saved as it is); it is kept as long as it still has the shape of a playbook.
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

/** Saves after every document change, from now on. */
export function startAutosave(): void {
  documentStore.subscribe((state, previous) => {
    if (state.document !== previous.document) save(state.document);
  });
}

import type { Playbook } from '../domain/types';
import { applyCommand } from './applyCommand';
import type { Command } from './types';

/** One undoable edit: what was done and what undoes it. */
export interface HistoryEntry {
  command: Command;
  inverse: Command;
  /** Edits with the same key in a row merge into one step (typing in one field). */
  coalesceKey?: string;
}

/** The undo and redo stacks. Only document edits enter; selection and viewport never do. */
export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** How many steps undo reaches back; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export type HistoryResult =
  | { ok: true; document: Playbook; history: History }
  | { ok: false; reason: string };

/**
 * Applies a command and records it. A new edit clears the redo stack. When `coalesceKey` equals
 * the last entry's, the two merge: one undo puts back the state before the first of them.
 */
export function execute(
  document: Playbook,
  history: History,
  command: Command,
  coalesceKey?: string,
): HistoryResult {
  const result = applyCommand(document, command);
  if (!result.ok) return result;
  const last = history.past[history.past.length - 1];
  const merge = coalesceKey !== undefined && last?.coalesceKey === coalesceKey;
  const entry: HistoryEntry = merge
    ? { command, inverse: last.inverse, coalesceKey }
    : { command, inverse: result.inverse, ...(coalesceKey === undefined ? {} : { coalesceKey }) };
  const past = merge ? [...history.past.slice(0, -1), entry] : [...history.past, entry];
  return {
    ok: true,
    document: result.document,
    history: { past: past.slice(-HISTORY_LIMIT), future: [] },
  };
}

/** Undoes the last edit, or returns `null` when there is none. */
export function undo(document: Playbook, history: History): { document: Playbook; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  const result = applyCommand(document, entry.inverse);
  if (!result.ok) return null;
  // Redo re-applies the original command: it was computed against exactly this state.
  return {
    document: result.document,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { command: entry.command, inverse: result.inverse }],
    },
  };
}

/** Redoes the last undone edit, or returns `null` when there is none. */
export function redo(document: Playbook, history: History): { document: Playbook; history: History } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  const result = applyCommand(document, entry.command);
  if (!result.ok) return null;
  return {
    document: result.document,
    history: {
      past: [...history.past, { command: entry.command, inverse: result.inverse }],
      future: history.future.slice(0, -1),
    },
  };
}

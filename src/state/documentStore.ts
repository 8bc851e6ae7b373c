import { create } from 'zustand';
import { blankPlaybook } from '../commands/blankPlaybook';
import { EMPTY_HISTORY, execute, type History, redo, undo } from '../commands/history';
import type { Command } from '../commands/types';
import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';

/** The document being edited, its undo history and its live validation. The one place it lives. */
export interface DocumentState {
  document: Playbook;
  history: History;
  /** Every problem `parsePlaybook` finds in the current document, after each edit. */
  problems: ValidationError[];
  /** Why the last edit was refused, for the status line; cleared by the next edit. */
  refusal: string | null;
}

/** Runs the same parse path as import on the document, so the canvas and the file agree. */
export function validate(document: Playbook): ValidationError[] {
  const result = parsePlaybook(document);
  return result.ok ? [] : result.errors;
}

export const documentStore = create<DocumentState>(() => ({
  document: blankPlaybook(),
  history: EMPTY_HISTORY,
  problems: [],
  refusal: null,
}));

/** Starts editing a document with an empty history (app start). */
export function loadDocument(document: Playbook, problems: ValidationError[] = validate(document)): void {
  // `problems` when the caller has just parsed this document (opening a stored one): parsing it
  // again would double the validation on the way to the first frame (issue 20).
  documentStore.setState({ document, history: EMPTY_HISTORY, problems, refusal: null });
}

/**
 * Runs a command as one undo step. Returns the refusal reason, or `null` when it applied.
 * `coalesceKey` merges a run of replace-style edits (typing in one field) into one step.
 */
export function dispatch(command: Command, coalesceKey?: string): string | null {
  const state = documentStore.getState();
  const result = execute(state.document, state.history, command, coalesceKey);
  if (!result.ok) {
    documentStore.setState({ refusal: result.reason });
    return result.reason;
  }
  documentStore.setState({
    document: result.document,
    history: result.history,
    problems: validate(result.document),
    refusal: null,
  });
  return null;
}

/** Undoes the last edit; does nothing when there is none. */
export function undoLast(): void {
  const state = documentStore.getState();
  const result = undo(state.document, state.history);
  if (result) documentStore.setState({ ...result, problems: validate(result.document), refusal: null });
}

/** Redoes the last undone edit; does nothing when there is none. */
export function redoLast(): void {
  const state = documentStore.getState();
  const result = redo(state.document, state.history);
  if (result) documentStore.setState({ ...result, problems: validate(result.document), refusal: null });
}

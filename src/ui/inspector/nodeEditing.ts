import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { documentStore } from '../../state/documentStore';
import { firstProblem, selectProblemsUnder } from './formSelectors';

/** A copy of `item` with `key` set, or removed when `value` is undefined (optional fields). */
export function withField<T extends object, K extends string>(item: T, key: K, value: unknown): T {
  const next = { ...item } as Record<string, unknown>;
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

/** A copy of `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** What an editor of a list inside a node takes: the list, where it is, its errors and its change. */
export interface ListEditorProps<T> {
  value: T[];
  /** JSON Pointer of the list in the document: `/nodes/3/effects`. */
  pointer: string;
  error: (pointer: string) => string | undefined;
  onChange: (value: T[]) => void;
}

/**
 * The first problem at or under a JSON Pointer, to show at its field (`/nodes/3/retry` shows under
 * the retry fields). `under` narrows what is watched: a form re-renders when the problems under its
 * own pointer change, not on every edit elsewhere.
 */
export function useFieldError(under = ''): (pointer: string) => string | undefined {
  const flat = useStore(documentStore, useShallow(selectProblemsUnder(under)));
  return (pointer: string) => firstProblem(flat, pointer);
}

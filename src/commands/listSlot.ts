/** The outcome of one list edit: the new list, and the edit that puts it back. */
export interface SlotEdit<T> {
  list: T[];
  undo: { index: number; value: T | null; insert?: boolean };
}

/**
 * Inserts, replaces or removes the item at `index` (see `Command` for the meaning of the fields).
 * Returns `null` when the index does not fit the list.
 */
export function editSlot<T>(
  list: readonly T[],
  index: number,
  value: T | null,
  insert: boolean | undefined,
): SlotEdit<T> | null {
  if (insert) {
    if (value === null || index < 0 || index > list.length) return null;
    const next = [...list];
    next.splice(index, 0, value);
    return { list: next, undo: { index, value: null } };
  }
  const old = list[index];
  if (old === undefined) return null;
  const next = [...list];
  if (value === null) {
    next.splice(index, 1);
    return { list: next, undo: { index, value: old, insert: true } };
  }
  next[index] = value;
  return { list: next, undo: { index, value: old } };
}

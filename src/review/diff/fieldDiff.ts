import { jsonEqual } from '../../lib/jsonEqual';
import { type PathSegment, toPointer } from '../../lib/jsonPointer';

/** One field that differs, with its value before and after (absent on one side when added/removed). */
export interface FieldChange {
  /**
   * JSON Pointer to the field, relative to the element compared (a node, an edge) or to the
   * document for top-level changes. Indexes are those of the newer document, except for a removed
   * array element, which is found in the older one.
   */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Chooses the key that identifies the elements of an array at a path, or none (compare by index). */
export type ArrayKeyOf = (
  path: readonly PathSegment[],
  before: readonly unknown[],
  after: readonly unknown[],
) => string | undefined;

/**
 * Elements are matched by `id`, else by `name`, when every element on both sides is an object with a
 * unique string under that key (roles, scenarios, entities, fields): an insertion then reads as one
 * added element, not as every later element changed.
 */
export const defaultArrayKey: ArrayKeyOf = (_path, before, after) =>
  ['id', 'name'].find((key) => hasUniqueKey(before, key) && hasUniqueKey(after, key));

/**
 * Field-by-field differences between two JSON values, in document order (the newer document's
 * keys first, then removed keys). Objects are compared key by key, keyed arrays element by element,
 * other arrays by index; a scalar or array of scalars that differs is one change. Linear in the size
 * of the two values.
 */
export function diffFields(
  before: unknown,
  after: unknown,
  arrayKey: ArrayKeyOf = defaultArrayKey,
  base: readonly PathSegment[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, [...base], arrayKey, changes);
  return changes;
}

function walk(
  before: unknown,
  after: unknown,
  path: PathSegment[],
  arrayKey: ArrayKeyOf,
  out: FieldChange[],
): void {
  if (before === after) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(after)) {
      path.push(key);
      if (!(key in before) || before[key] === undefined) {
        if (after[key] !== undefined) out.push({ path: toPointer(path), change: 'added', after: after[key] });
      } else walk(before[key], after[key], path, arrayKey, out);
      path.pop();
    }
    for (const key of Object.keys(before)) {
      if (before[key] === undefined || (key in after && after[key] !== undefined)) continue;
      path.push(key);
      out.push({ path: toPointer(path), change: 'removed', before: before[key] });
      path.pop();
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.some(isObject) && after.some(isObject)) {
    const key = arrayKey(path, before, after);
    if (key === undefined) walkByIndex(before, after, path, arrayKey, out);
    else
      walkByKey(
        before as Record<string, unknown>[],
        after as Record<string, unknown>[],
        key,
        path,
        arrayKey,
        out,
      );
    return;
  }
  if (jsonEqual(before, after)) return;
  out.push({ path: toPointer(path), change: 'changed', before, after });
}

function walkByIndex(
  before: unknown[],
  after: unknown[],
  path: PathSegment[],
  arrayKey: ArrayKeyOf,
  out: FieldChange[],
): void {
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    path.push(index);
    if (index >= before.length) out.push({ path: toPointer(path), change: 'added', after: after[index] });
    else if (index >= after.length)
      out.push({ path: toPointer(path), change: 'removed', before: before[index] });
    else walk(before[index], after[index], path, arrayKey, out);
    path.pop();
  }
}

function walkByKey(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  key: string,
  path: PathSegment[],
  arrayKey: ArrayKeyOf,
  out: FieldChange[],
): void {
  const beforeIndex = new Map(before.map((item, index) => [item[key] as string, index]));
  const afterKeys = new Set(after.map((item) => item[key] as string));
  after.forEach((item, index) => {
    const previous = beforeIndex.get(item[key] as string);
    path.push(index);
    if (previous === undefined) out.push({ path: toPointer(path), change: 'added', after: item });
    else walk(before[previous], item, path, arrayKey, out);
    path.pop();
  });
  before.forEach((item, index) => {
    if (afterKeys.has(item[key] as string)) return;
    path.push(index);
    out.push({ path: toPointer(path), change: 'removed', before: item });
    path.pop();
  });
  // Same elements, other order: invisible above, but order is content (it changes the hash).
  const sharedBefore = before.filter((item) => afterKeys.has(item[key] as string)).map((item) => item[key]);
  const sharedAfter = after.filter((item) => beforeIndex.has(item[key] as string)).map((item) => item[key]);
  if (!sameScalars(sharedBefore, sharedAfter)) {
    out.push({ path: toPointer(path), change: 'changed', before: sharedBefore, after: sharedAfter });
  }
}

/** Is this a plain JSON object (not an array, not null)? */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasUniqueKey(items: readonly unknown[], key: string): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isObject(item) || typeof item[key] !== 'string' || seen.has(item[key])) return false;
    seen.add(item[key]);
  }
  return true;
}

function sameScalars(before: readonly unknown[], after: readonly unknown[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((value, index) => value === after[index]);
}

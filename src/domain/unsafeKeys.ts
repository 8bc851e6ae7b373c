import type { PathSegment } from '../lib/jsonPointer';
import { type ValidationError, validationError } from './validationError';

/** Keys that could reach `Object.prototype` if code ever merged this object: refused anywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any real playbook (records with nested JSON included); stops stack-exhausting input. */
export const MAX_DEPTH = 64;

/**
 * Walks raw input without recursion and reports forbidden keys and excessive nesting before any
 * schema code touches it. `JSON.parse` makes `__proto__` an own property, so nothing is polluted
 * yet; this walk makes sure nothing later is either.
 */
export function findUnsafeKeys(input: unknown, limit = 20): ValidationError[] {
  // Nearly every document is clean: a walk that allocates nothing per value says so, and only a
  // document with a problem pays for the walk that knows paths (issue 20).
  if (!hasUnsafeKeys(input)) return [];
  const errors: ValidationError[] = [];
  // Each entry knows its parent, so a path is built only for the rare value that has a problem.
  // Only objects and arrays get an entry: a 5,000-node playbook holds about as many strings and
  // numbers again, and allocating for each cost a fifth of the whole parse (issue 20).
  type Entry = { value: object; key: PathSegment; parent: Entry | null; depth: number };
  const pathOf = (entry: Entry): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let at: Entry | null = entry; at?.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  if (input === null || typeof input !== 'object') return errors;
  const stack: Entry[] = [{ value: input, key: '', parent: null, depth: 0 }];
  const visit = (value: unknown, key: PathSegment, parent: Entry) => {
    if (value !== null && typeof value === 'object')
      stack.push({ value, key, parent, depth: parent.depth + 1 });
  };
  while (stack.length > 0 && errors.length < limit) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (depth > MAX_DEPTH) {
      errors.push(
        validationError(pathOf(entry), `The document is nested more than ${MAX_DEPTH} levels deep here`),
      );
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) visit(value[index], index, entry);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const child: Entry = { value: {}, key, parent: entry, depth: depth + 1 };
        errors.push(validationError(pathOf(child), `The key "${key}" is not allowed anywhere in a playbook`));
        continue;
      }
      visit((value as Record<string, unknown>)[key], key, entry);
    }
  }
  return errors;
}

/** True when some key is forbidden or the nesting is deeper than `MAX_DEPTH`: the same test, no paths. */
function hasUnsafeKeys(input: unknown): boolean {
  if (input === null || typeof input !== 'object') return false;
  const values: object[] = [input];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) return true;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // `for…in` (own keys only, as `Object.keys`) rather than an array of keys per object: the
    // walk runs on every open and a 5,000-node playbook has tens of thousands of objects.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN_KEYS.has(key)) return true;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

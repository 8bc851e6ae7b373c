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
  const errors: ValidationError[] = [];
  // Each entry knows its parent, so a path is built only for the rare value that has a problem.
  type Entry = { value: unknown; key: PathSegment; parent: Entry | null; depth: number };
  const pathOf = (entry: Entry): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let at: Entry | null = entry; at?.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: input, key: '', parent: null, depth: 0 }];
  while (stack.length > 0 && errors.length < limit) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) {
      errors.push(
        validationError(pathOf(entry), `The document is nested more than ${MAX_DEPTH} levels deep here`),
      );
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index], key: index, parent: entry, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: Entry = {
        value: (value as Record<string, unknown>)[key],
        key,
        parent: entry,
        depth: depth + 1,
      };
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(validationError(pathOf(child), `The key "${key}" is not allowed anywhere in a playbook`));
        continue;
      }
      stack.push(child);
    }
  }
  return errors;
}

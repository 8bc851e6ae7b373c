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
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0 && errors.length < limit) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      errors.push(validationError(path, `The document is nested more than ${MAX_DEPTH} levels deep here`));
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(
          validationError([...path, key], `The key "${key}" is not allowed anywhere in a playbook`),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}

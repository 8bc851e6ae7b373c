/** Small readers over parsed JSON: an imported workflow is untrusted input of any shape. */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The object's own entries whose values are objects, in file order (unsafe keys left out). */
export function objectEntries(value: unknown): [string, JsonObject][] {
  if (!isObject(value)) return [];
  return Object.entries(value).filter(
    (entry): entry is [string, JsonObject] => isObject(entry[1]) && !UNSAFE_KEYS.has(entry[0]),
  );
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

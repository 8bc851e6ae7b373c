/**
 * The readers the Make and Power Automate parsers use on top of `json.ts`: their files name
 * things by object keys (Power Automate's actions) and treat an empty string as absent.
 */
import { isRecord } from './json';

export type JsonObject = Record<string, unknown>;

export const isObject = isRecord;

/** A string with something in it; empty and blank strings count as absent. */
export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The object's own entries whose values are objects, in file order (prototype-polluting keys left out). */
export function objectEntries(value: unknown): [string, JsonObject][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).filter(
    (entry): entry is [string, JsonObject] => isRecord(entry[1]) && isSafeKey(entry[0]),
  );
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** False for the keys that reach an object's prototype when used as property names. */
export const isSafeKey = (key: string): boolean => !UNSAFE_KEYS.has(key);

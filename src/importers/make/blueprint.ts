import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import type { ImportError } from '../types';

export interface Blueprint {
  root: JsonObject;
  flow: unknown[];
  name?: string;
  sourceId?: string;
}

/**
 * The scenario blueprint in the shapes people have: the file Make's "Export blueprint" writes
 * (`{ name, flow, metadata }`), or the API's answers around it (`{ blueprint }`,
 * `{ response: { blueprint } }`, the blueprint as a JSON string).
 */
export function findBlueprint(root: unknown): Blueprint | ImportError {
  const candidate = unwrap(root, 0);
  if (!candidate || !Array.isArray(candidate.flow)) {
    return {
      kind: 'unknown-format',
      message:
        'No Make scenario blueprint found: expected a "flow" list of modules (Make: scenario … Export blueprint).',
    };
  }
  const scenario =
    isObject(candidate.metadata) && isObject(candidate.metadata.scenario) ? candidate.metadata.scenario : {};
  const id = candidate.id ?? scenario.id;
  return {
    root: candidate,
    flow: candidate.flow,
    ...(stringOf(candidate.name) ? { name: stringOf(candidate.name) } : {}),
    ...(typeof id === 'number' || stringOf(id) ? { sourceId: String(id) } : {}),
  };
}

/** True when the JSON looks like a Make blueprint: a `flow` of objects with an `app:action` module. */
export function isMakeBlueprint(root: unknown): boolean {
  const found = unwrap(root, 0);
  return (
    !!found &&
    Array.isArray(found.flow) &&
    found.flow.some(
      (module) => isObject(module) && typeof module.module === 'string' && module.module.includes(':'),
    )
  );
}

function unwrap(value: unknown, depth: number): JsonObject | undefined {
  if (depth > 3) return undefined;
  if (typeof value === 'string' && depth > 0) return unwrap(parseQuietly(value), depth + 1);
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.flow)) return value;
  if ('blueprint' in value) return unwrap(value.blueprint, depth + 1);
  if (isObject(value.response)) return unwrap(value.response, depth + 1);
  return undefined;
}

function parseQuietly(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

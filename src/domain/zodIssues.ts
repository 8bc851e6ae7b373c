import type { z } from 'zod';
import type { PathSegment } from '../lib/jsonPointer';
import { EFFECT_OPS } from './schema/effects';
import { INVARIANT_TYPES } from './schema/invariants';
import { NODE_KINDS } from './schema/nodes';
import { FAULT_TYPES } from './schema/scenario';
import { type ValidationError, validationError } from './validationError';

/** The choices a discriminated union accepts, for the "choose one of" message. */
const DISCRIMINATOR_CHOICES: Record<string, readonly string[]> = {
  kind: NODE_KINDS,
  op: EFFECT_OPS,
  type: [...new Set([...INVARIANT_TYPES, ...FAULT_TYPES])],
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return Number.isInteger(input) ? 'a whole number' : 'a number';
  if (typeof input === 'boolean') return String(input);
  return 'an object';
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment)
      ? (current as Record<PathSegment, unknown>)[segment]
      : undefined;
  }
  return current;
}

/** The node or edge an issue concerns, read from the raw document (`/nodes/3/...` → that node's id). */
export function targetOf(root: unknown, path: readonly PathSegment[]): string | undefined {
  const [list, index] = path;
  if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
    const id = valueAt(root, [list, index, 'id']);
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

function where(root: unknown, path: readonly PathSegment[]): string {
  const [list, index] = path;
  const target = targetOf(root, path);
  if (list === 'nodes' && typeof index === 'number')
    return target ? `Node "${target}": ` : `Node ${index + 1}: `;
  if (list === 'edges' && typeof index === 'number')
    return target ? `Edge "${target}": ` : `Edge ${index + 1}: `;
  if (list === 'scenarios' && typeof index === 'number') {
    const id = valueAt(root, ['scenarios', index, 'id']);
    return typeof id === 'string' ? `Scenario "${id}": ` : `Scenario ${index + 1}: `;
  }
  return '';
}

function fieldName(path: readonly PathSegment[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return last === undefined ? 'This value' : `"${last}"`;
}

type Issue = z.core.$ZodIssue;

function messageOf(
  issue: Issue,
  root: unknown,
  path: PathSegment[],
): { path: PathSegment[]; message: string } {
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const input = valueAt(root, path);
      if (input === undefined) return { path, message: `${field} is required` };
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return { path, message: `${field} must be ${expected}, not ${describeInput(input)}` };
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? { path, message: `${field} must be ${quoteList(issue.values)}` }
        : { path, message: `${field} must be one of ${quoteList(issue.values)}` };
    case 'unrecognized_keys': {
      const [first] = issue.keys;
      const keyPath = first === undefined ? path : [...path, first];
      const names = quoteList(issue.keys);
      return {
        path: keyPath,
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${names} (a typo?)`,
      };
    }
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator) {
        const at = path[path.length - 1] === discriminator ? path : [...path, discriminator];
        const value = valueAt(root, at);
        const choices = options ?? DISCRIMINATOR_CHOICES[discriminator] ?? [];
        const what =
          value === undefined
            ? `"${discriminator}" is required`
            : `${JSON.stringify(value)} is not a known ${discriminator}`;
        return { path: at, message: `${what}; choose one of ${quoteList(choices)}` };
      }
      return { path, message: `${field} does not match any of the allowed forms` };
    }
    // Zod's own wording starts "Too small:"/"Too big:"; the schema's custom messages are kept.
    case 'too_small': {
      if (!issue.message.startsWith('Too small')) return { path, message: issue.message };
      const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
      return { path, message: `${field} needs at least ${issue.minimum}${unit}` };
    }
    case 'too_big': {
      if (!issue.message.startsWith('Too big')) return { path, message: issue.message };
      const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
      return { path, message: `${field} must be at most ${issue.maximum}${unit}` };
    }
    default:
      return { path, message: issue.message };
  }
}

/** Zod's issues as validation errors with JSON Pointers and plain words. */
export function fromZodIssues(issues: readonly Issue[], root: unknown): ValidationError[] {
  return issues.map((issue) => {
    const issuePath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const { path, message } = messageOf(issue, root, issuePath);
    const prefix = where(root, path);
    const text = message.startsWith('Invalid input') ? `${field(path)} is not valid here` : message;
    return validationError(path, `${prefix}${text}`, targetOf(root, path));
  });
}

const field = fieldName;

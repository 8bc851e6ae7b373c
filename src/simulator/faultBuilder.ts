import { EffectSchema } from '../domain/schema/effects';
import { FaultSchema } from '../domain/schema/scenario';
import type { Effect, Fault, FaultType } from '../domain/types';
import { fromZodIssues } from '../domain/zodIssues';
import { durationMs, formatHumanDuration, formatIsoDuration, parseHumanDuration } from '../lib/duration';

/**
 * The one place faults are built for the UI (the canvas's fault menu and the scenario editor):
 * every fault passes `FaultSchema`, so a form can never hand the simulator or the document a
 * shape the format does not have, and the words for each type are written once.
 */

/** Plain words for each fault type: the menu, the markers and the scenario editor all show these. */
export const FAULT_WORDS: Readonly<Record<FaultType, { title: string; help: string }>> = {
  fail: { title: 'Fail', help: 'attempts fail before applying anything' },
  timeout: { title: 'Time out', help: 'attempts run until their timeout, then fail' },
  partial: { title: 'Partial write', help: 'the first attempt writes part of its records, then fails' },
  duplicate: { title: 'Duplicate', help: 'the successful attempt is applied twice' },
  outage: { title: 'System outage', help: "the node's system is down for a while" },
  corrupt: { title: 'Corrupt data', help: 'silently changes a record when the node is reached' },
};

/**
 * What a new fault of a type starts with: the schema's own defaults (half the records, ten
 * minutes; a test holds them equal), and a delete of no entity yet for a corruption, which the
 * validator then points at until an entity is chosen.
 */
export const FAULT_DEFAULTS = { fraction: 0.5, outage: 'PT10M' } as const;

/** A fault of `type` on `node` with that type's defaults; a switch of type keeps only the node. */
export function faultOfType(node: string, type: FaultType): Fault {
  switch (type) {
    case 'fail':
    case 'timeout':
    case 'duplicate':
      return { node, type };
    case 'partial':
      return { node, type, fraction: FAULT_DEFAULTS.fraction };
    case 'outage':
      return { node, type, duration: FAULT_DEFAULTS.outage };
    case 'corrupt':
      return { node, type, mutation: { op: 'delete', entity: '' } };
  }
}

export type Built<T> = { ok: true; value: T } | { ok: false; message: string; path: string };

/** `raw` read as a fault of the format, or the first problem in plain words with its JSON Pointer. */
export function buildFault(raw: unknown): Built<Fault> {
  const parsed = FaultSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [first] = fromZodIssues(parsed.error.issues, raw);
  return { ok: false, message: first?.message ?? 'Not a fault', path: first?.path ?? '' };
}

/** Typed JSON text read as an effect (a corruption's mutation), or why it is not one. */
export function parseEffect(text: string): Built<Effect> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `Not JSON: ${error instanceof Error ? error.message : String(error)}`,
      path: '',
    };
  }
  const parsed = EffectSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [first] = fromZodIssues(parsed.error.issues, raw);
  return { ok: false, message: `Not an effect: ${first?.message ?? 'not valid'}`, path: first?.path ?? '' };
}

/** The text boxes of the canvas's fault menu, as typed. */
export interface FaultMenuText {
  /** Attempts affected; empty means all of them. */
  attempts: string;
  /** Part of the records written, in percent. */
  percent: string;
  /** How long the outage lasts, in words ("10 min") or ISO. */
  duration: string;
  entity: string;
  /** The key field of `entity`, named by the data model. */
  keyField: string;
  key: string;
  field: string;
  value: string;
}

/** What the menu's text boxes start with: the same defaults as a fault made anywhere else. */
export const FAULT_MENU_DEFAULTS: FaultMenuText = {
  attempts: '',
  percent: String(FAULT_DEFAULTS.fraction * 100),
  duration: formatHumanDuration(durationMs(FAULT_DEFAULTS.outage)),
  entity: '',
  keyField: 'id',
  key: '',
  field: '',
  value: '',
};

/** Reads a typed value as JSON when it is one (numbers, true, null), else as text. */
function typedValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The fault the menu's text describes, or why it cannot be made. The text is read first (so a
 * person gets a message about the box they typed in), then the result passes `buildFault`.
 */
export function faultFromMenu(node: string, type: FaultType, text: FaultMenuText): Built<Fault> {
  const refuse = (message: string, field: string): Built<Fault> => ({
    ok: false,
    message,
    path: `/${field}`,
  });
  const attempts = text.attempts.trim() === '' ? undefined : Number(text.attempts);
  if (
    (type === 'fail' || type === 'timeout') &&
    attempts !== undefined &&
    !(Number.isInteger(attempts) && attempts >= 1)
  )
    return refuse('Attempts must be a whole number of at least 1, or empty for all', 'attempts');
  switch (type) {
    case 'fail':
    case 'timeout':
      return buildFault(attempts === undefined ? { node, type } : { node, type, attempts });
    case 'duplicate':
      return buildFault({ node, type });
    case 'partial': {
      const percent = Number(text.percent);
      if (!(percent > 0 && percent <= 100))
        return refuse('The part written must be between 1 and 100 %', 'fraction');
      return buildFault({ node, type, fraction: percent / 100 });
    }
    case 'outage': {
      const ms = parseHumanDuration(text.duration);
      if (ms === null || ms <= 0) return refuse('Say how long the outage lasts, e.g. "10 min"', 'duration');
      return buildFault({ node, type, duration: formatIsoDuration(ms) });
    }
    case 'corrupt': {
      if (!text.entity || !text.key.trim() || !text.field.trim())
        return refuse('Choose the entity, the key of the record and the field to damage', 'mutation');
      const mutation = {
        op: 'update',
        entity: text.entity,
        match: { [text.keyField]: typedValue(text.key.trim()) },
        set: { [text.field.trim()]: typedValue(text.value) },
      };
      return buildFault({ node, type, mutation });
    }
  }
}

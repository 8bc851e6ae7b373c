import { evaluateExpression } from '../domain/expressions';
import { hasPlaceholder, type TemplateName } from '../domain/templates';
import type { DataRecord, Effect } from '../domain/types';
import { jsonEqual } from '../lib/jsonEqual';
import type { CelScope } from './celScope';
import { isIndexable } from './keyIndex';
import type { ModelIndex } from './model';
import type { DataStore, Row } from './store';
import { renderCompiled } from './templates';

/** One record written: the unit that `partial` counts and the journal keeps a before-image of. */
export interface RecordWrite {
  entity: string;
  op: Effect['op'];
  rowId: number;
  key: string | null;
  /** The record before the write; `null` for an insert. */
  before: DataRecord | null;
}

/** What one effect did, for the `effect` event. */
export interface EffectSummary {
  op: Effect['op'] | 'revert';
  entity: string;
  keys: string[];
  writes: number;
  /** Inserts left out because this idempotent node had already inserted that key. */
  skipped: string[];
}

export interface EffectContext {
  store: DataStore;
  model: ModelIndex;
  scope: CelScope;
  /** The simulated time now, for CEL's `now` (made only when a `where` needs it). */
  now: () => Date;
  /** The value of a template name (`{{id}}` draws a fresh id on each call). */
  template: (name: TemplateName) => string;
  /**
   * Keys (`entity\0key`) this node has inserted in this run, written to as inserts happen; `null`
   * for a node that is not idempotent, whose keys nothing ever reads.
   */
  insertedKeys: Set<string> | null;
  idempotent: boolean;
  /** Whether to describe each effect (`summaries`) for the events; a lean run does not. */
  summarize: boolean;
  /** Record writes allowed (for `partial`); `Infinity` for all. */
  budget: number;
}

export type ApplyResult =
  | { ok: true; writes: RecordWrite[]; summaries: EffectSummary[] }
  | { ok: false; error: string };

/** A fresh record with its template strings rendered. */
function renderRecord(record: DataRecord, template: EffectContext['template']): DataRecord {
  const out: DataRecord = {};
  for (const field in record) {
    const value = record[field];
    out[field] = typeof value === 'string' && hasPlaceholder(value) ? renderCompiled(value, template) : value;
  }
  return out;
}

/** `match`: every field equal (JSON equality; the common case of equal primitives is checked first). */
function matchesAll(record: DataRecord, fields: readonly string[], values: readonly unknown[]): boolean {
  for (let index = 0; index < fields.length; index += 1) {
    const actual = record[fields[index]!];
    const value = values[index];
    if (actual !== value && !jsonEqual(actual, value)) return false;
  }
  return true;
}

/** An effect's `match` as parallel lists of fields and values. */
function matchOf(effect: Extract<Effect, { op: 'update' | 'delete' }>) {
  const fields: string[] = [];
  const values: unknown[] = [];
  for (const field in effect.match) {
    fields.push(field);
    values.push(effect.match[field]);
  }
  return { fields, values };
}

type Selection = { ok: true; rows: Row[] } | { ok: false; error: string };

/** The rows an update or delete touches: `match` fields equal, and `where` true, when given. */
export function selectRows(
  effect: Extract<Effect, { op: 'update' | 'delete' }>,
  store: DataStore,
  scope: CelScope,
  now: () => Date,
): Selection {
  const selected: Row[] = [];
  const { fields, values } = matchOf(effect);
  // One `match` field (the usual `{ id: … }`) is tested inline; more go through matchesAll.
  const single = fields.length === 1 ? fields[0]! : null;
  const wanted = values[0];
  // Matching on the key alone (the usual case): only the rows with that key, from the key index.
  const candidates =
    single !== null && single === store.keyField(effect.entity) && isIndexable(wanted)
      ? store.rowsWithKey(effect.entity, wanted)
      : store.rows(effect.entity);
  for (const row of candidates) {
    if (single !== null) {
      const actual = row.record[single];
      // Two different primitives are never JSON-equal; only objects need the deep comparison.
      if (actual !== wanted && (typeof actual !== 'object' || actual === null || !jsonEqual(actual, wanted)))
        continue;
    } else if (!matchesAll(row.record, fields, values)) continue;
    if (effect.where !== undefined) {
      const result = evaluateExpression(effect.where, scope.variables(store, now(), row.record));
      if (!result.ok) return { ok: false, error: `where "${effect.where}": ${result.error.message}` };
      if (typeof result.value !== 'boolean')
        return { ok: false, error: `where "${effect.where}" gave ${typeof result.value}, not true or false` };
      if (!result.value) continue;
    }
    selected.push(row);
  }
  return { ok: true, rows: selected };
}

/**
 * Applies effects in order to `ctx.store`, stopping once `budget` record writes are made. A
 * `where` that fails to evaluate stops with an error; the caller applies in a transaction so nothing of
 * a failed attempt lands.
 */
export function applyEffects(effects: readonly Effect[], ctx: EffectContext): ApplyResult {
  const writes: RecordWrite[] = [];
  const summaries: EffectSummary[] = [];
  for (const effect of effects) {
    if (writes.length >= ctx.budget) break;
    // A lean run (the drill's) reports no effect events, so it makes no summaries.
    const summary: EffectSummary | null = ctx.summarize
      ? { op: effect.op, entity: effect.entity, keys: [], writes: 0, skipped: [] }
      : null;
    const record = (write: RecordWrite) => {
      writes.push(write);
      if (summary === null) return;
      summary.writes += 1;
      if (write.key !== null) summary.keys.push(write.key);
    };
    if (effect.op === 'insert') {
      for (const raw of effect.records) {
        if (writes.length >= ctx.budget) break;
        const rendered = renderRecord(raw, ctx.template);
        const key = ctx.model.keyOf(effect.entity, rendered);
        const seenKey = ctx.insertedKeys === null || key === null ? '' : `${effect.entity}\u0000${key}`;
        if (ctx.idempotent && key !== null && ctx.insertedKeys?.has(seenKey)) {
          summary?.skipped.push(key);
          continue;
        }
        const row = ctx.store.insert(effect.entity, rendered);
        if (key !== null) ctx.insertedKeys?.add(seenKey);
        record({ entity: effect.entity, op: 'insert', rowId: row.rowId, key, before: null });
      }
    } else {
      const selection = selectRows(effect, ctx.store, ctx.scope, ctx.now);
      if (!selection.ok) return selection;
      for (const row of selection.rows) {
        if (writes.length >= ctx.budget) break;
        const key = ctx.model.keyOf(effect.entity, row.record);
        if (effect.op === 'update') {
          ctx.store.replace(effect.entity, row.rowId, {
            ...row.record,
            ...renderRecord(effect.set, ctx.template),
          });
        } else {
          ctx.store.remove(effect.entity, row.rowId);
        }
        record({ entity: effect.entity, op: effect.op, rowId: row.rowId, key, before: row.record });
      }
    }
    if (summary) summaries.push(summary);
  }
  return { ok: true, writes, summaries };
}

/** How many record writes the effects would make now, measured in a transaction taken back. */
export function countWrites(effects: readonly Effect[], ctx: EffectContext): ApplyResult {
  const mark = ctx.store.begin();
  try {
    return applyEffects(effects, {
      ...ctx,
      insertedKeys: ctx.insertedKeys && new Set(ctx.insertedKeys),
      // Counting must not draw from the id generator, or the real apply would get other ids.
      template: (name) => (name === 'id' ? 'id-counting' : ctx.template(name)),
      budget: Number.POSITIVE_INFINITY,
    });
  } finally {
    ctx.store.rollback(mark);
  }
}

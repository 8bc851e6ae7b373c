import type { DataRecord, Dataset, NodeOf } from '../domain/types';
import { jsonEqual } from '../lib/jsonEqual';
import type { RecordWrite } from './effects';
import type { Violation } from './invariants';
import type { ModelIndex } from './model';
import type { DataStore } from './store';

/**
 * One record an `erasure` step deleted or changed (spec section 2, "Personal data and retention"),
 * as the step left it. Kept for the whole run: the end-of-run check looks for its personal values,
 * and the expected state lays the erasure over whatever older state it names (semantics-notes.md).
 */
export interface ErasedRecord {
  entity: string;
  key: string;
  /** The record as the erasure step left it; `null` when it deleted the record. */
  after: DataRecord | null;
  /** Personal field → the value the erasure removed or changed (only fields it erased). */
  erased: Readonly<Record<string, unknown>>;
  /** The run's completion counter when the step's writes landed, to compare with a snapshot's. */
  order: number;
}

const isMissing = (value: unknown) => value === undefined || value === null;

/**
 * What an erasure step's writes erased, read right after they landed in `store`. Every write with
 * a key is kept (the after-image is part of the lawful state, an inserted proof of erasure
 * included); `erased` lists the personal fields whose value the step removed or changed.
 */
export function erasedRecords(
  step: NodeOf<'step'>,
  writes: readonly RecordWrite[],
  store: DataStore,
  model: ModelIndex,
  order: number,
): ErasedRecord[] {
  if (step.erasure !== true) return [];
  const out: ErasedRecord[] = [];
  const seen = new Set<number>();
  // Row id → record per entity, made once: a bulk erasure would otherwise search its table per write.
  const tables = new Map<string, Map<number, DataRecord>>();
  const rowOf = (entity: string, rowId: number): DataRecord | null => {
    let table = tables.get(entity);
    if (!table) {
      table = new Map(store.rows(entity).map((row) => [row.rowId, row.record]));
      tables.set(entity, table);
    }
    return table.get(rowId) ?? null;
  };
  for (const write of writes) {
    if (write.key === null || seen.has(write.rowId)) continue;
    seen.add(write.rowId);
    const after = rowOf(write.entity, write.rowId);
    const erased: Record<string, unknown> = {};
    for (const field of model.entity(write.entity)?.fields ?? []) {
      if (field.personal !== true || write.before === null) continue;
      const value = write.before[field.name];
      if (isMissing(value)) continue;
      if (after === null || !jsonEqual(after[field.name], value)) erased[field.name] = value;
    }
    out.push({ entity: write.entity, key: write.key, after, erased, order });
  }
  return out;
}

/**
 * `erased-data-restored`: records an erasure step erased that are present at the end of the run
 * with one of their erased personal values back. One violation per entity, keys in erasure order;
 * with `limit`, it may stop once it has found that many (a drill verdict asks whether there is one).
 */
export function erasedDataRestored(
  erasures: readonly ErasedRecord[],
  store: DataStore,
  model: ModelIndex,
  limit = Number.POSITIVE_INFINITY,
): Violation[] {
  const byEntity = new Map<string, Set<string>>();
  const finalByKey = new Map<string, Map<string, DataRecord[]>>();
  const recordsWithKey = (entity: string, key: string): DataRecord[] => {
    let table = finalByKey.get(entity);
    if (!table) {
      table = new Map();
      for (const { record } of store.rows(entity)) {
        const recordKey = model.keyOf(entity, record);
        if (recordKey === null) continue;
        const list = table.get(recordKey);
        if (list) list.push(record);
        else table.set(recordKey, [record]);
      }
      finalByKey.set(entity, table);
    }
    return table.get(key) ?? [];
  };
  for (const erasure of erasures) {
    const fields = Object.keys(erasure.erased);
    if (fields.length === 0) continue;
    const back = recordsWithKey(erasure.entity, erasure.key).some((record) =>
      fields.some((field) => jsonEqual(record[field], erasure.erased[field])),
    );
    if (!back) continue;
    const keys = byEntity.get(erasure.entity) ?? new Set<string>();
    keys.add(erasure.key);
    byEntity.set(erasure.entity, keys);
    if (byEntity.size >= limit) break;
  }
  return [...byEntity].map(([entity, keys]) => ({
    invariant: 'erased-data-restored',
    entity,
    keys: [...keys],
    message: `${entity}: ${keys.size === 1 ? 'a record' : `${keys.size} records`} erased on request ${keys.size === 1 ? 'is' : 'are'} back with personal data (${[...keys].join(', ')})`,
  }));
}

/**
 * An expected state with the erasures laid over it: what a lawful recovery must end with. For each
 * entity, the erasures whose writes landed at or after `sinceOrder(entity)` (the point the state
 * was taken) replace the records with their key by the record the erasure left, or remove them.
 */
export function withErasuresApplied(
  data: Dataset,
  erasures: readonly ErasedRecord[],
  model: ModelIndex,
  sinceOrder: (entity: string) => number,
): Dataset {
  if (erasures.length === 0) return data;
  // Per entity, the last record each erased key was left as (null: deleted), in erasure order.
  const lastImage = new Map<string, Map<string, DataRecord | null>>();
  for (const erasure of erasures) {
    if (erasure.order < sinceOrder(erasure.entity)) continue;
    let images = lastImage.get(erasure.entity);
    if (!images) {
      images = new Map();
      lastImage.set(erasure.entity, images);
    }
    images.set(erasure.key, erasure.after);
  }
  const out: Dataset = { ...data };
  for (const [entity, images] of lastImage) {
    const kept = (out[entity] ?? []).filter((record) => {
      const key = model.keyOf(entity, record);
      return key === null || !images.has(key);
    });
    for (const after of images.values()) if (after !== null) kept.push(after);
    out[entity] = kept;
  }
  return out;
}

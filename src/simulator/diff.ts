import type { DataRecord, Dataset } from '../domain/types';
import { jsonEqual } from '../lib/jsonEqual';
import type { ModelIndex } from './model';

/** How one entity's records differ from the expected ones, by entity key. */
export interface EntityDiff {
  added: string[];
  removed: string[];
  changed: { key: string; fields: string[] }[];
}

/** Entity name → its differences; entities without any are left out. */
export type DataDiff = Record<string, EntityDiff>;

const NO_KEY = '(no key)';

function groupByKey(model: ModelIndex, entity: string, records: readonly DataRecord[]) {
  const groups = new Map<string, DataRecord[]>();
  for (const record of records) {
    const key = model.keyOf(entity, record) ?? NO_KEY;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

function differingFields(records: readonly DataRecord[]): string[] {
  const fields = new Set<string>();
  for (const record of records) for (const field of Object.keys(record)) fields.add(field);
  return [...fields].filter(
    (field) => !records.every((record) => jsonEqual(record[field], records[0]![field])),
  );
}

/**
 * Compares one entity by key. A key held by two or more records (on either side) counts as
 * changed (spec section 5); its fields are those whose values differ among the records involved.
 */
export function diffEntity(
  model: ModelIndex,
  entity: string,
  expected: readonly DataRecord[],
  actual: readonly DataRecord[],
): EntityDiff {
  const before = groupByKey(model, entity, expected);
  const after = groupByKey(model, entity, actual);
  const diff: EntityDiff = { added: [], removed: [], changed: [] };
  for (const [key, records] of before) {
    const now = after.get(key);
    if (!now) {
      diff.removed.push(key);
      continue;
    }
    if (records.length === 1 && now.length === 1) {
      const fields = differingFields([records[0]!, now[0]!]);
      if (fields.length > 0) diff.changed.push({ key, fields });
    } else if (records.length !== now.length || !sameMultiset(records, now)) {
      const fields = differingFields([...records, ...now]);
      diff.changed.push({ key, fields: fields.length > 0 ? fields : [model.keyField(entity)] });
    }
  }
  for (const key of after.keys()) if (!before.has(key)) diff.added.push(key);
  return diff;
}

function sameMultiset(left: readonly DataRecord[], right: readonly DataRecord[]): boolean {
  const rest = [...right];
  for (const record of left) {
    const index = rest.findIndex((candidate) => jsonEqual(candidate, record));
    if (index < 0) return false;
    rest.splice(index, 1);
  }
  return rest.length === 0;
}

export const isEmptyDiff = (diff: EntityDiff): boolean =>
  diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;

/** Differences of every entity present on either side. */
export function diffData(model: ModelIndex, expected: Dataset, actual: Dataset): DataDiff {
  const out: DataDiff = {};
  const names = [...Object.keys(expected), ...Object.keys(actual).filter((name) => !(name in expected))];
  for (const name of names) {
    const diff = diffEntity(model, name, expected[name] ?? [], actual[name] ?? []);
    if (!isEmptyDiff(diff)) out[name] = diff;
  }
  return out;
}

/** The keys a diff names, for a violation's `keys`. */
export function diffKeys(diff: EntityDiff): string[] {
  return [...diff.removed, ...diff.added, ...diff.changed.map((change) => change.key)];
}

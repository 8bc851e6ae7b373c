import { assertNever } from '../lib/assertNever';
import type { DataRecord, Entity, Field } from './types';

/**
 * One record that breaks a model invariant of spec section 2, with what it breaks. The lint rule
 * `dataset-consistent` words each one on its own; the simulator groups them per invariant, with
 * the keys of the records, for a run's result. Both find them here, so "consistent" means one thing.
 */
export type ModelFinding = {
  record: DataRecord;
  /** The record's position among its entity's records. */
  position: number;
} & (
  | { check: 'no-key' }
  /** `first`: the position of the earlier record with the same value(s). */
  | { check: 'same-key'; first: number }
  | { check: 'required'; field: Field }
  | { check: 'type'; field: Field }
  | { check: 'unique'; fields: readonly string[]; first: number }
  | { check: 'reference'; reference: Entity['references'][number] }
);

/** The records of an entity by name; an empty list for one without records. */
export type RecordsOf = (entity: string) => readonly DataRecord[];

export const isMissing = (value: unknown) => value === undefined || value === null;

/**
 * A key value as text, the way records are found by key: a string as itself, anything else as
 * its JSON, so a reference holding 1 finds the record whose key is "1" (spec section 2 keys are
 * compared as the simulator looks them up). `null` when absent or null.
 */
export function keyText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A value's identity for uniqueness: strings by themselves, others by JSON, never equal to each other. */
const identity = (value: unknown) => (typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`);

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** Whether text is a timestamp; remembered, since drill runs check the same few times over and over. */
const timestamps = new Map<string, boolean>();
function isTimestamp(text: string): boolean {
  let known = timestamps.get(text);
  if (known === undefined) {
    known = TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text));
    if (timestamps.size >= 10_000) timestamps.clear();
    timestamps.set(text, known);
  }
  return known;
}

/** Whether a present, non-null value has the field's declared type. */
export function hasType(value: unknown, type: Field['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value);
    case 'json':
      return true;
    default:
      return assertNever(type, 'field type');
  }
}

/**
 * The records whose values of `fields` repeat an earlier record's, each with the position of the
 * first record holding them. Records with a missing or null member are not compared (as in SQL).
 */
export function repeatedValues(
  records: readonly DataRecord[],
  fields: readonly string[],
): { position: number; first: number }[] {
  const seen = new Map<string, number>();
  const repeats: { position: number; first: number }[] = [];
  records.forEach((record, position) => {
    let id: string;
    if (fields.length === 1) {
      const value = record[fields[0]!];
      if (isMissing(value)) return;
      id = identity(value);
    } else {
      if (fields.some((field) => isMissing(record[field]))) return;
      id = JSON.stringify(fields.map((field) => record[field]));
    }
    const first = seen.get(id);
    if (first === undefined) seen.set(id, position);
    else repeats.push({ position, first });
  });
  return repeats;
}

/**
 * The records of `entity` whose `reference` points at no record of its target: a value present
 * and not the key of any target record. A target the model does not describe is not checked
 * (validation reports that reference).
 */
export function brokenReferences(
  entity: Entity,
  reference: Entity['references'][number],
  recordsOf: RecordsOf,
  targetKeys: (target: string) => ReadonlySet<string | null> | undefined,
): { record: DataRecord; position: number }[] {
  const keys = targetKeys(reference.entity);
  if (!keys) return [];
  const broken: { record: DataRecord; position: number }[] = [];
  recordsOf(entity.name).forEach((record, position) => {
    const value = record[reference.field];
    if (!isMissing(value) && !keys.has(keyText(value))) broken.push({ record, position });
  });
  return broken;
}

/** The key texts of each entity the model describes, computed once per entity asked for. */
export function targetKeySets(entities: readonly Entity[], recordsOf: RecordsOf) {
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const sets = new Map<string, Set<string | null>>();
  return (target: string): ReadonlySet<string | null> | undefined => {
    const entity = byName.get(target);
    if (!entity) return undefined;
    let keys = sets.get(target);
    if (!keys) {
      keys = new Set(recordsOf(target).map((record) => keyText(record[entity.key])));
      sets.set(target, keys);
    }
    return keys;
  };
}

/**
 * Every finding of one entity: per record its key (present, not repeated) and fields (required
 * present, of the declared type), then each unique set, then each reference. O(records × fields).
 */
export function entityFindings(
  entity: Entity,
  recordsOf: RecordsOf,
  targetKeys: (target: string) => ReadonlySet<string | null> | undefined,
): ModelFinding[] {
  const records = recordsOf(entity.name);
  const findings: ModelFinding[] = [];
  const repeatedKey = new Map(repeatedValues(records, [entity.key]).map((r) => [r.position, r.first]));
  records.forEach((record, position) => {
    if (isMissing(record[entity.key])) findings.push({ check: 'no-key', record, position });
    const first = repeatedKey.get(position);
    if (first !== undefined) findings.push({ check: 'same-key', record, position, first });
    for (const field of entity.fields) {
      const value = record[field.name];
      if (isMissing(value)) {
        if (field.required) findings.push({ check: 'required', field, record, position });
      } else if (!hasType(value, field.type)) findings.push({ check: 'type', field, record, position });
    }
  });
  for (const fields of entity.unique) {
    for (const { position, first } of repeatedValues(records, fields))
      findings.push({ check: 'unique', fields, record: records[position]!, position, first });
  }
  for (const reference of entity.references) {
    for (const { record, position } of brokenReferences(entity, reference, recordsOf, targetKeys))
      findings.push({ check: 'reference', reference, record, position });
  }
  return findings;
}

import type { DataRecord, Dataset, Entity, Field } from '../domain/types';

/** One record (or set of records) that breaks a model invariant of spec section 2. */
export interface ModelViolation {
  entity: string;
  message: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** Whether a present, non-null value has the field's declared type. */
function hasType(value: unknown, type: Field['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'json':
      return true;
  }
}

const absent = (value: unknown) => value === undefined || value === null;
/** A stable identity for key and unique-set values: JSON keeps 1 and "1" apart. */
const identity = (values: readonly unknown[]) => JSON.stringify(values);
const show = (value: unknown) => JSON.stringify(value);

/**
 * The model invariants of spec section 2, checked on a dataset: key present and unique, required
 * fields present and not null, values of the declared type, each unique set unique (records with
 * a null or missing member are not compared, as in SQL), each reference null/absent or pointing
 * at an existing record's key. O(records × fields).
 */
export function modelViolations(entities: readonly Entity[], dataset: Dataset): ModelViolation[] {
  const violations: ModelViolation[] = [];
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const keysOf = new Map<string, Set<string>>();
  for (const entity of entities) {
    keysOf.set(
      entity.name,
      new Set((dataset[entity.name] ?? []).map((record) => identity([record[entity.key]]))),
    );
  }
  for (const entity of entities) {
    const records = dataset[entity.name] ?? [];
    const report = (message: string) => violations.push({ entity: entity.name, message });
    checkKeysAndFields(entity, records, report);
    checkUniqueSets(entity, records, report);
    for (const reference of entity.references) {
      const targetKeys = keysOf.get(reference.entity);
      if (!targetKeys || !byName.has(reference.entity)) continue;
      records.forEach((record, position) => {
        const value = record[reference.field];
        if (absent(value) || targetKeys.has(identity([value]))) return;
        report(
          `${recordName(entity, record, position)}: "${reference.field}" = ${show(value)} refers to no record of "${reference.entity}"`,
        );
      });
    }
  }
  return violations;
}

function recordName(entity: Entity, record: DataRecord, position: number): string {
  const key = record[entity.key];
  return absent(key) ? `"${entity.name}" record ${position + 1}` : `"${entity.name}" record ${show(key)}`;
}

function checkKeysAndFields(
  entity: Entity,
  records: readonly DataRecord[],
  report: (message: string) => void,
) {
  const seen = new Set<string>();
  records.forEach((record, position) => {
    const name = recordName(entity, record, position);
    const key = record[entity.key];
    if (absent(key)) report(`${name} has no key "${entity.key}"`);
    else {
      const id = identity([key]);
      if (seen.has(id)) report(`${name}: the key ${show(key)} is used by another record too`);
      seen.add(id);
    }
    for (const field of entity.fields) {
      const value = record[field.name];
      if (absent(value)) {
        if (field.required) report(`${name} has no value for required field "${field.name}"`);
        continue;
      }
      if (!hasType(value, field.type))
        report(`${name}: "${field.name}" = ${show(value)} is not of type ${field.type}`);
    }
  });
}

function checkUniqueSets(entity: Entity, records: readonly DataRecord[], report: (message: string) => void) {
  for (const fields of entity.unique) {
    const seen = new Set<string>();
    records.forEach((record, position) => {
      const values = fields.map((field) => record[field]);
      if (values.some(absent)) return;
      const id = identity(values);
      if (seen.has(id)) {
        report(
          `${recordName(entity, record, position)}: another record has the same ${fields.map((field) => `"${field}"`).join(' + ')} (${values.map(show).join(', ')}), which must be unique`,
        );
      }
      seen.add(id);
    });
  }
}

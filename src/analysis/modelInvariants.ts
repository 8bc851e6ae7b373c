import {
  entityFindings,
  isMissing,
  type ModelFinding,
  type RecordsOf,
  targetKeySets,
} from '../domain/modelInvariants';
import type { DataRecord, Dataset, Entity } from '../domain/types';

/** One record (or set of records) that breaks a model invariant of spec section 2. */
export interface ModelViolation {
  entity: string;
  message: string;
}

const show = (value: unknown) => JSON.stringify(value);

function recordName(entity: Entity, record: DataRecord, position: number): string {
  const key = record[entity.key];
  return isMissing(key) ? `"${entity.name}" record ${position + 1}` : `"${entity.name}" record ${show(key)}`;
}

/** A finding in words, naming the record by its key (or its position when it has none). */
function findingMessage(entity: Entity, finding: ModelFinding): string {
  const name = recordName(entity, finding.record, finding.position);
  const { record } = finding;
  switch (finding.check) {
    case 'no-key':
      return `${name} has no key "${entity.key}"`;
    case 'same-key':
      return `${name}: the key ${show(record[entity.key])} is used by another record too`;
    case 'required':
      return `${name} has no value for required field "${finding.field.name}"`;
    case 'type':
      return `${name}: "${finding.field.name}" = ${show(record[finding.field.name])} is not of type ${finding.field.type}`;
    case 'unique': {
      const values = finding.fields.map((field) => record[field]);
      return `${name}: another record has the same ${finding.fields.map((field) => `"${field}"`).join(' + ')} (${values.map(show).join(', ')}), which must be unique`;
    }
    case 'reference':
      return `${name}: "${finding.reference.field}" = ${show(record[finding.reference.field])} refers to no record of "${finding.reference.entity}"`;
  }
}

/**
 * The model invariants of spec section 2, checked on a dataset (`domain/modelInvariants`, which
 * the simulator's verdict reads too), one message per record that breaks one.
 */
export function modelViolations(entities: readonly Entity[], dataset: Dataset): ModelViolation[] {
  const recordsOf: RecordsOf = (name) => dataset[name] ?? [];
  const targetKeys = targetKeySets(entities, recordsOf);
  return entities.flatMap((entity) =>
    entityFindings(entity, recordsOf, targetKeys).map((finding) => ({
      entity: entity.name,
      message: findingMessage(entity, finding),
    })),
  );
}

import type { PathSegment } from '../../lib/jsonPointer';
import type { DataRecord, Entity, Playbook } from '../types';
import { hasField, type Report } from './context';

/** Entity and field names are unique, keys and unique sets name fields, references name entities. */
export function checkDataModel(playbook: Playbook, report: Report): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  playbook.dataModel.entities.forEach((entity, index) => {
    const path = ['dataModel', 'entities', index];
    if (entities.has(entity.name)) report([...path, 'name'], `Entity "${entity.name}" is defined twice`);
    entities.set(entity.name, entity);
    const fieldNames = new Set<string>();
    entity.fields.forEach((field, fieldIndex) => {
      if (fieldNames.has(field.name)) {
        report(
          [...path, 'fields', fieldIndex, 'name'],
          `Entity "${entity.name}" has two fields named "${field.name}"`,
        );
      }
      fieldNames.add(field.name);
    });
    if (!fieldNames.has(entity.key)) {
      report([...path, 'key'], `Entity "${entity.name}": the key "${entity.key}" is not one of its fields`);
    }
    entity.unique.forEach((set, setIndex) => {
      set.forEach((name, nameIndex) => {
        if (!fieldNames.has(name)) {
          report(
            [...path, 'unique', setIndex, nameIndex],
            `Entity "${entity.name}": unique field "${name}" is not one of its fields`,
          );
        }
      });
    });
  });
  // References need every entity known first.
  playbook.dataModel.entities.forEach((entity, index) => {
    entity.references.forEach((reference, refIndex) => {
      const path = ['dataModel', 'entities', index, 'references', refIndex];
      if (!entity.fields.some((field) => field.name === reference.field)) {
        report(
          [...path, 'field'],
          `Entity "${entity.name}": reference field "${reference.field}" is not one of its fields`,
        );
      }
      if (!entities.has(reference.entity)) {
        report(
          [...path, 'entity'],
          `Entity "${entity.name}" refers to entity "${reference.entity}", which does not exist`,
        );
      }
    });
  });
  return entities;
}

function checkRecordFields(
  record: DataRecord,
  entity: Entity,
  path: PathSegment[],
  what: string,
  report: Report,
) {
  for (const name of Object.keys(record)) {
    if (!hasField(entity, name)) {
      report([...path, name], `${what}: entity "${entity.name}" has no field "${name}"`);
    }
  }
}

/** Every dataset entity is in the data model, and every record field is one of its fields. */
export function checkDataset(playbook: Playbook, entities: Map<string, Entity>, report: Report) {
  for (const [name, records] of Object.entries(playbook.dataset)) {
    const entity = entities.get(name);
    if (!entity) {
      report(
        ['dataset', name],
        `The dataset has records for "${name}", which is not an entity of the data model`,
      );
      continue;
    }
    records.forEach((record, index) => {
      checkRecordFields(
        record,
        entity,
        ['dataset', name, index],
        `Dataset record ${index + 1} of "${name}"`,
        report,
      );
    });
  }
}

import type { DataRecord, Entity, Field, Playbook } from './types';

/**
 * Masking of the sample dataset's personal values (spec section 2), for exports and share links
 * that would carry them out of the browser. Only the dataset is masked: the playbook's logic
 * (effects, match values, expressions) is what the reader came for.
 */

const isMissing = (value: unknown) => value === undefined || value === null;

/** Entity name → its personal fields. */
function personalFieldsByEntity(playbook: Playbook): Map<string, Field[]> {
  const out = new Map<string, Field[]>();
  for (const entity of playbook.dataModel.entities) {
    const fields = entity.fields.filter((field) => field.personal === true);
    if (fields.length > 0) out.set(entity.name, fields);
  }
  return out;
}

/** How many personal values the sample dataset holds (null and absent ones not counted). */
export function personalSampleCount(playbook: Playbook): number {
  let count = 0;
  for (const [entity, fields] of personalFieldsByEntity(playbook))
    for (const record of playbook.dataset[entity] ?? [])
      for (const field of fields) if (!isMissing(record[field.name])) count += 1;
  return count;
}

/** A stand-in of the field's type for the n-th distinct value: still valid, never the person's. */
function standIn(field: Field, original: unknown, n: number): unknown {
  switch (field.type) {
    case 'number':
    case 'integer':
      return n;
    case 'boolean':
      return false;
    case 'timestamp':
      return new Date(Date.UTC(2000, 0, 1) + n * 1000).toISOString().replace('.000Z', 'Z');
    default:
      return typeof original === 'string' && original.includes('@')
        ? `person-${n}@example.invalid`
        : `masked-${n}`;
  }
}

/**
 * The playbook with every personal value of the dataset replaced by a stand-in of the same type.
 * Equal values get equal stand-ins and different values different ones, so keys stay unique and
 * references that point at a personal key field are masked alike and still resolve.
 */
export function maskPersonalData(playbook: Playbook): Playbook {
  const personal = personalFieldsByEntity(playbook);
  if (personal.size === 0) return playbook;
  const entities = new Map<string, Entity>(
    playbook.dataModel.entities.map((entity) => [entity.name, entity]),
  );
  // A reference to a personal key is masked with the key's stand-ins.
  const masked = new Map<string, Field[]>(personal);
  for (const entity of playbook.dataModel.entities) {
    for (const reference of entity.references) {
      const target = entities.get(reference.entity);
      const key = target?.fields.find((field) => field.name === target.key);
      const field = entity.fields.find((candidate) => candidate.name === reference.field);
      if (key?.personal !== true || !field) continue;
      masked.set(entity.name, [...(masked.get(entity.name) ?? []), field]);
    }
  }
  const standIns = new Map<string, unknown>();
  const mask = (field: Field, value: unknown): unknown => {
    const text = `${field.type}:${JSON.stringify(value)}`;
    if (!standIns.has(text)) standIns.set(text, standIn(field, value, standIns.size + 1));
    return standIns.get(text);
  };
  const dataset: Playbook['dataset'] = { ...playbook.dataset };
  for (const [entity, fields] of masked) {
    const records = playbook.dataset[entity];
    if (!records) continue;
    dataset[entity] = records.map((record) => {
      const out: DataRecord = { ...record };
      for (const field of fields)
        if (!isMissing(record[field.name])) out[field.name] = mask(field, record[field.name]);
      return out;
    });
  }
  return { ...playbook, dataset };
}

import { evaluateExpression } from '../domain/expressions';
import type { DataRecord, Dataset, Entity, Invariant } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { CelScope } from './celScope';
import { diffEntity, diffKeys, isEmptyDiff } from './diff';
import { keyText, type ModelIndex } from './model';
import type { DataStore, Row } from './store';

/** One broken invariant, as the result lists it (or erased personal data back: spec section 2). */
export interface Violation {
  invariant: Invariant['type'] | 'erased-data-restored';
  entity?: string;
  keys: string[];
  message: string;
}

/** A checkpoint's snapshot: the entities it took and their records. */
export interface Snapshot {
  checkpoint: string;
  atMs: number;
  /** The engine's completion counter when it was taken, to find the steps completed after it. */
  order: number;
  data: Dataset;
  rows: Map<string, Row[]>;
}

export interface InvariantContext {
  store: DataStore;
  model: ModelIndex;
  scope: CelScope;
  now: Date;
  snapshots: ReadonlyMap<string, Snapshot>;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** Whether text is a timestamp; remembered, since runs check the same few times over and over. */
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

function hasType(value: unknown, type: Entity['fields'][number]['type']): boolean {
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

const isMissing = (value: unknown) => value === undefined || value === null;
const keysOf = (model: ModelIndex, entity: string, records: readonly DataRecord[]) =>
  records.map((record) => model.keyOf(entity, record) ?? '(no key)');

/** Records whose combined values of `fields` are shared with another record. */
function duplicatesOn(records: readonly DataRecord[], fields: readonly string[]): DataRecord[] {
  // Records are grouped by their values' JSON; strings, the usual key, by themselves in a map of
  // their own (a string and another value are never equal), without building any text.
  const strings = new Map<string, number>();
  const others = new Map<string, number>();
  /** First position of a value seen again → every record with that value, from the first. */
  const repeated = new Map<number, DataRecord[]>();
  records.forEach((record, position) => {
    if (fields.some((field) => isMissing(record[field]))) return;
    const single = fields.length === 1 ? record[fields[0]!] : undefined;
    const isText = fields.length === 1 && typeof single === 'string';
    const map = isText ? strings : others;
    const text = isText
      ? (single as string)
      : JSON.stringify(fields.length === 1 ? single : fields.map((field) => record[field]));
    const first = map.get(text);
    if (first === undefined) {
      map.set(text, position);
      return;
    }
    const group = repeated.get(first);
    if (group) group.push(record);
    else repeated.set(first, [records[first]!, record]);
  });
  if (repeated.size === 0) return [];
  // Groups in the order their first record appears, as before.
  return [...repeated.keys()].sort((a, b) => a - b).flatMap((first) => repeated.get(first)!);
}

function orphans(model: ModelIndex, store: DataStore, entity: Entity, field?: string): Violation[] {
  const out: Violation[] = [];
  for (const reference of entity.references) {
    if (field !== undefined && reference.field !== field) continue;
    const targets = new Set(
      store.rows(reference.entity).map((row) => model.keyOf(reference.entity, row.record)),
    );
    const broken = store
      .rows(entity.name)
      .map((row) => row.record)
      .filter(
        (record) => !isMissing(record[reference.field]) && !targets.has(keyText(record[reference.field])),
      );
    if (broken.length > 0)
      out.push({
        invariant: 'references',
        entity: entity.name,
        keys: keysOf(model, entity.name, broken),
        message: `${entity.name}.${reference.field} points at ${reference.entity} that do not exist`,
      });
  }
  return out;
}

/**
 * The model invariants of section 2 for every entity: what "consistent" means. With `limit`, it
 * may stop once it has found that many (a drill verdict only asks whether there is one).
 */
export function modelViolations(
  model: ModelIndex,
  store: DataStore,
  limit = Number.POSITIVE_INFINITY,
): Violation[] {
  const out: Violation[] = [];
  for (const entity of model.all()) {
    if (out.length >= limit) return out;
    const records = store.rows(entity.name).map((row) => row.record);
    const noKey = records.filter((record) => isMissing(record[entity.key]));
    if (noKey.length > 0)
      out.push({
        invariant: 'model',
        entity: entity.name,
        keys: [],
        message: `${noKey.length} ${entity.name} without a key`,
      });
    const sameKey = duplicatesOn(records, [entity.key]);
    if (sameKey.length > 0)
      out.push({
        invariant: 'unique',
        entity: entity.name,
        keys: [...new Set(keysOf(model, entity.name, sameKey))],
        message: `${entity.name}: two or more records share the key ${entity.key}`,
      });
    for (const field of entity.fields) {
      if (out.length >= limit) return out;
      const missing = field.required ? records.filter((record) => isMissing(record[field.name])) : [];
      if (missing.length > 0)
        out.push({
          invariant: 'required',
          entity: entity.name,
          keys: keysOf(model, entity.name, missing),
          message: `${entity.name}.${field.name} is required but missing`,
        });
      const wrong = records.filter(
        (record) => !isMissing(record[field.name]) && !hasType(record[field.name], field.type),
      );
      if (wrong.length > 0)
        out.push({
          invariant: 'model',
          entity: entity.name,
          keys: keysOf(model, entity.name, wrong),
          message: `${entity.name}.${field.name} is not of type ${field.type}`,
        });
    }
    for (const fields of entity.unique) {
      if (out.length >= limit) return out;
      const dup = duplicatesOn(records, fields);
      if (dup.length > 0)
        out.push({
          invariant: 'unique',
          entity: entity.name,
          keys: keysOf(model, entity.name, dup),
          message: `${entity.name}: (${fields.join(', ')}) is not unique`,
        });
    }
    if (out.length >= limit) return out;
    out.push(...orphans(model, store, entity));
  }
  return out;
}

/** The violations of one invariant of a `check` node; empty when it holds. */
export function evaluateInvariant(invariant: Invariant, ctx: InvariantContext): Violation[] {
  const { model, store } = ctx;
  const fail = (message: string, entity?: string, keys: string[] = []): Violation[] => [
    {
      invariant: invariant.type,
      ...(entity === undefined ? {} : { entity }),
      keys,
      message: invariant.message ?? message,
    },
  ];
  switch (invariant.type) {
    case 'model':
      return modelViolations(model, store).map((v) =>
        invariant.message ? { ...v, message: invariant.message } : v,
      );
    case 'unique': {
      const dup = duplicatesOn(
        store.rows(invariant.entity).map((row) => row.record),
        invariant.fields,
      );
      return dup.length === 0
        ? []
        : fail(`${invariant.entity}: (${invariant.fields.join(', ')}) is not unique`, invariant.entity, [
            ...new Set(keysOf(model, invariant.entity, dup)),
          ]);
    }
    case 'required': {
      const missing = store
        .rows(invariant.entity)
        .map((row) => row.record)
        .filter((record) => invariant.fields.some((field) => isMissing(record[field])));
      return missing.length === 0
        ? []
        : fail(
            `${invariant.entity}: ${invariant.fields.join(', ')} missing`,
            invariant.entity,
            keysOf(model, invariant.entity, missing),
          );
    }
    case 'references': {
      const entity = model.entity(invariant.entity);
      const found = entity ? orphans(model, store, entity, invariant.field) : [];
      return invariant.message ? found.map((v) => ({ ...v, message: invariant.message! })) : found;
    }
    case 'count': {
      const count = store.rows(invariant.entity).length;
      const holds =
        invariant.op === '=='
          ? count === invariant.value
          : invariant.op === '>='
            ? count >= invariant.value
            : count <= invariant.value;
      return holds
        ? []
        : fail(
            `${invariant.entity} has ${count} records, expected ${invariant.op} ${invariant.value}`,
            invariant.entity,
          );
    }
    case 'matchesCheckpoint': {
      const snapshot = ctx.snapshots.get(invariant.checkpoint);
      if (!snapshot) return fail(`checkpoint ${invariant.checkpoint} has not been taken in this run`);
      const out: Violation[] = [];
      for (const entity of invariant.entities ?? Object.keys(snapshot.data)) {
        const diff = diffEntity(
          model,
          entity,
          snapshot.data[entity] ?? [],
          store.rows(entity).map((row) => row.record),
        );
        if (!isEmptyDiff(diff))
          out.push(
            ...fail(`${entity} differs from checkpoint ${invariant.checkpoint}`, entity, diffKeys(diff)),
          );
      }
      return out;
    }
    case 'expression': {
      const result = evaluateExpression(invariant.expr, ctx.scope.variables(store, ctx.now));
      if (!result.ok) return fail(`"${invariant.expr}" could not be evaluated: ${result.error.message}`);
      return result.value === true ? [] : fail(`"${invariant.expr}" is ${String(result.value)}`);
    }
    default:
      return assertNever(invariant, 'invariant');
  }
}

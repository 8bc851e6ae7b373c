import { evaluateExpression } from '../domain/expressions';
import {
  brokenReferences,
  entityFindings,
  isMissing,
  type ModelFinding,
  type RecordsOf,
  repeatedValues,
  targetKeySets,
} from '../domain/modelInvariants';
import type { DataRecord, Dataset, Entity, Invariant } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { CelScope } from './celScope';
import { diffEntity, diffKeys, isEmptyDiff } from './diff';
import type { ModelIndex } from './model';
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

/** The store's records by entity, each list read once per check. */
function storeRecords(store: DataStore): RecordsOf {
  const read = new Map<string, DataRecord[]>();
  return (name) => {
    let records = read.get(name);
    if (!records) {
      records = store.rows(name).map((row) => row.record);
      read.set(name, records);
    }
    return records;
  };
}

const keysOf = (model: ModelIndex, entity: string, records: readonly DataRecord[]) =>
  records.map((record) => model.keyOf(entity, record) ?? '(no key)');

/**
 * Records whose combined values of `fields` are shared with another record: every record of each
 * such group, the first one included, groups in the order their first record appears.
 */
function duplicatesOn(records: readonly DataRecord[], fields: readonly string[]): DataRecord[] {
  return groupRepeats(records, repeatedValues(records, fields));
}

function groupRepeats(
  records: readonly DataRecord[],
  repeats: readonly { position: number; first: number }[],
): DataRecord[] {
  if (repeats.length === 0) return [];
  const groups = new Map<number, DataRecord[]>();
  for (const { position, first } of repeats) {
    const group = groups.get(first);
    if (group) group.push(records[position]!);
    else groups.set(first, [records[first]!, records[position]!]);
  }
  return [...groups.keys()].sort((a, b) => a - b).flatMap((first) => groups.get(first)!);
}

function orphans(model: ModelIndex, store: DataStore, entity: Entity, field?: string): Violation[] {
  const recordsOf = storeRecords(store);
  const targetKeys = targetKeySets(model.all(), recordsOf);
  return entity.references
    .filter((reference) => field === undefined || reference.field === field)
    .flatMap((reference) => {
      const broken = brokenReferences(entity, reference, recordsOf, targetKeys).map((b) => b.record);
      return broken.length === 0 ? [] : [referenceViolation(model, entity, reference, broken)];
    });
}

function referenceViolation(
  model: ModelIndex,
  entity: Entity,
  reference: Entity['references'][number],
  broken: readonly DataRecord[],
): Violation {
  return {
    invariant: 'references',
    entity: entity.name,
    keys: keysOf(model, entity.name, broken),
    message: `${entity.name}.${reference.field} points at ${reference.entity} that do not exist`,
  };
}

/**
 * One entity's findings (`domain/modelInvariants`, which the lint rule reads too) grouped as a
 * run's result lists them: records without a key, repeated keys, then per field the missing and
 * the mistyped, then each unique set, then each reference, every group with its records' keys.
 */
function entityViolations(
  model: ModelIndex,
  entity: Entity,
  records: readonly DataRecord[],
  findings: readonly ModelFinding[],
): Violation[] {
  const name = entity.name;
  const out: Violation[] = [];
  const of = <C extends ModelFinding['check']>(check: C) =>
    findings.filter((finding): finding is Extract<ModelFinding, { check: C }> => finding.check === check);
  const noKey = of('no-key');
  if (noKey.length > 0)
    out.push({
      invariant: 'model',
      entity: name,
      keys: [],
      message: `${noKey.length} ${name} without a key`,
    });
  const sameKey = of('same-key');
  if (sameKey.length > 0)
    out.push({
      invariant: 'unique',
      entity: name,
      keys: [...new Set(keysOf(model, name, groupRepeats(records, sameKey)))],
      message: `${name}: two or more records share the key ${entity.key}`,
    });
  // A required field missing, or a value of the wrong type: one violation per field, with its records.
  const perField = (invariant: Violation['invariant'], found: readonly ModelFinding[], message: string) => {
    if (found.length > 0)
      out.push({
        invariant,
        entity: name,
        keys: keysOf(
          model,
          name,
          found.map((finding) => finding.record),
        ),
        message,
      });
  };
  for (const field of entity.fields) {
    perField(
      'required',
      of('required').filter((finding) => finding.field === field),
      `${name}.${field.name} is required but missing`,
    );
    perField(
      'model',
      of('type').filter((finding) => finding.field === field),
      `${name}.${field.name} is not of type ${field.type}`,
    );
  }
  for (const fields of entity.unique) {
    const repeats = of('unique').filter((finding) => finding.fields === fields);
    if (repeats.length > 0)
      out.push({
        invariant: 'unique',
        entity: name,
        keys: keysOf(model, name, groupRepeats(records, repeats)),
        message: `${name}: (${fields.join(', ')}) is not unique`,
      });
  }
  for (const reference of entity.references) {
    const broken = of('reference').filter((finding) => finding.reference === reference);
    if (broken.length > 0)
      out.push(
        referenceViolation(
          model,
          entity,
          reference,
          broken.map((finding) => finding.record),
        ),
      );
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
  const recordsOf = storeRecords(store);
  const targetKeys = targetKeySets(model.all(), recordsOf);
  const out: Violation[] = [];
  for (const entity of model.all()) {
    if (out.length >= limit) return out;
    const findings = entityFindings(entity, recordsOf, targetKeys);
    if (findings.length > 0) out.push(...entityViolations(model, entity, recordsOf(entity.name), findings));
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

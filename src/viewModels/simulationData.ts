import type { DataRecord, Dataset, Playbook } from '../domain/types';
import { jsonEqual } from '../lib/jsonEqual';
import type { SimEvent, SimulationResult, Violation } from '../simulator';
import { diffEntity } from '../simulator/diff';
import { modelViolations } from '../simulator/invariants';
import { ModelIndex } from '../simulator/model';
import { DataStore } from '../simulator/store';

/** One record as the data view shows it, against the expected state. */
export interface DataRow {
  /** Stable within one view: the record's place in the data, or the removed key. */
  id: string;
  key: string;
  status: 'same' | 'added' | 'removed' | 'changed';
  /** Another record holds the same key: the kind of damage a duplicate write does. */
  duplicate: boolean;
  record: DataRecord;
  /** The expected record with this key (for a changed row, the values before). */
  expected: DataRecord | null;
  changedFields: string[];
}

export interface EntityView {
  entity: string;
  keyField: string;
  fields: string[];
  rows: DataRow[];
  differences: number;
}

/** The data at one event: every entity as a table with its differences, and the violations. */
export interface DataView {
  entities: EntityView[];
  differences: number;
  violations: Violation[];
}

/** The state a run's data is compared with, named as the result names it. */
export interface ExpectedState {
  /** `initial`, a checkpoint id, or `null` when the outcome expects no particular state. */
  name: string | null;
  data: Dataset;
}

function overlay(initial: Dataset, source: Dataset, entities: readonly string[]): Dataset {
  const out: Dataset = { ...initial };
  for (const entity of entities) out[entity] = source[entity] ?? [];
  return out;
}

/**
 * The expected state of a finished run, rebuilt from its events the way the engine builds it:
 * the initial data, overlaid with the checkpoint's snapshot when a checkpoint is expected (the
 * entities the last restore of it put back, else the ones the snapshot took). With no expected
 * state, the data is compared with the state before the run, which is still worth seeing.
 */
export function expectedState(
  result: SimulationResult,
  dataAt: (seq: number) => Dataset,
  /** The engine's own expected data (`session.expectedData()`), used when given: it has erasures laid over it. */
  verdictData: Dataset | null = null,
): ExpectedState {
  const initial = dataAt(-1);
  const name = result.expected;
  if (name !== null && verdictData !== null) return { name, data: verdictData };
  if (name === null || name === 'initial') return { name, data: initial };
  const snapshot = result.events.find(
    (event): event is Extract<SimEvent, { type: 'snapshot' }> =>
      event.type === 'snapshot' && event.checkpoint === name,
  );
  if (!snapshot) return { name, data: initial };
  const restore = [...result.events]
    .reverse()
    .find(
      (event): event is Extract<SimEvent, { type: 'restore' }> =>
        event.type === 'restore' && event.checkpoint === name,
    );
  const entities = restore && result.outcome === 'restored' ? restore.entities : snapshot.entities;
  return { name, data: overlay(initial, dataAt(snapshot.seq), entities) };
}

function changedFields(record: DataRecord, expected: DataRecord): string[] {
  const fields = new Set([...Object.keys(record), ...Object.keys(expected)]);
  return [...fields].filter((field) => !jsonEqual(record[field], expected[field]));
}

function entityView(
  model: ModelIndex,
  entity: string,
  expected: DataRecord[],
  actual: DataRecord[],
): EntityView {
  const diff = diffEntity(model, entity, expected, actual);
  const added = new Set(diff.added);
  const changed = new Set(diff.changed.map((change) => change.key));
  const keyOf = (record: DataRecord) => model.keyOf(entity, record) ?? '(no key)';
  const expectedByKey = new Map<string, DataRecord>();
  for (const record of expected)
    if (!expectedByKey.has(keyOf(record))) expectedByKey.set(keyOf(record), record);
  const countByKey = new Map<string, number>();
  for (const record of actual) countByKey.set(keyOf(record), (countByKey.get(keyOf(record)) ?? 0) + 1);

  const rows: DataRow[] = actual.map((record, place) => {
    const key = keyOf(record);
    const before = expectedByKey.get(key) ?? null;
    const status = added.has(key) ? 'added' : changed.has(key) ? 'changed' : 'same';
    return {
      id: `row-${place}`,
      key,
      status,
      duplicate: (countByKey.get(key) ?? 0) > 1,
      record,
      expected: before,
      changedFields: status === 'changed' && before ? changedFields(record, before) : [],
    };
  });
  for (const key of diff.removed) {
    const record = expectedByKey.get(key)!;
    rows.push({
      id: `removed-${key}`,
      key,
      status: 'removed',
      duplicate: false,
      record,
      expected: record,
      changedFields: [],
    });
  }
  const fields: string[] = [];
  const modelFields = model.entity(entity)?.fields.map((field) => field.name) ?? [];
  for (const field of [...modelFields, ...rows.flatMap((row) => Object.keys(row.record))])
    if (!fields.includes(field)) fields.push(field);
  return {
    entity,
    keyField: model.keyField(entity),
    fields,
    rows,
    differences: diff.added.length + diff.removed.length + diff.changed.length,
  };
}

/**
 * The data view at one event: each entity's records against the expected state, and the
 * model's violations in that data (at the last event, the result's own violations).
 */
export function dataViewAt(
  playbook: Playbook,
  data: Dataset,
  expected: Dataset,
  finalViolations: readonly Violation[] | null,
): DataView {
  const model = new ModelIndex(playbook);
  const names = [...Object.keys(expected), ...Object.keys(data).filter((name) => !(name in expected))];
  const entities = names.map((name) => entityView(model, name, expected[name] ?? [], data[name] ?? []));
  const violations =
    finalViolations !== null
      ? [...finalViolations]
      : modelViolations(model, DataStore.fromPlaybook({ ...playbook, dataset: data }));
  return {
    entities,
    differences: entities.reduce((sum, entity) => sum + entity.differences, 0),
    violations,
  };
}

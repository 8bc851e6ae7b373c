import type { DataRecord, Dataset, Playbook } from '../domain/types';

/** One record in the store, with a row id the journal uses to find it again (keys may repeat). */
export interface Row {
  readonly rowId: number;
  readonly record: DataRecord;
}

/** A deep copy of plain JSON, so no record in the store shares structure with the playbook. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = cloneJson(inner);
  return out as T;
}

/**
 * The in-memory data of a run. Like most no-code data stores it enforces no constraint on write:
 * an insert of an existing key adds a second record. Records are never mutated in place (an update
 * stores a new object), which lets a fork share arrays until it writes (copy-on-write per entity).
 */
export class DataStore {
  private readonly owned = new Set<string>();
  /** Raised on every write to an entity, so readers (CEL data, UI snapshots) can cache by it. */
  private readonly versions = new Map<string, number>();

  private constructor(
    private tables: Map<string, Row[]>,
    private readonly counter: { next: number; version: number },
  ) {}

  /** The store a run starts from: every model entity, then any dataset entity, each deep-copied. */
  static fromPlaybook(playbook: Playbook): DataStore {
    const tables = new Map<string, Row[]>();
    const counter = { next: 1, version: 0 };
    const names = [
      ...playbook.dataModel.entities.map((entity) => entity.name),
      ...Object.keys(playbook.dataset),
    ];
    for (const name of names) {
      if (tables.has(name)) continue;
      const records = playbook.dataset[name] ?? [];
      tables.set(
        name,
        records.map((record) => ({ rowId: counter.next++, record: cloneJson(record) })),
      );
    }
    const store = new DataStore(tables, counter);
    for (const name of tables.keys()) store.owned.add(name);
    return store;
  }

  entityNames(): string[] {
    return [...this.tables.keys()];
  }

  rows(entity: string): readonly Row[] {
    return this.tables.get(entity) ?? [];
  }

  version(entity: string): number {
    return this.versions.get(entity) ?? 0;
  }

  /** A store that shares this one's arrays until it writes; `adopt` takes its tables back. */
  fork(): DataStore {
    const fork = new DataStore(new Map(this.tables), this.counter);
    for (const [name, version] of this.versions) fork.versions.set(name, version);
    return fork;
  }

  /** Takes over the data of a fork made from this store (the fork is not used afterwards). */
  adopt(fork: DataStore): void {
    this.tables = fork.tables;
    this.owned.clear();
    for (const name of fork.owned) this.owned.add(name);
    for (const [name, version] of fork.versions) this.versions.set(name, version);
  }

  private writable(entity: string): Row[] {
    let rows = this.tables.get(entity);
    if (!rows) {
      rows = [];
      this.tables.set(entity, rows);
      this.owned.add(entity);
    } else if (!this.owned.has(entity)) {
      rows = [...rows];
      this.tables.set(entity, rows);
      this.owned.add(entity);
    }
    // Versions come from one counter shared with forks, so a discarded fork's number is never reused.
    this.counter.version += 1;
    this.versions.set(entity, this.counter.version);
    return rows;
  }

  insert(entity: string, record: DataRecord): Row {
    const row = { rowId: this.counter.next++, record };
    this.writable(entity).push(row);
    return row;
  }

  replace(entity: string, rowId: number, record: DataRecord): void {
    const rows = this.writable(entity);
    const index = rows.findIndex((row) => row.rowId === rowId);
    if (index >= 0) rows[index] = { rowId, record };
  }

  remove(entity: string, rowId: number): void {
    const rows = this.writable(entity);
    const index = rows.findIndex((row) => row.rowId === rowId);
    if (index >= 0) rows.splice(index, 1);
  }

  /** Puts a row back where its row id sorts, so a reverted delete returns to its old place. */
  putBack(entity: string, rowId: number, record: DataRecord): void {
    const rows = this.writable(entity);
    const existing = rows.findIndex((row) => row.rowId === rowId);
    if (existing >= 0) {
      rows[existing] = { rowId, record };
      return;
    }
    const after = rows.findIndex((row) => row.rowId > rowId);
    rows.splice(after < 0 ? rows.length : after, 0, { rowId, record });
  }

  /**
   * Replaces an entity's rows wholesale (a restore). Rows keep their row ids, so the journal of a
   * step completed before the checkpoint still finds its records afterwards.
   */
  replaceAll(entity: string, rows: readonly Row[]): void {
    const target = this.writable(entity);
    target.length = 0;
    for (const row of rows) target.push({ rowId: row.rowId, record: cloneJson(row.record) });
  }

  /** A deep copy of an entity's rows (a checkpoint). */
  copyRows(entity: string): Row[] {
    return this.rows(entity).map((row) => ({ rowId: row.rowId, record: cloneJson(row.record) }));
  }

  /** Plain records of the given entities (all by default), as JSON the result can hold. */
  toDataset(entities: readonly string[] = this.entityNames()): Dataset {
    const out: Dataset = {};
    for (const name of entities) out[name] = this.rows(name).map((row) => row.record);
    return out;
  }
}

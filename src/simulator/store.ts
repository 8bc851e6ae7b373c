import type { DataRecord, Dataset, Playbook } from '../domain/types';
import { KeyIndex } from './keyIndex';

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

/** One write inside a transaction, enough to take it back. */
interface UndoEntry {
  entity: string;
  /** `insert`: the row went in at `index`; `replace`: `row` was at `index`; `remove`: `row` was taken from `index`. */
  kind: 'insert' | 'replace' | 'remove';
  index: number;
  row: Row;
}

/** A store's tables as they were at one moment: arrays that nobody writes to any more. */
export type TableView = ReadonlyMap<string, readonly Row[]>;

interface Counter {
  next: number;
  version: number;
}

/**
 * The index of the row with `rowId`, or -1. Every table is sorted by row id: ids come from one
 * increasing counter, inserts append, `putBack` and `replaceAll` keep the order (see
 * `putBack`), so a binary search finds it; the check after it keeps a wrong guess harmless.
 */
function indexOfRow(rows: readonly Row[], rowId: number): number {
  const low = lowerBound(rows, rowId);
  if (low < rows.length && rows[low]!.rowId === rowId) return low;
  return rows.findIndex((row) => row.rowId === rowId);
}

/** The first index whose row id is not below `rowId`, by binary search over a sorted table. */
function lowerBound(rows: readonly Row[], rowId: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle]!.rowId < rowId) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where a missing row id goes: before the first larger one (checked, else searched for). */
function insertionIndex(rows: readonly Row[], rowId: number): number {
  const index = lowerBound(rows, rowId);
  const sorted =
    (index === 0 || rows[index - 1]!.rowId < rowId) && (index === rows.length || rows[index]!.rowId > rowId);
  if (sorted) return index;
  const after = rows.findIndex((row) => row.rowId > rowId);
  return after < 0 ? rows.length : after;
}

/**
 * The in-memory data of a run. Like most no-code data stores it enforces no constraint on write:
 * an insert of an existing key adds a second record. Records are never mutated in place (an update
 * stores a new object), so anything holding a record (the initial state, a UI frame, a journal)
 * keeps what it saw. An attempt writes in place inside a transaction (`begin`/`rollback`), which
 * undoes exactly its writes when it fails, instead of copying tables; a run forked for the drill
 * shares tables until it writes (copy-on-write per entity).
 */
export class DataStore {
  private readonly owned = new Set<string>();
  /** Raised on every write to an entity, so readers (CEL data, UI snapshots) can cache by it. */
  private readonly versions = new Map<string, number>();
  private readonly undo: UndoEntry[] = [];
  private depth = 0;

  private constructor(
    private readonly tables: Map<string, Row[]>,
    private readonly counter: Counter,
    private keys: KeyIndex,
    private readonly keyFields: ReadonlyMap<string, string>,
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
    const keyFields = new Map(
      playbook.dataModel.entities.map((entity) => [entity.name, entity.key] as const),
    );
    const store = new DataStore(tables, counter, new KeyIndex(keyFields), keyFields);
    for (const name of tables.keys()) store.owned.add(name);
    return store;
  }

  entityNames(): string[] {
    return [...this.tables.keys()];
  }

  rows(entity: string): readonly Row[] {
    return this.tables.get(entity) ?? [];
  }

  /** The field that is the entity's key (`id` for an entity the model does not describe). */
  keyField(entity: string): string {
    return this.keys.keyField(entity);
  }

  /** The rows whose key field is exactly `value`, in table order, found through the key index. */
  rowsWithKey(entity: string, value: string | number | boolean): Row[] {
    const rows = this.rows(entity);
    const out: Row[] = [];
    for (const rowId of this.keys.rowIds(entity, value, rows)) {
      const index = indexOfRow(rows, rowId);
      if (index >= 0) out.push(rows[index]!);
    }
    return out;
  }

  version(entity: string): number {
    return this.versions.get(entity) ?? 0;
  }

  /**
   * An independent copy for a forked run: it shares this store's tables until either writes
   * (copy-on-write), and continues its own row-id and version counters from where this one is,
   * so it hands out exactly the ids this store would. Not inside a transaction.
   */
  fork(): DataStore {
    if (this.depth > 0) throw new Error('fork inside a transaction');
    const fork = new DataStore(
      new Map(this.tables),
      { ...this.counter },
      new KeyIndex(this.keyFields),
      this.keyFields,
    );
    for (const [name, version] of this.versions) fork.versions.set(name, version);
    // Neither side owns a shared table any more: the first write on either side copies it (and
    // this side's key index, made for its tables, is rebuilt when next needed).
    this.owned.clear();
    this.keys = new KeyIndex(this.keyFields);
    return fork;
  }

  /**
   * The tables as they are now, kept as they are: this store no longer owns them, so its next
   * write to a table copies it first (copy-on-write, as after a fork). Not inside a transaction.
   */
  view(): TableView {
    if (this.depth > 0) throw new Error('view inside a transaction');
    this.owned.clear();
    return new Map(this.tables);
  }

  /** True when every table holds the rows of `view`: the same row ids and record objects, in order. */
  holdsView(view: TableView): boolean {
    if (view.size !== this.tables.size) return false;
    for (const [name, rows] of this.tables) {
      const other = view.get(name);
      if (other === undefined) return false;
      if (other === rows) continue;
      if (other.length !== rows.length) return false;
      for (let index = 0; index < rows.length; index += 1) {
        const a = rows[index]!;
        const b = other[index]!;
        if (a !== b && (a.rowId !== b.rowId || a.record !== b.record)) return false;
      }
    }
    return true;
  }

  /**
   * Takes the tables of `view` (another run's rows, shared copy-on-write): the drill's shared
   * rollback walk (rollbackMemo.ts). Row-id and version counters go on from where they are.
   */
  adopt(view: TableView): void {
    if (this.depth > 0) throw new Error('adopt inside a transaction');
    this.tables.clear();
    for (const [name, rows] of view) this.tables.set(name, rows as Row[]);
    this.owned.clear();
    this.keys = new KeyIndex(this.keyFields);
    for (const name of this.tables.keys()) {
      this.counter.version += 1;
      this.versions.set(name, this.counter.version);
    }
  }

  /** Starts a transaction (they nest); returns the mark that `commit` and `rollback` take. */
  begin(): number {
    this.depth += 1;
    return this.undo.length;
  }

  /** Keeps the writes made since `mark`. */
  commit(mark: number): void {
    this.depth -= 1;
    if (this.depth === 0) this.undo.length = 0;
    else if (mark > this.undo.length) throw new Error('commit of an unknown mark');
  }

  /** Takes back every write made since `mark`, newest first, so every table is exactly as it was. */
  rollback(mark: number): void {
    for (let index = this.undo.length - 1; index >= mark; index -= 1) {
      const entry = this.undo[index]!;
      const rows = this.writable(entry.entity);
      if (entry.kind === 'insert') {
        rows.splice(entry.index, 1);
        this.keys.removed(entry.entity, entry.row);
      } else if (entry.kind === 'replace') {
        this.keys.replaced(entry.entity, rows[entry.index]!, entry.row);
        rows[entry.index] = entry.row;
      } else {
        rows.splice(entry.index, 0, entry.row);
        this.keys.added(entry.entity, entry.row);
      }
    }
    this.undo.length = mark;
    this.depth -= 1;
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
    // Versions come from one increasing counter, so a number is never reused for other contents
    // (a rolled-back write raises the version again).
    this.counter.version += 1;
    this.versions.set(entity, this.counter.version);
    return rows;
  }

  private logged(entry: UndoEntry): void {
    if (this.depth > 0) this.undo.push(entry);
  }

  insert(entity: string, record: DataRecord): Row {
    const row = { rowId: this.counter.next++, record };
    const rows = this.writable(entity);
    rows.push(row);
    this.keys.added(entity, row);
    this.logged({ entity, kind: 'insert', index: rows.length - 1, row });
    return row;
  }

  replace(entity: string, rowId: number, record: DataRecord): void {
    const rows = this.writable(entity);
    const index = indexOfRow(rows, rowId);
    if (index < 0) return;
    const before = rows[index]!;
    this.logged({ entity, kind: 'replace', index, row: before });
    rows[index] = { rowId, record };
    this.keys.replaced(entity, before, rows[index]!);
  }

  remove(entity: string, rowId: number): void {
    const rows = this.writable(entity);
    const index = indexOfRow(rows, rowId);
    if (index < 0) return;
    const removed = rows[index]!;
    this.logged({ entity, kind: 'remove', index, row: removed });
    rows.splice(index, 1);
    this.keys.removed(entity, removed);
  }

  /**
   * Puts a row back where its row id sorts, so a reverted delete returns to its old place (and
   * the table stays sorted by row id).
   */
  putBack(entity: string, rowId: number, record: DataRecord): void {
    const rows = this.writable(entity);
    const existing = indexOfRow(rows, rowId);
    if (existing >= 0) {
      const before = rows[existing]!;
      this.logged({ entity, kind: 'replace', index: existing, row: before });
      rows[existing] = { rowId, record };
      this.keys.replaced(entity, before, rows[existing]!);
      return;
    }
    const index = insertionIndex(rows, rowId);
    const row = { rowId, record };
    rows.splice(index, 0, row);
    this.keys.added(entity, row);
    this.logged({ entity, kind: 'insert', index, row });
  }

  /**
   * Replaces an entity's rows wholesale (a restore). Rows keep their row ids, so the journal of a
   * step completed before the checkpoint still finds its records afterwards. Not in a transaction.
   */
  replaceAll(entity: string, rows: readonly Row[]): void {
    if (this.depth > 0) throw new Error('replaceAll inside a transaction');
    const target = this.writable(entity);
    this.keys.forget(entity);
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

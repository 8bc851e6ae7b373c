import type { Row } from './store';

/** A key value the index can find: a string, a boolean or a number other than NaN (compared with `===`). */
export const isIndexable = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && !Number.isNaN(value));

/**
 * Row ids by the value of each entity's key field, so an update or delete that matches on the key
 * (`match: { id: "a7" }`) does not read every record. Built per entity on first use and then kept
 * in step with every write the store makes (including those a rolled-back transaction undoes);
 * dropped whenever that is not simple (a restore, a fork). Ids per value are ascending, which is
 * table order (tables are sorted by row id).
 */
export class KeyIndex {
  private readonly byEntity = new Map<string, Map<unknown, number[]>>();

  constructor(private readonly keyFields: ReadonlyMap<string, string>) {}

  keyField(entity: string): string {
    return this.keyFields.get(entity) ?? 'id';
  }

  /** The row ids whose key field is `value`, building the entity's index from `rows` if needed. */
  rowIds(entity: string, value: string | number | boolean, rows: readonly Row[]): readonly number[] {
    let index = this.byEntity.get(entity);
    if (!index) {
      index = new Map();
      const field = this.keyField(entity);
      for (const row of rows) {
        const key = row.record[field];
        const ids = index.get(key);
        if (ids) ids.push(row.rowId);
        else index.set(key, [row.rowId]);
      }
      this.byEntity.set(entity, index);
    }
    return index.get(value) ?? [];
  }

  added(entity: string, row: Row): void {
    const index = this.byEntity.get(entity);
    if (!index) return;
    const key = row.record[this.keyField(entity)];
    const ids = index.get(key);
    if (!ids) {
      index.set(key, [row.rowId]);
      return;
    }
    let at = ids.length;
    while (at > 0 && ids[at - 1]! > row.rowId) at -= 1;
    ids.splice(at, 0, row.rowId);
  }

  removed(entity: string, row: Row): void {
    const index = this.byEntity.get(entity);
    if (!index) return;
    const key = row.record[this.keyField(entity)];
    const ids = index.get(key);
    const at = ids ? ids.indexOf(row.rowId) : -1;
    if (at < 0) {
      // Not where it should be: forget the index rather than trust it.
      this.byEntity.delete(entity);
      return;
    }
    ids!.splice(at, 1);
    if (ids!.length === 0) index.delete(key);
  }

  replaced(entity: string, before: Row, after: Row): void {
    const field = this.keyField(entity);
    if (before.record[field] === after.record[field]) return;
    this.removed(entity, before);
    this.added(entity, after);
  }

  forget(entity?: string): void {
    if (entity === undefined) this.byEntity.clear();
    else this.byEntity.delete(entity);
  }
}

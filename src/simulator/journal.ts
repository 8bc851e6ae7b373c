import type { DataRecord } from '../domain/types';
import type { RecordWrite } from './effects';
import type { DataStore } from './store';

interface BeforeImage {
  entity: string;
  rowId: number;
  key: string | null;
  /** `null`: the row did not exist before this step (it was inserted). */
  record: DataRecord | null;
}

/**
 * A step's before-images (spec section 5, step 3), one per record it touched. The first image per
 * record is kept, so a retry or a duplicate delivery cannot overwrite what `revert` restores.
 */
export class Journal {
  private readonly images = new Map<number, BeforeImage>();

  /** `owner`: the run that may add to it (a forked run copies it first); `null` for a shared empty one. */
  constructor(readonly owner: object | null) {}

  /** A copy that `owner` may add to, for a forked run. */
  copyFor(owner: object): Journal {
    const copy = new Journal(owner);
    for (const [rowId, image] of this.images) copy.images.set(rowId, image);
    return copy;
  }

  record(writes: readonly RecordWrite[]): void {
    if (this.owner === null) throw new Error('the shared empty journal is read-only');
    for (const write of writes) {
      if (this.images.has(write.rowId)) continue;
      this.images.set(write.rowId, {
        entity: write.entity,
        rowId: write.rowId,
        key: write.key,
        record: write.before,
      });
    }
  }

  get size(): number {
    return this.images.size;
  }

  /**
   * Writes the before-images back (`revert`): inserted rows are removed, changed or deleted ones
   * return exactly, timestamps included. Returns the keys touched per entity, for the event.
   */
  revert(store: DataStore): Record<string, string[]> {
    const touched: Record<string, string[]> = {};
    for (const image of [...this.images.values()].reverse()) {
      if (image.record === null) store.remove(image.entity, image.rowId);
      else store.putBack(image.entity, image.rowId, image.record);
      const keys = touched[image.entity] ?? [];
      if (image.key !== null && !keys.includes(image.key)) keys.push(image.key);
      touched[image.entity] = keys;
    }
    return touched;
  }
}

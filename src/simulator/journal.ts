import type { EffectSummary, RecordWrite } from './effects';
import type { DataStore } from './store';

/**
 * A before-image is the write that took it: its entity, row id and key, and `before`, the record
 * as it was (`null`: the row did not exist before this step, it was inserted). Writes are never
 * changed once made, so the journal keeps them as they are.
 */
type BeforeImage = RecordWrite;

/**
 * A step's before-images (spec section 5, step 3), one per record it touched. The first image per
 * record is kept, so a retry or a duplicate delivery cannot overwrite what `revert` restores.
 */
export class Journal {
  /** The images in the order they were taken (a revert walks it backwards). */
  private readonly order: BeforeImage[] = [];
  /** Row ids with an image, made once the journal is too long to search (most steps touch a few records). */
  private rowIds: Set<number> | null = null;

  /** `owner`: the run that may add to it (a forked run copies it first); `null` for a shared empty one. */
  constructor(readonly owner: object | null) {}

  /** A copy that `owner` may add to, for a forked run. */
  copyFor(owner: object): Journal {
    const copy = new Journal(owner);
    for (const image of this.order) copy.order.push(image);
    if (this.rowIds) copy.rowIds = new Set(this.rowIds);
    return copy;
  }

  record(writes: readonly RecordWrite[]): void {
    if (this.owner === null) throw new Error('the shared empty journal is read-only');
    for (const write of writes) {
      if (this.has(write.rowId)) continue;
      this.order.push(write);
      this.rowIds?.add(write.rowId);
    }
  }

  private has(rowId: number): boolean {
    if (this.rowIds) return this.rowIds.has(rowId);
    for (const image of this.order) if (image.rowId === rowId) return true;
    if (this.order.length >= 16) this.rowIds = new Set(this.order.map((image) => image.rowId));
    return false;
  }

  get size(): number {
    return this.order.length;
  }

  /**
   * Writes the before-images back (`revert`): inserted rows are removed, changed or deleted ones
   * return exactly, timestamps included. Returns one summary per entity touched, in the order
   * first touched, with its distinct keys (and as many writes), for the `effect` event; none
   * without `summarize` (a lean run has no events).
   */
  revert(store: DataStore, summarize = true): EffectSummary[] {
    const summaries: EffectSummary[] = [];
    for (let index = this.order.length - 1; index >= 0; index -= 1) {
      const image = this.order[index]!;
      if (image.before === null) store.remove(image.entity, image.rowId);
      else store.putBack(image.entity, image.rowId, image.before);
      if (!summarize) continue;
      let summary = summaries.find((candidate) => candidate.entity === image.entity);
      if (!summary) {
        summary = { op: 'revert', entity: image.entity, keys: [], writes: 0, skipped: [] };
        summaries.push(summary);
      }
      if (image.key !== null && !summary.keys.includes(image.key)) {
        summary.keys.push(image.key);
        summary.writes += 1;
      }
    }
    return summaries;
  }
}

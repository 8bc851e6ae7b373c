import { toCelValue } from '../domain/expressions';
import type { DataStore } from './store';

/**
 * The CEL variables of section 6 (`data`, `now`) over the live store. Converting records to CEL
 * values is the costly part, so each entity's list is cached until that entity is written.
 */
export class CelScope {
  private readonly cache = new Map<string, { version: number; list: unknown[] }>();

  /** A scope for a forked run: the cached lists hold for its store too, until it writes. */
  fork(): CelScope {
    const fork = new CelScope();
    for (const [name, entry] of this.cache) fork.cache.set(name, entry);
    return fork;
  }

  data(store: DataStore): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const name of store.entityNames()) {
      const version = store.version(name);
      let cached = this.cache.get(name);
      if (!cached || cached.version !== version) {
        cached = { version, list: store.rows(name).map((row) => toCelValue(row.record)) };
        this.cache.set(name, cached);
      }
      out[name] = cached.list;
    }
    return out;
  }

  variables(store: DataStore, now: Date, record?: Record<string, unknown>): Record<string, unknown> {
    const variables: Record<string, unknown> = { data: this.data(store), now };
    if (record) variables.r = toCelValue(record);
    return variables;
  }
}

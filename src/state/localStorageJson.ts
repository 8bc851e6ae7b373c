import type { z } from 'zod';
import type { StoreApi } from 'zustand';
import type { PersistStorage } from 'zustand/middleware';

export interface LocalStorageJsonOptions<State> {
  /**
   * Checks what is stored and turns it into the state. A value that fails the check is read as
   * nothing stored (the store keeps its initial state): localStorage is anyone's to edit.
   */
  schema: z.ZodType<State>;
  /** What is written: by default the state itself. */
  toStored?: (state: State) => unknown;
  /** localStorage refused the write (full, disabled): the state is kept for this visit only. */
  onWriteFailed?: () => void;
}

function readJson(name: string): unknown {
  try {
    const text = localStorage.getItem(name);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * zustand `persist` storage over localStorage with a zod check on read. It stores the state as
 * plain JSON without persist's `{ state, version }` envelope, so the keys written before the
 * stores used `persist` read unchanged, and an older tab still reads what a newer one writes.
 * A schema change is a new key (`….v2`) whose schema reads the old one.
 *
 * @example persist(() => ({ name: '' }), { name: 'rollbook.profile.v1', storage: localStorageJson({ schema }) })
 */
export function localStorageJson<State>(options: LocalStorageJsonOptions<State>): PersistStorage<State> {
  const { schema, toStored = (state: State) => state, onWriteFailed } = options;
  return {
    getItem(name) {
      const value = readJson(name);
      if (value === undefined) return null;
      const parsed = schema.safeParse(value);
      return parsed.success ? { state: parsed.data, version: 0 } : null;
    },
    setItem(name, { state }) {
      try {
        localStorage.setItem(name, JSON.stringify(toStored(state)));
      } catch {
        onWriteFailed?.();
      }
    },
    removeItem(name) {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing stored can be removed from a storage that cannot be reached.
      }
    },
  };
}

interface PersistedApi {
  persist: { getOptions: () => { name?: string }; rehydrate: () => Promise<void> | void };
}

/**
 * Reads the store again when another tab writes its key (the `storage` event fires only in the
 * other tabs), so a copy in one tab pastes in another and a drill score shows in the library.
 */
export function followOtherTabs<State>(store: StoreApi<State> & PersistedApi): void {
  if (typeof window === 'undefined') return;
  const key = store.persist.getOptions().name;
  window.addEventListener('storage', (event) => {
    if (event.key === key) void store.persist.rehydrate();
  });
}

import type { RepositoryError, Result } from './storageError';

/** What the toolbar shows: "Saved", "Saving…", or "Not saved: <reason>". */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'not-saved'; reason: string; error: RepositoryError };

/** Time, injected: the browser passes `Date.now`/`setTimeout`, tests a fake clock. */
export interface AutosaveClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions<Document> {
  /** Writes the document (the draft); resolves to a Result, never rejects on storage failure. */
  write: (document: Document) => Promise<Result<unknown>>;
  clock: AutosaveClock;
  /** Quiet time after an edit before writing (default 300 ms). */
  debounceMs?: number;
  /** Longest time an edit waits while edits keep coming (default 1000 ms: the bound). */
  maxWaitMs?: number;
}

export interface AutosaveController<Document> {
  /** Call after every change of the document being edited, with the new document. */
  edited(document: Document): void;
  /** Writes pending edits now (before "Save version", on page hide) and resolves with the status. */
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  /** Edits not yet known to be on disk (the document is kept in memory until they are). */
  hasUnsavedEdits(): boolean;
  /** The latest document not yet written, if any: still exportable after a failed write. */
  unsavedDocument(): Document | undefined;
  /** The document is reloaded from storage (or replaced knowingly): nothing is pending. */
  reset(): void;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  dispose(): void;
}

/**
 * Autosave with a debounce and a maximum wait: a write starts at most `maxWaitMs` after the first
 * unsaved edit and `debounceMs` after the last, so continuous typing still saves every second.
 *
 * It never claims "Saved" falsely: the status is `saved` only when the write of the latest edit
 * succeeded. A failed write keeps the document in memory with `not-saved` and the reason; the next
 * edit (or {@link AutosaveController.flush}) retries. After a conflict (another tab saved), edits
 * do not retry by themselves: the conflict must be resolved first (reload, fork or overwrite), and
 * then `flush` writes.
 */
export function createAutosave<Document>(options: AutosaveOptions<Document>): AutosaveController<Document> {
  const { write, clock } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const listeners = new Set<(status: SaveStatus) => void>();

  let status: SaveStatus = { kind: 'saved' };
  let pending: Document | undefined;
  let editSeq = 0;
  let savedSeq = 0;
  let firstUnsavedAt: number | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let writeAgain = false;
  let holdForConflict = false;
  let disposed = false;
  // Raised by reset(): a write started before it reports into a past that no longer exists.
  let generation = 0;

  const setStatus = (next: SaveStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  const cancelTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    cancelTimer();
    const now = clock.now();
    firstUnsavedAt ??= now;
    const delay = Math.max(0, Math.min(debounceMs, firstUnsavedAt + maxWaitMs - now));
    timer = clock.setTimeout(() => {
      timer = null;
      startWrite();
    }, delay);
  };

  const startWrite = () => {
    if (disposed || pending === undefined) return;
    if (inFlight) {
      writeAgain = true;
      return;
    }
    const seq = editSeq;
    const started = generation;
    const document = pending;
    firstUnsavedAt = null;
    inFlight = write(document)
      .catch(
        (error: unknown): Result<unknown> => ({
          ok: false,
          error: { kind: 'unknown', reason: 'storage error', message: String(error) },
        }),
      )
      .then((result) => {
        inFlight = null;
        if (disposed || started !== generation) return;
        if (result.ok) {
          savedSeq = Math.max(savedSeq, seq);
          if (savedSeq === editSeq) {
            pending = undefined;
            setStatus({ kind: 'saved' });
          }
        } else {
          holdForConflict = result.error.kind === 'conflict';
          setStatus({ kind: 'not-saved', reason: result.error.reason, error: result.error });
          writeAgain = false;
          return;
        }
        if (writeAgain || (pending !== undefined && timer === null)) {
          writeAgain = false;
          startWrite();
        }
      });
  };

  return {
    edited(document) {
      if (disposed) return;
      pending = document;
      editSeq += 1;
      if (holdForConflict) return; // keep "Not saved: changed in another tab" until resolved
      if (status.kind !== 'saving') setStatus({ kind: 'saving' });
      schedule();
    },
    async flush() {
      cancelTimer();
      holdForConflict = false;
      if (pending !== undefined && !inFlight) {
        setStatus({ kind: 'saving' });
        startWrite();
      }
      while (inFlight) await inFlight;
      return status;
    },
    status: () => status,
    hasUnsavedEdits: () => pending !== undefined,
    unsavedDocument: () => pending,
    reset() {
      generation += 1;
      cancelTimer();
      pending = undefined;
      savedSeq = editSeq;
      firstUnsavedAt = null;
      holdForConflict = false;
      writeAgain = false;
      setStatus({ kind: 'saved' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      cancelTimer();
      listeners.clear();
    },
  };
}

/** The browser's clock for {@link createAutosave}. */
export const systemClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

import type { PeekedPlaybook, Result } from '../persistence';
import { takeEarlyRead } from '../persistence/earlyRead';
import { peekPlaybookRecord } from '../persistence/quickRead';
import { ok } from '../persistence/storageError';
import { repository } from './persistenceContext';

/**
 * The stored playbook's read (IndexedDB, then its quick read: `persistence/quickRead.ts`), started
 * by the router when the page opens straight on a designer address, so it runs while the designer's
 * chunk is still loading instead of after it (issue 20, open fast); the row itself was asked for
 * earlier still, by the page's first script (`persistence/earlyRead.ts`). Only the tab's first `openPlaybook` may take it, and
 * only soon after it started: a later open reads afresh, so no stale copy is ever used.
 */
const STALE_AFTER_MS = 5_000;

let pending: { id: string; read: Promise<Result<PeekedPlaybook>>; startedAt: number } | null = null;
let taken = false;

/** Starts reading the stored playbook `id`; marks `rollbook:stored-read-parsed` when it is read. */
export function prefetchStoredPlaybook(id: string): void {
  if (taken || pending) return;
  // The row the page's first script began reading, if it found one; else the repository's read,
  // which also says why there is none (not found, storage unavailable).
  const early = takeEarlyRead(id);
  const peeked = early ? early.then((row) => peekEarlyRow(row, id)) : repository.peek(id);
  const read = peeked.then((result) => {
    performance.mark('rollbook:stored-read-parsed');
    return result;
  });
  pending = { id, read, startedAt: performance.now() };
}

/** The early row's quick read; the repository's read when there was no row or it cannot be read. */
function peekEarlyRow(row: unknown, id: string): Promise<Result<PeekedPlaybook>> | Result<PeekedPlaybook> {
  if (row === null) return repository.peek(id);
  try {
    return ok(peekPlaybookRecord(row, id));
  } catch {
    return repository.peek(id);
  }
}

/** The read started for `id` if it is the first open of the tab and recent, else null. */
export function takeStoredRead(id: string): Promise<Result<PeekedPlaybook>> | null {
  const started = pending;
  pending = null;
  taken = true;
  if (!started || started.id !== id || performance.now() - started.startedAt >= STALE_AFTER_MS) return null;
  return started.read;
}

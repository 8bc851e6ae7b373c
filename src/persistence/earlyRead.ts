import { DATABASE_NAME } from './databaseName';

/**
 * A stored playbook's row read with the bare IndexedDB API, started by the page's first script on a
 * designer address (`app/designerEarly.ts`), so the read runs while React, Dexie and zod are still
 * being fetched and evaluated instead of after them (issue 20, open fast). Only the row is read
 * here; what it holds is checked by the same quick read as any other (`quickRead.ts`).
 *
 * It never creates or upgrades the database: opened without a version, a database that does not
 * exist yet would be created empty at version 1, and Dexie would then take that for an old
 * database of its own. So a missing database aborts the open, and the row comes back `null`:
 * "not read here", and the caller reads through the repository as it would have anyway.
 */
export function readPlaybookRow(id: string, factory?: IDBFactory): Promise<unknown> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = (factory ?? indexedDB).open(DATABASE_NAME);
    } catch {
      resolve(null); // no IndexedDB (a private mode that forbids it): the repository reports it
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the schema must not wait on this connection.
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('playbooks')) throw new Error('no playbooks store');
        const get = db.transaction('playbooks', 'readonly').objectStore('playbooks').get(id);
        get.onsuccess = () => {
          db.close();
          resolve(get.result ?? null);
        };
        get.onerror = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

let early: { id: string; row: Promise<unknown> } | null = null;

/** Starts the early read of `id` (once per page). */
export function startEarlyRead(id: string): void {
  early ??= { id, row: readPlaybookRow(id) };
}

/**
 * The early read of `id`, once: a later open in the tab reads afresh, since this tab's own
 * autosave may have written the row since. Null when there is none for `id`.
 */
export function takeEarlyRead(id: string): Promise<unknown> | null {
  const started = early;
  early = null;
  return started?.id === id ? started.row : null;
}

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RollbookDatabase } from '../../src/persistence/database';
import { DATABASE_NAME } from '../../src/persistence/databaseName';
import { readPlaybookRow, startEarlyRead, takeEarlyRead } from '../../src/persistence/earlyRead';
import { createPlaybookRepository } from '../../src/persistence/playbookRepository';
import { example, value } from './helpers';

/** Issue 20, open fast: the page's first script reads the stored row with the bare IndexedDB API. */
describe('the early read of a stored playbook row', () => {
  it('gives the row exactly as Dexie stored it, and null for an id that is not stored', async () => {
    const db = new RollbookDatabase(DATABASE_NAME);
    const repository = createPlaybookRepository(db, { tabId: 'tab' });
    const created = value(await repository.create(example('order-fulfilment-rollback')));
    const row = await readPlaybookRow(created.id);
    expect(row).toEqual(await db.playbooks.get(created.id));
    expect(await readPlaybookRow('not-stored')).toBeNull();
    db.close();
  });

  it('leaves a browser without the database as it was: null, no empty database that Dexie would take for an old one', async () => {
    const factory = new IDBFactory();
    expect(await readPlaybookRow('any', factory)).toBeNull();
    expect(await factory.databases()).toEqual([]);
  });

  it('gives null for a database without the playbooks store, and does not hold up an upgrade', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open(DATABASE_NAME, 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await readPlaybookRow('any', factory)).toBeNull();
    // The read's connection is closed: a version change goes through at once, not blocked.
    const upgraded = await new Promise<string>((resolve) => {
      const request = factory.open(DATABASE_NAME, 2);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
    });
    expect(upgraded).toBe('opened');
  });

  it('is taken once, and only by an open of the same playbook', async () => {
    startEarlyRead('some-id');
    expect(takeEarlyRead('another-id')).toBeNull();
    startEarlyRead('some-id');
    expect(takeEarlyRead('some-id')).not.toBeNull();
    expect(takeEarlyRead('some-id')).toBeNull();
  });
});

import 'fake-indexeddb/auto';
import { IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { RollbookDatabase } from '../../src/persistence/database';
import { createPlaybookRepository } from '../../src/persistence/playbookRepository';
import { example, freshRepository, value } from './helpers';

const renamed = (playbook: Playbook, name: string): Playbook => ({ ...playbook, name });

/**
 * Makes every add/put on one table fail inside IndexedDB's transaction, like a disk error would,
 * once `failing.on` is set (a DBCore middleware must be registered before the database opens).
 */
function failWritesTo(db: RollbookDatabase, tableName: string, error: Error) {
  const failing = { on: false };
  db.use({
    stack: 'dbcore',
    name: `fail-${tableName}`,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: (request) =>
            failing.on && (request.type === 'add' || request.type === 'put')
              ? Promise.reject(error)
              : table.mutate(request),
        };
      },
    }),
  });
  return failing;
}

describe('every write is one transaction', () => {
  it('a failure while adding the revision leaves neither the draft, the revision nor the audit entry', async () => {
    const { db, repository } = freshRepository();
    const failing = failWritesTo(db, 'revisions', new DOMException('disk error', 'UnknownError'));
    const created = value(await repository.create(example()));
    const before = await db.playbooks.get(created.id);
    const loggedBefore = await db.audit.count(); // the 'created' entry
    failing.on = true;
    const result = await repository.saveVersion(created.id, {
      document: renamed(example(), 'Half written'),
      expectedVersion: 1,
      message: 'v1',
      author: 'dana',
    });
    expect(result.ok).toBe(false);
    // The draft put ran before the failing add; the abort rolled it back.
    expect(await db.playbooks.get(created.id)).toEqual(before);
    expect(await db.revisions.count()).toBe(0);
    expect(await db.audit.count()).toBe(loggedBefore);
  });

  it('a failure while adding the audit entry of an import leaves no playbook and no revision', async () => {
    const { db, repository } = freshRepository();
    failWritesTo(db, 'audit', new DOMException('disk error', 'UnknownError')).on = true;
    const result = await repository.importPlaybook(JSON.stringify(example()), { actor: 'dana' });
    expect(result.ok).toBe(false);
    expect(await db.playbooks.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);
  });
});

describe('storage errors are values', () => {
  it('a full disk comes back as quota-exceeded with "storage is full", and the stored draft is unchanged', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const put = vi
      .spyOn(db.playbooks, 'put')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await repository.saveDraft(created.id, renamed(example(), 'Too big'), 1);
    put.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota-exceeded', reason: 'storage is full' } });
    const stored = value(await repository.get(created.id));
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Minimal saga');
    expect(stored.status === 'ok' && stored.version).toBe(1);
  });

  it('a quota error reported as the inner error of an abort is still recognised', async () => {
    const { db, repository } = freshRepository();
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    const failing = failWritesTo(db, 'playbooks', abort);
    const created = value(await repository.create(example()));
    failing.on = true;
    const result = await repository.saveDraft(created.id, example(), 1);
    expect(!result.ok && result.error.kind).toBe('quota-exceeded');
  });

  it('a browser without usable IndexedDB gives an unavailable value, not an exception', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    };
    const db = new RollbookDatabase('no-idb', { indexedDB: refusing, IDBKeyRange: FakeKeyRange });
    const repository = createPlaybookRepository(db);
    const result = await repository.list();
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it('a closed connection (a newer version in another tab) gives a closed value', async () => {
    const { db, repository } = freshRepository();
    value(await repository.list());
    db.close({ disableAutoOpen: true });
    const result = await repository.list();
    expect(!result.ok && result.error.kind).toBe('closed');
  });
});

describe('quarantine: damaged records are kept and listed, never dropped', () => {
  it('a row whose text is not JSON is listed as damaged with its raw text, and writes over it are refused', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const row = (await db.playbooks.get(created.id))!;
    await db.playbooks.put({ ...row, documentText: '{"format": "rollbook.playbook", "nodes": [' });
    const [entry] = value(await repository.list());
    expect(entry).toMatchObject({ status: 'damaged', id: created.id, name: 'Minimal saga' });
    expect(entry?.status === 'damaged' && entry.rawJson).toBe('{"format": "rollbook.playbook", "nodes": [');
    expect(entry?.status === 'damaged' && entry.errors[0]?.message).toMatch(/JSON/);
    expect(value(await repository.getRawJson(created.id))).toBe('{"format": "rollbook.playbook", "nodes": [');
    expect((await db.playbooks.get(created.id))?.documentText).toContain('"nodes": [');
  });

  it('a row that lost its envelope fields is listed as damaged, and a draft write does not overwrite it', async () => {
    const { db, repository } = freshRepository();
    await db.playbooks.put({ id: 'odd', documentText: 'kept text' } as never);
    const [entry] = value(await repository.list());
    expect(entry).toMatchObject({ status: 'damaged', id: 'odd', rawJson: 'kept text' });
    const write = await repository.saveDraft('odd', example(), 1);
    expect(!write.ok && write.error.kind).toBe('damaged');
    expect(await db.playbooks.get('odd')).toEqual({ id: 'odd', documentText: 'kept text' });
  });

  it('a document in a newer format than this build is damaged with a message to update, and kept', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const row = (await db.playbooks.get(created.id))!;
    const future = JSON.stringify({ ...example(), schemaVersion: 99 });
    await db.playbooks.put({ ...row, documentText: future });
    const stored = value(await repository.get(created.id));
    expect(stored.status).toBe('damaged');
    expect(stored.status === 'damaged' && stored.errors[0]?.message).toMatch(/newer/);
    expect(stored.status === 'damaged' && stored.rawJson).toBe(future);
  });

  it('one damaged row does not hide the readable ones', async () => {
    const { db, repository } = freshRepository();
    const good = value(await repository.create(example()));
    await db.playbooks.put({ id: 'bad', name: 'Broken', documentText: 'null' } as never);
    const entries = value(await repository.list());
    expect(entries.map((entry) => [entry.id, entry.status]).sort()).toEqual([
      ['bad', 'damaged'],
      [good.id, 'ok'],
    ]);
  });
});

describe('an upgrade blocked by an older tab', () => {
  it('is reported as blocked instead of waiting silently', async () => {
    const name = `blocked-${Math.random().toString(36).slice(2)}`;
    // An "older tab": a connection at a lower version that ignores versionchange and stays open.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    older.onversionchange = () => {};
    const repository = createPlaybookRepository(new RollbookDatabase(name));
    const result = await repository.list();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'blocked', reason: 'storage is blocked by another tab' },
    });
    older.close();
  });
});

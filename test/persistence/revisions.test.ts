import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { example, freshRepository, value } from './helpers';

const renamed = (playbook: Playbook, name: string): Playbook => ({ ...playbook, name });

async function withTwoVersions() {
  const setup = freshRepository();
  const { repository } = setup;
  const created = value(await repository.create(example()));
  const first = value(
    await repository.saveVersion(created.id, {
      document: renamed(example(), 'First'),
      expectedVersion: 1,
      message: 'first cut',
      author: 'dana',
    }),
  );
  value(await repository.saveDraft(created.id, renamed(first.playbook, 'Draft edit'), first.version));
  const second = value(
    await repository.saveVersion(created.id, {
      document: renamed(first.playbook, 'Second'),
      expectedVersion: first.version + 1,
      message: '  ',
      author: 'sam',
    }),
  );
  return { ...setup, id: created.id, first, second };
}

describe('revisions', () => {
  it('"Save version" numbers revisions from the document revision up and lists them newest first', async () => {
    const { repository, id, first, second } = await withTwoVersions();
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(second.playbook.revision).toBe(2);
    const list = value(await repository.listRevisions(id));
    expect(list.map((revision) => [revision.revision, revision.author, revision.message])).toEqual([
      [2, 'sam', 'Saved version'],
      [1, 'dana', 'first cut'],
    ]);
    const [entry] = value(await repository.list());
    expect(entry?.status === 'ok' && entry.revision).toBe(2);
  });

  it('a saved revision is immutable: later drafts and restores leave its document as saved', async () => {
    const { repository, db, id, second } = await withTwoVersions();
    value(await repository.restoreRevision(id, 1, { expectedVersion: second.version, actor: 'dana' }));
    const one = value(await repository.getRevision(id, 1));
    expect(one.status === 'ok' && one.playbook.name).toBe('First');
    // The store itself refuses a second write of the same revision key.
    const row = (await db.revisions.get([id, 1]))!;
    await expect(db.revisions.add({ ...row, message: 'rewritten' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect((await db.revisions.get([id, 1]))?.message).toBe('first cut');
  });

  it('a revision carries the content hash of its document', async () => {
    const { repository, id, second } = await withTwoVersions();
    const two = value(await repository.getRevision(id, 2));
    expect(two.contentHash).toBe(second.contentHash);
  });

  it('restoring a revision makes it the draft, returns the previous draft for undo, and is logged', async () => {
    const { repository, id, second } = await withTwoVersions();
    const restored = value(
      await repository.restoreRevision(id, 1, { expectedVersion: second.version, actor: 'dana' }),
    );
    expect(restored.playbook.name).toBe('First');
    expect(JSON.parse(restored.previousDocumentText).name).toBe('Second');
    const draft = value(await repository.get(id));
    expect(draft.status === 'ok' && draft.playbook.name).toBe('First');
    const log = value(await repository.auditLog(id));
    expect(log.map((entry) => entry.action)).toEqual([
      'created',
      'saved-version',
      'saved-version',
      'restored',
    ]);
    expect(log[3]?.detail).toBe('Restored revision 1 as the draft');
  });

  it('restoring from a stale tab is refused as a conflict', async () => {
    const { repository, id, first } = await withTwoVersions();
    const stale = await repository.restoreRevision(id, 1, { expectedVersion: first.version, actor: 'dana' });
    expect(!stale.ok && stale.error.kind).toBe('conflict');
  });

  it('a revision that was never saved is a not-found value', async () => {
    const { repository, id } = await withTwoVersions();
    const missing = await repository.getRevision(id, 9);
    expect(!missing.ok && missing.error.message).toBe('Revision 9 is not saved.');
  });
});

describe('audit log', () => {
  it('the chain of saves and restores verifies', async () => {
    const { repository, id, second } = await withTwoVersions();
    value(await repository.restoreRevision(id, 1, { expectedVersion: second.version, actor: 'dana' }));
    const verification = value(await repository.verifyAudit(id));
    expect(verification).toMatchObject({ ok: true, entries: 4 });
  });

  it('an entry altered in storage breaks verification at that entry', async () => {
    const { repository, db, id } = await withTwoVersions();
    const row = (await db.audit.get([id, 0]))!;
    await db.audit.put({ ...row, actor: 'mallory' });
    const verification = value(await repository.verifyAudit(id));
    expect(verification).toMatchObject({ ok: false, index: 0, break: 'hash' });
  });

  it('each log belongs to its own playbook', async () => {
    const { repository, id } = await withTwoVersions();
    const other = value(await repository.importPlaybook(JSON.stringify(example()), { actor: 'sam' }));
    expect(value(await repository.auditLog(other.id)).map((entry) => entry.seq)).toEqual([0]);
    expect(value(await repository.auditLog(id)).map((entry) => entry.seq)).toEqual([0, 1, 2]);
  });

  it('entries appended from two tabs form one chain that verifies', async () => {
    const { repository, db, id, second } = await withTwoVersions();
    // Another tab (same database) appends between this tab's read of the head and its write.
    const otherTab = (await import('../../src/persistence/playbookRepository')).createPlaybookRepository(db, {
      tabId: 'tab-b',
    });
    value(await otherTab.restoreRevision(id, 2, { expectedVersion: second.version, actor: 'sam' }));
    const saved = value(
      await repository.saveVersion(id, {
        document: renamed(example(), 'Third'),
        expectedVersion: second.version + 1,
        message: 'third',
        author: 'dana',
      }),
    );
    expect(saved.revision).toBe(3);
    expect(value(await repository.verifyAudit(id))).toMatchObject({ ok: true, entries: 5 });
  });
});

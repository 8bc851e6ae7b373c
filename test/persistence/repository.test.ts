import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { example, exampleText, freshRepository, value } from './helpers';

function renamed(playbook: Playbook, name: string): Playbook {
  return { ...playbook, name };
}

describe('playbook repository: drafts', () => {
  it('a created playbook opens with the same document and is listed with its summary', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const opened = value(await repository.get(created.id));
    expect(opened.status).toBe('ok');
    if (opened.status !== 'ok') return;
    expect(opened.playbook).toEqual(example());
    expect(opened.version).toBe(1);
    const [entry] = value(await repository.list());
    expect(entry).toMatchObject({ status: 'ok', id: created.id, name: 'Minimal saga', revision: 1 });
    if (entry?.status !== 'ok') return;
    expect(entry.summary.valid).toBe(true);
    expect(entry.summary.nodeCount).toBe(example().nodes.length);
    expect(entry.summary.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a draft write raises the version and the next read returns the written document', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const saved = value(await repository.saveDraft(created.id, renamed(example(), 'Edited'), 1));
    expect(saved.version).toBe(2);
    const opened = value(await repository.get(created.id));
    expect(opened.status === 'ok' && opened.playbook.name).toBe('Edited');
  });

  it('a stale writer is refused with a conflict and the newer draft is kept', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    // Two tabs opened version 1; tab A saves first.
    value(await repository.saveDraft(created.id, renamed(example(), 'From tab A'), 1));
    const stale = await repository.saveDraft(created.id, renamed(example(), 'From tab B'), 1);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error).toMatchObject({ kind: 'conflict', storedVersion: 2, lastWriter: 'tab-a' });
    const opened = value(await repository.get(created.id));
    expect(opened.status === 'ok' && opened.playbook.name).toBe('From tab A');
  });

  it('a draft whose references are broken mid-edit opens with its problems instead of being damaged', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const broken: Playbook = {
      ...example(),
      edges: [...example().edges, { id: 'dangling', kind: 'next', source: 'start', target: 'nowhere' }],
    };
    value(await repository.saveDraft(created.id, broken, 1));
    const opened = value(await repository.get(created.id));
    expect(opened.status).toBe('ok');
    if (opened.status !== 'ok') return;
    expect(opened.problems.length).toBeGreaterThan(0);
    const [entry] = value(await repository.list());
    expect(entry?.status === 'ok' && entry.summary.valid).toBe(false);
  });

  it('a draft with approvals is summarized with its content hash and approval status', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const approved: Playbook = {
      ...example(),
      review: {
        approvals: [
          {
            reviewer: 'sam',
            role: 'ops',
            decision: 'approved',
            at: '2025-07-02T10:00:00Z',
            contentHash: `sha256:${'0'.repeat(64)}`,
          },
        ],
      },
    };
    value(await repository.saveDraft(created.id, approved, 1));
    const [entry] = value(await repository.list());
    expect(entry?.status === 'ok' && entry.summary.contentHash).toMatch(/^sha256:/);
    expect(entry?.status === 'ok' && entry.summary.approval).toEqual({
      approved: false,
      counting: 0,
      required: 1,
    });
  });

  it('a draft written with the caller’s problem count is summarized with it', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    value(await repository.saveDraft(created.id, example(), 1, { problemCount: 2 }));
    const [entry] = value(await repository.list());
    expect(entry?.status === 'ok' && [entry.summary.valid, entry.summary.problemCount]).toEqual([false, 2]);
  });

  it('writing to a playbook that is not stored is a not-found value', async () => {
    const { repository } = freshRepository();
    const result = await repository.saveDraft('missing', example(), 1);
    expect(result.ok || result.error.kind).toBe('not-found');
  });
});

describe('playbook repository: import', () => {
  it('an imported file becomes an entry whose first revision is the file, logged as imported', async () => {
    const { repository } = freshRepository();
    const imported = value(
      await repository.importPlaybook(exampleText(), { actor: 'dana', fileName: 'saga.json' }),
    );
    const revisions = value(await repository.listRevisions(imported.id));
    expect(revisions.map((revision) => revision.revision)).toEqual([1]);
    expect(revisions[0]?.message).toBe('Imported from saga.json');
    const log = value(await repository.auditLog(imported.id));
    expect(log.map((entry) => entry.action)).toEqual(['imported']);
  });

  it('an invalid file is refused with its JSON Pointer and nothing is stored', async () => {
    const { repository } = freshRepository();
    const bad = JSON.stringify({ ...JSON.parse(exampleText()), nodes: 'not a list' });
    const result = await repository.importPlaybook(bad, { actor: 'dana' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.kind === 'invalid' && result.error.errors[0]?.path).toBe('/nodes');
    expect(value(await repository.list())).toEqual([]);
  });

  it('text that is not JSON is refused with a line and column', async () => {
    const { repository } = freshRepository();
    const result = await repository.importPlaybook('{"format": ', { actor: 'dana' });
    expect(!result.ok && result.error.message).toMatch(/JSON/);
  });
});

describe('playbook repository: delete with undo, fork', () => {
  it('a deleted playbook leaves the library for the trash and undo brings it back', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    value(await repository.delete(created.id));
    expect(value(await repository.list())).toEqual([]);
    expect(value(await repository.listTrash()).map((entry) => entry.id)).toEqual([created.id]);
    value(await repository.undoDelete(created.id));
    expect(value(await repository.list()).map((entry) => entry.id)).toEqual([created.id]);
    expect(value(await repository.listTrash())).toEqual([]);
  });

  it('trash older than 30 days is purged with its revisions; its audit log stays, with a tombstone, and verifies', async () => {
    const { repository, clock, db } = freshRepository();
    const old = value(await repository.importPlaybook(exampleText(), { actor: 'dana' }));
    const recent = value(await repository.create(example()));
    value(await repository.delete(old.id, { actor: 'dana' }));
    clock.advance(20 * 24 * 3600 * 1000);
    value(await repository.delete(recent.id));
    clock.advance(11 * 24 * 3600 * 1000);
    expect(value(await repository.purgeTrash()).purged).toEqual([old.id]);
    expect(await db.playbooks.get(old.id)).toBeUndefined();
    expect(await db.revisions.where('playbookId').equals(old.id).count()).toBe(0);
    const log = value(await repository.auditLog(old.id));
    expect(log.map((entry) => entry.action)).toEqual(['imported', 'deleted']);
    expect(value(await repository.verifyAudit(old.id)).ok).toBe(true);
    const tombstone = await db.tombstones.get(old.id);
    expect(tombstone).toMatchObject({ name: 'Minimal saga', lastAuditHash: log.at(-1)?.hash });
    expect(value(await repository.listTrash()).map((entry) => entry.id)).toEqual([recent.id]);
  });

  it('a fork from an in-memory document keeps both: the stored draft and a named copy', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    value(await repository.saveDraft(created.id, renamed(example(), 'Theirs'), 1));
    const fork = value(await repository.fork(created.id, { document: renamed(example(), 'Mine') }));
    expect(fork.id).not.toBe(created.id);
    expect(fork.name).toBe('Mine (copy)');
    const names = value(await repository.list()).map((entry) => entry.name);
    expect(names.sort()).toEqual(['Mine (copy)', 'Theirs']);
  });
});

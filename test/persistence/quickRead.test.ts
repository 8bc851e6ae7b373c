import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { example, freshRepository, storeDraftWithProblems, value } from './helpers';

/** Issue 20, open fast: the designer draws a stored playbook from its quick read, then runs the full one. */
describe('the quick read of a stored playbook', () => {
  it('gives what the full read gives for a row the app wrote, and keeps the full read to confirm it', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example('order-fulfilment-rollback')));
    const { stored, verify } = value(await repository.peek(created.id));
    const full = value(await repository.get(created.id));
    expect(verify).not.toBeNull();
    expect(stored).toEqual(full);
    expect(verify!()).toEqual(full);
  });

  it('takes the full read at once for a row whose summary says its document has problems', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    await storeDraftWithProblems(db, created.id);
    const { stored, verify } = value(await repository.peek(created.id));
    expect(verify).toBeNull();
    expect(stored.status === 'ok' && stored.problems.map((problem) => problem.path)).toContain(
      '/edges/0/source',
    );
  });

  it('takes the full read at once for text in another format version, with unsafe keys, or not JSON', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const row = (await db.playbooks.get(created.id))!;
    const texts = [
      JSON.stringify({ ...example(), schemaVersion: 99 }),
      JSON.stringify(example()).replace('"nodes":[', '"nodes":[{"__proto__":{"polluted":true}},'),
      '{"format": "rollbook.playbook", "nodes": [',
    ];
    for (const documentText of texts) {
      await db.playbooks.put({ ...row, documentText });
      const { stored, verify } = value(await repository.peek(created.id));
      expect(verify).toBeNull();
      expect(stored.status).toBe('damaged');
    }
  });

  it('takes the full read at once for a row whose envelope lost a field', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const { lastWriter: _lastWriter, ...row } = (await db.playbooks.get(created.id))!;
    await db.playbooks.put(row as never);
    const { stored, verify } = value(await repository.peek(created.id));
    expect(verify).toBeNull();
    expect(stored.status).toBe('damaged');
  });

  it('vouched for by a summary that lies, it is corrected by the full read it hands back', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const row = (await db.playbooks.get(created.id))!;
    const broken = { ...example(), edges: [{ id: 'x', source: 'nowhere', target: 'nowhere', kind: 'next' }] };
    await db.playbooks.put({ ...row, documentText: JSON.stringify(broken) }); // summary still "valid"
    const { stored, verify } = value(await repository.peek(created.id));
    expect(stored.status === 'ok' && stored.problems).toEqual([]);
    const full = verify!();
    expect(full.status === 'ok' && full.problems.map((problem) => problem.path)).toContain('/edges/0/source');
  });

  it('reports a playbook that is not there as not found', async () => {
    const { repository } = freshRepository();
    const read = await repository.peek('missing');
    expect(!read.ok && read.error.kind).toBe('not-found');
  });
});

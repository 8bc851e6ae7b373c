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

  it('takes the full read at once for text in another format version, with unsafe keys, not JSON, or a row whose envelope lost a field', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    const row = (await db.playbooks.get(created.id))!;
    const { lastWriter: _lastWriter, ...withoutWriter } = row;
    const rows = [
      { ...row, documentText: JSON.stringify({ ...example(), schemaVersion: 99 }) },
      {
        ...row,
        documentText: JSON.stringify(example()).replace(
          '"nodes":[',
          '"nodes":[{"__proto__":{"polluted":true}},',
        ),
      },
      { ...row, documentText: '{"format": "rollbook.playbook", "nodes": [' },
      withoutWriter,
    ];
    for (const stored of rows) {
      await db.playbooks.put(stored as never);
      const read = value(await repository.peek(created.id));
      expect(read.verify).toBeNull();
      expect(read.stored.status).toBe('damaged');
    }
  });

  it('vouched for by a summary that lies, it is corrected by the full read it hands back', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    await storeDraftWithProblems(db, created.id, { summarySaysValid: true }); // a summary that lies
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

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/review/contentHash';
import { example, exampleText, freshRepository, value } from './helpers';

const actions = async (repository: ReturnType<typeof freshRepository>['repository'], id: string) =>
  value(await repository.auditLog(id)).map((entry) => `${entry.action} by ${entry.actor}`);

describe('the audit log records every lifecycle action', () => {
  it('a created playbook starts its log with "created", naming who and what it was made from', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example(), { actor: 'dana', detail: 'Blank playbook' }));
    const [entry] = value(await repository.auditLog(created.id));
    expect(entry).toMatchObject({ seq: 0, action: 'created', actor: 'dana', detail: 'Blank playbook' });
    expect(entry?.contentHash).toBe(await contentHash(example()));
  });

  it('a duplicate starts its own log with "forked", naming the original', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example(), { actor: 'dana' }));
    const copy = value(await repository.fork(created.id, { actor: 'sam' }));
    const [entry] = value(await repository.auditLog(copy.id));
    expect(entry).toMatchObject({ action: 'forked', actor: 'sam', detail: 'Copy of "Minimal saga"' });
    expect(await actions(repository, created.id)).toEqual(['created by dana']);
  });

  it('delete and restore from the trash are logged, and the chain still verifies', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example(), { actor: 'dana' }));
    value(await repository.delete(created.id, { actor: 'dana' }));
    expect(value(await repository.listTrash()).map((entry) => entry.id)).toEqual([created.id]);
    value(await repository.undoDelete(created.id, { actor: 'sam' }));
    expect(await actions(repository, created.id)).toEqual([
      'created by dana',
      'deleted by dana',
      'undeleted by sam',
    ]);
    expect(value(await repository.verifyAudit(created.id))).toMatchObject({ ok: true, entries: 3 });
  });

  it('a damaged row can still be deleted and logged, named by the hash of its stored text', async () => {
    const { repository, db } = freshRepository();
    const created = value(await repository.importPlaybook(exampleText(), { actor: 'dana' }));
    const row = (await db.playbooks.get(created.id))!;
    const { contentHash: _hash, ...summary } = row.summary;
    await db.playbooks.put({ ...row, documentText: '{"not": "a playbook"}', summary });
    value(await repository.delete(created.id, { actor: 'dana' }));
    const log = value(await repository.auditLog(created.id));
    expect(log.at(-1)).toMatchObject({ action: 'deleted', contentHash: expect.stringMatching(/^sha256:/) });
    expect(value(await repository.verifyAudit(created.id)).ok).toBe(true);
  });

  it('deleting a playbook that is not there is a not-found value and logs nothing', async () => {
    const { repository } = freshRepository();
    const result = await repository.delete('missing');
    expect(!result.ok && result.error.kind).toBe('not-found');
    expect(value(await repository.auditLog('missing'))).toEqual([]);
  });
});

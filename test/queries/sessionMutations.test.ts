import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ApprovalRecord, Playbook } from '../../src/domain/types';
import { createAutosave } from '../../src/persistence/autosave';
import { createDraftWriter } from '../../src/persistence/draftWriter';
import { libraryMutations } from '../../src/queries/libraryMutations';
import { draftSaved, openPlaybookMutations } from '../../src/queries/openPlaybookMutations';
import { playbookKeys } from '../../src/queries/playbookKeys';
import { playbookQueries } from '../../src/queries/playbookQueries';
import { runMutation } from '../../src/queries/runMutation';
import { contentHash } from '../../src/review';
import { manualClock } from '../persistence/fakeClock';
import { example, freshRepository, value } from '../persistence/helpers';

function setup() {
  const { repository } = freshRepository();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;
  const cachedName = (id: string) => {
    const cached = client.getQueryData(playbookQueries(repository).detail(id).queryKey);
    return cached?.status === 'ok' ? cached.playbook.name : null;
  };
  return {
    repository,
    client,
    queries: playbookQueries(repository),
    mutations: { ...libraryMutations(repository), ...openPlaybookMutations(repository) },
    invalidated,
    cachedName,
  };
}

describe('running a mutation outside a component', () => {
  it('answers with the value, and the mutation is in the cache like useMutation’s', async () => {
    const { client, mutations } = setup();
    const created = await runMutation(client, mutations.create(), { document: example(), actor: 'dana' });
    expect(created.ok && created.value.name).toBe(example().name);
    expect(
      client
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.options.mutationKey),
    ).toEqual([[...playbookKeys.all, 'create']]);
  });

  it('answers a refused write with the repository’s error value, not a rejection', async () => {
    const { client, mutations, repository } = setup();
    const created = value(await repository.create(example()));
    value(await repository.saveDraft(created.id, example(), created.version));
    const stale = await runMutation(client, mutations.saveVersion(), {
      id: created.id,
      document: example(),
      expectedVersion: created.version,
      message: 'late',
      author: 'dana',
    });
    expect(stale.ok ? null : stale.error.kind).toBe('conflict');
  });
});

describe('writes of the open playbook keep the cache true to what was saved', () => {
  it('saving a version puts the raised revision in the detail cache', async () => {
    const { client, mutations, queries, repository } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    const saved = value(
      await runMutation(client, mutations.saveVersion(), {
        id: created.id,
        document: example(),
        expectedVersion: created.version,
        message: 'first',
        author: 'dana',
      }),
    );
    const cached = client.getQueryData(queries.detail(created.id).queryKey);
    expect(cached?.status === 'ok' && [cached.version, cached.revision]).toEqual([
      saved.version,
      saved.revision,
    ]);
  });

  it('an autosaved draft (draftSaved) updates the detail and marks the lists stale', async () => {
    const { client, queries, repository, invalidated, cachedName } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    await client.fetchQuery(queries.library());
    const writer = createDraftWriter(repository, created.id, created.version, {
      onSaved: (saved, document) => void draftSaved(client, created.id, document, saved),
    });
    value(await writer.write({ ...example(), name: 'Autosaved' }));
    expect(cachedName(created.id)).toBe('Autosaved');
    expect(invalidated(playbookKeys.library())).toBe(true);
  });

  it('a review decision writes the detail and marks that playbook’s audit log stale', async () => {
    const { client, queries, mutations, repository, invalidated, cachedName } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    await client.fetchQuery(queries.audit(created.id));
    const record: ApprovalRecord = {
      reviewer: 'sam',
      role: 'sre',
      decision: 'approved',
      at: '2025-07-02T10:00:00Z',
      contentHash: await contentHash(created.playbook),
    };
    const document: Playbook = { ...created.playbook, name: 'Approved', review: { approvals: [record] } };
    value(
      await runMutation(client, mutations.recordReview(), {
        id: created.id,
        document,
        expectedVersion: created.version,
        record,
      }),
    );
    expect(cachedName(created.id)).toBe('Approved');
    expect(invalidated(playbookKeys.audit(created.id))).toBe(true);
  });

  it('an export log marks the audit log and its chain check stale, not the detail', async () => {
    const { client, queries, mutations, repository, invalidated } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    await client.fetchQuery(queries.auditVerification(created.id));
    const entry = value(
      await runMutation(client, mutations.logExport(), { id: created.id, actor: 'dana', format: 'bpmn' }),
    );
    expect(entry?.action).toBe('exported');
    expect(invalidated(playbookKeys.auditVerification(created.id))).toBe(true);
    expect(invalidated(playbookKeys.detail(created.id))).toBe(false);
    const verification = await client.fetchQuery(queries.auditVerification(created.id));
    expect(verification.ok).toBe(true);
  });

  it('resolving a conflict by reloading marks the playbook’s detail stale and adopts the stored version', async () => {
    const { client, queries, mutations, repository, invalidated } = setup();
    const created = value(await repository.create(example()));
    const other = value(await repository.saveDraft(created.id, { ...example(), name: 'Other tab' }, 1));
    await client.fetchQuery(queries.revisions(created.id));
    const writer = createDraftWriter(repository, created.id, created.version);
    const autosave = createAutosave<Playbook>({ write: writer.write, clock: manualClock().clock });
    const resolved = value(
      await runMutation(client, mutations.resolveConflict(), {
        choice: 'reload',
        playbookId: created.id,
        writer,
        autosave,
        localDocument: example(),
        storedVersion: other.version,
      }),
    );
    expect(resolved.choice === 'reload' && resolved.document.playbook.name).toBe('Other tab');
    expect(writer.version()).toBe(other.version);
    expect(invalidated(playbookKeys.revisions(created.id))).toBe(true);
  });
});

import 'fake-indexeddb/auto';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { invalidateForTabMessage, libraryMutations } from '../../src/queries/libraryMutations';
import { openPlaybookMutations } from '../../src/queries/openPlaybookMutations';
import { playbookKeys } from '../../src/queries/playbookKeys';
import { playbookQueries } from '../../src/queries/playbookQueries';
import { repositoryErrorOf } from '../../src/queries/repositoryFailure';
import { example, freshRepository, value } from '../persistence/helpers';

const renamed = (playbook: Playbook, name: string): Playbook => ({ ...playbook, name });

function setup() {
  const { repository, db, clock } = freshRepository();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const queries = playbookQueries(repository);
  const mutations = { ...libraryMutations(repository), ...openPlaybookMutations(repository) };
  const run = <TData, TVariables>(options: object, variables: TVariables) =>
    new MutationObserver<TData, Error, TVariables>(client, options as never).mutate(variables);
  const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;
  return { repository, db, clock, client, queries, mutations, run, invalidated };
}

describe('playbook query keys', () => {
  it('nest so that one invalidation covers what lies below it', () => {
    expect(playbookKeys.revision('a', 2).slice(0, playbookKeys.detail('a').length)).toEqual(
      playbookKeys.detail('a'),
    );
    expect(playbookKeys.audit('a').slice(0, playbookKeys.detail('a').length)).toEqual(
      playbookKeys.detail('a'),
    );
    expect(playbookKeys.trash().slice(0, playbookKeys.lists().length)).toEqual(playbookKeys.lists());
    expect(playbookKeys.detail('a')).not.toEqual(playbookKeys.detail('b'));
  });
});

describe('playbook queries and mutations', () => {
  it('the library query lists what the repository stores', async () => {
    const { repository, client, queries } = setup();
    const created = value(await repository.create(example()));
    const library = await client.fetchQuery(queries.library());
    expect(library.map((entry) => entry.id)).toEqual([created.id]);
  });

  it('creating a playbook invalidates the lists and nothing else', async () => {
    const { client, queries, mutations, run, invalidated, repository } = setup();
    const existing = value(await repository.create(example()));
    await client.fetchQuery(queries.library());
    await client.fetchQuery(queries.detail(existing.id));
    await run(mutations.create(), { document: example(), actor: 'dana' });
    expect(invalidated(playbookKeys.library())).toBe(true);
    expect(invalidated(playbookKeys.detail(existing.id))).toBe(false);
  });

  it('a draft write puts the saved document in the detail cache without reading it back', async () => {
    const { client, queries, mutations, run, repository, invalidated } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.library());
    await client.fetchQuery(queries.detail(created.id));
    const get = vi.spyOn(repository, 'get');
    await run(mutations.saveDraft(), {
      id: created.id,
      document: renamed(example(), 'Saved'),
      expectedVersion: 1,
    });
    const cached = client.getQueryData(queries.detail(created.id).queryKey);
    expect(cached?.status === 'ok' && [cached.playbook.name, cached.version]).toEqual(['Saved', 2]);
    expect(get).not.toHaveBeenCalled();
    expect(invalidated(playbookKeys.library())).toBe(true);
  });

  it('saving a version invalidates that playbook’s revisions and audit log, not another’s', async () => {
    const { client, queries, mutations, run, repository, invalidated } = setup();
    const one = value(await repository.create(example()));
    const two = value(await repository.create(example()));
    await client.fetchQuery(queries.revisions(one.id));
    await client.fetchQuery(queries.audit(one.id));
    await client.fetchQuery(queries.revisions(two.id));
    await run(mutations.saveVersion(), {
      id: one.id,
      document: example(),
      expectedVersion: 1,
      message: 'first',
      author: 'dana',
    });
    expect(invalidated(playbookKeys.revisions(one.id))).toBe(true);
    expect(invalidated(playbookKeys.audit(one.id))).toBe(true);
    expect(invalidated(playbookKeys.revisions(two.id))).toBe(false);
    const revisions = await client.fetchQuery(queries.revisions(one.id));
    expect(revisions.map((revision) => revision.revision)).toEqual([1]);
  });

  it('a delete and its undo mark the library, the trash and that playbook’s audit log stale', async () => {
    const { client, queries, mutations, run, repository, invalidated } = setup();
    const one = value(await repository.create(example()));
    const two = value(await repository.create(example()));
    const fetchAll = async () => {
      await client.fetchQuery(queries.library());
      await client.fetchQuery(queries.trash());
      await client.fetchQuery(queries.audit(one.id));
      await client.fetchQuery(queries.audit(two.id));
    };
    await fetchAll();
    await run(mutations.remove(), { id: one.id, actor: 'dana' });
    expect(invalidated(playbookKeys.library())).toBe(true);
    expect(invalidated(playbookKeys.trash())).toBe(true);
    expect(invalidated(playbookKeys.audit(one.id))).toBe(true);
    expect(invalidated(playbookKeys.audit(two.id))).toBe(false);
    await fetchAll();
    await run(mutations.undoRemove(), { id: one.id, actor: 'dana' });
    expect(invalidated(playbookKeys.library())).toBe(true);
    expect(invalidated(playbookKeys.audit(one.id))).toBe(true);
    expect(invalidated(playbookKeys.audit(two.id))).toBe(false);
  });

  it('a refused write rejects with the repository error value, readable by the toolbar', async () => {
    const { mutations, run, repository } = setup();
    const created = value(await repository.create(example()));
    value(await repository.saveDraft(created.id, example(), 1));
    const failure = await run(mutations.saveDraft(), {
      id: created.id,
      document: example(),
      expectedVersion: 1,
    }).catch((error: unknown) => error);
    expect(repositoryErrorOf(failure)).toMatchObject({ kind: 'conflict', reason: 'changed in another tab' });
  });

  it('another tab’s save marks that playbook’s detail (with its revisions) and the lists stale', async () => {
    const { client, queries, repository, invalidated } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    await client.fetchQuery(queries.revisions(created.id));
    await client.fetchQuery(queries.library());
    await invalidateForTabMessage(client, {
      type: 'saved',
      playbookId: created.id,
      version: 2,
      tabId: 'tab-b',
      at: '2025-07-01T09:00:00.000Z',
    });
    expect(invalidated(playbookKeys.detail(created.id))).toBe(true);
    expect(invalidated(playbookKeys.revisions(created.id))).toBe(true);
    expect(invalidated(playbookKeys.library())).toBe(true);
  });

  it('purging the trash drops the purged playbooks’ details from the cache', async () => {
    const { client, queries, mutations, run, repository, clock } = setup();
    const created = value(await repository.create(example()));
    await client.fetchQuery(queries.detail(created.id));
    value(await repository.delete(created.id));
    clock.advance(31 * 24 * 3600 * 1000);
    await run(mutations.purgeTrash(), undefined);
    expect(client.getQueryData(playbookKeys.detail(created.id))).toBeUndefined();
  });
});

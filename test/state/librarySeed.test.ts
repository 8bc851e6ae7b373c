import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_KEY, seedExamplesOnFirstRun } from '../../src/state/librarySeed';
import { example, freshRepository, value } from '../persistence/helpers';

/** A Map-backed localStorage, as the browser has one and Node does not. */
function installLocalStorage() {
  const items = new Map<string, string>();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, text: string) => items.set(key, String(text)),
      removeItem: (key: string) => items.delete(key),
    },
  });
  return items;
}

describe('the examples offered on a first start', () => {
  let storage: Map<string, string>;
  beforeEach(() => {
    storage = installLocalStorage();
  });

  it('puts the three examples into an empty library, each a valid playbook', async () => {
    const { repository } = freshRepository();
    expect(await seedExamplesOnFirstRun(repository)).toBe(3);
    const names = value(await repository.list()).map((entry) => entry.name);
    expect(names.sort()).toEqual([
      'Merge duplicate CRM contacts',
      'Minimal saga',
      'Order fulfilment rollback',
    ]);
    expect(storage.get(SEED_KEY)).toBe('done');
  });

  it('never seeds twice, even after the examples were deleted', async () => {
    const { repository } = freshRepository();
    await seedExamplesOnFirstRun(repository);
    for (const entry of value(await repository.list())) value(await repository.delete(entry.id));
    expect(await seedExamplesOnFirstRun(repository)).toBe(0);
    expect(value(await repository.list())).toEqual([]);
  });

  it('leaves a library that already holds playbooks alone', async () => {
    const { repository } = freshRepository();
    value(await repository.create(example('minimal-saga')));
    expect(await seedExamplesOnFirstRun(repository)).toBe(0);
    expect(value(await repository.list())).toHaveLength(1);
    expect(storage.get(SEED_KEY)).toBe('had-playbooks');
  });

  it('does not seed when a test asked for an empty library', async () => {
    const { repository } = freshRepository();
    storage.set(SEED_KEY, 'off');
    expect(await seedExamplesOnFirstRun(repository)).toBe(0);
    expect(value(await repository.list())).toEqual([]);
  });
});

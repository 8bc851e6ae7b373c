import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as parse from '../../src/domain/parse';
import { example, freshRepository, storeDraftWithProblems, value } from './helpers';

// Counts the full reads: the list must not run one for a row whose summary vouches for it.
vi.mock('../../src/domain/parse', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/parse')>();
  return { ...actual, parsePlaybook: vi.fn(actual.parsePlaybook) };
});

/** Issue 20: the library lists its rows from the quick read, as the designer draws them. */
describe('the library list', () => {
  it('runs no full read for rows the app wrote, and one for a row its summary does not vouch for', async () => {
    const { db, repository } = freshRepository();
    const first = value(await repository.create(example()));
    const second = value(await repository.create(example('order-fulfilment-rollback')));
    const parsePlaybook = vi.mocked(parse.parsePlaybook);

    parsePlaybook.mockClear();
    const listed = value(await repository.list());
    expect(listed.map((entry) => [entry.id, entry.status]).sort()).toEqual(
      [
        [first.id, 'ok'],
        [second.id, 'ok'],
      ].sort(),
    );
    expect(parsePlaybook).not.toHaveBeenCalled();

    // A draft whose summary records problems is read in full, and still listed as readable.
    await storeDraftWithProblems(db, second.id);
    parsePlaybook.mockClear();
    const again = value(await repository.list());
    expect(parsePlaybook).toHaveBeenCalledTimes(1);
    expect(again.find((entry) => entry.id === second.id)?.status).toBe('ok');
    // Rows that do not vouch for themselves, damaged ones included, keep the full read's
    // quarantine: test/persistence/integrity.test.ts.
  });
});

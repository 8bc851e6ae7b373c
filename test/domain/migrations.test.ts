import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration, migrate } from '../../src/domain';
import { rawExample } from '../fixtures/examples';

describe('the migration chain', () => {
  it('has version 1 as the current format, with no migrations yet', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('passes a current document through unchanged', () => {
    const doc = rawExample('minimal-saga');
    const result = migrate(doc);
    expect(result).toEqual({ ok: true, document: doc, applied: [] });
  });

  it('refuses a newer schemaVersion with a message that says so', () => {
    const result = migrate({ ...rawExample('minimal-saga'), schemaVersion: 999 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({
      path: '/schemaVersion',
      message: expect.stringMatching(/version 999, newer than the version 1/),
    });
  });

  it('applies named migrations in order, each raising the version by one', () => {
    // A hypothetical chain to v3, to prove the mechanism; real ones get frozen fixtures.
    const chain: Migration[] = [
      { id: 'v1-rename-owner', from: 1, up: (d) => ({ ...d, renamed: true }) },
      { id: 'v2-add-flag', from: 2, up: (d) => ({ ...d, flag: (d.renamed as boolean) && 'yes' }) },
    ];
    const result = migrate({ schemaVersion: 1 }, chain);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, renamed: true, flag: 'yes' },
      applied: ['v1-rename-owner', 'v2-add-flag'],
    });
  });

  it('refuses what is not a JSON object', () => {
    for (const input of [null, [], 'playbook', 42]) expect(migrate(input).ok).toBe(false);
  });
});

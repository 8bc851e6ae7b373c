import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraftWriter } from '../../src/persistence/draftWriter';
import { example, freshRepository, value } from './helpers';

describe('the library summary written with a draft', () => {
  it('takes the lint counts the caller already has instead of running the linter', async () => {
    let linted = 0;
    const { db, repository } = freshRepository({
      lint: () => {
        linted += 1;
        return { errors: 9, warnings: 9 };
      },
    });
    const created = value(await repository.create(example()));
    linted = 0;
    value(
      await repository.saveDraft(created.id, example(), created.version, {
        lint: { errors: 1, warnings: 2 },
      }),
    );
    expect(linted).toBe(0);
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 1, warnings: 2 });
  });

  it('runs the linter when no counts are given', async () => {
    let linted = 0;
    const { db, repository } = freshRepository({
      lint: () => {
        linted += 1;
        return { errors: 0, warnings: 3 };
      },
    });
    const created = value(await repository.create(example()));
    linted = 0;
    value(await repository.saveDraft(created.id, example(), created.version));
    expect(linted).toBe(1);
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 0, warnings: 3 });
  });

  it('awaits a linter that answers asynchronously (the app loads its linter on the first write)', async () => {
    const { db, repository } = freshRepository({
      lint: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { errors: 2, warnings: 1 };
      },
    });
    const created = value(await repository.create(example()));
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 2, warnings: 1 });
    value(await repository.saveDraft(created.id, example(), created.version));
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 2, warnings: 1 });
  });

  it('saves a draft the linter cannot summarize, without lint counts', async () => {
    const { db, repository } = freshRepository({ lint: () => undefined });
    const created = value(await repository.create(example()));
    value(await repository.saveDraft(created.id, example(), created.version));
    expect((await db.playbooks.get(created.id))?.summary.lint).toBeUndefined();
  });

  it('the draft writer passes its lint counts through, falling back to the linter when it has none', async () => {
    let linted = 0;
    const { db, repository } = freshRepository({
      lint: () => {
        linted += 1;
        return { errors: 5, warnings: 5 };
      },
    });
    const created = value(await repository.create(example()));
    const known = example();
    const writer = createDraftWriter(repository, created.id, created.version, {
      lintCounts: (document) => (document === known ? { errors: 0, warnings: 1 } : undefined),
    });
    linted = 0;
    value(await writer.write(known));
    expect(linted).toBe(0);
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 0, warnings: 1 });
    value(await writer.write(example()));
    expect(linted).toBe(1);
    expect((await db.playbooks.get(created.id))?.summary.lint).toEqual({ errors: 5, warnings: 5 });
  });
});

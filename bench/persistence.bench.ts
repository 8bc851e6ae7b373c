import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { lintPlaybook } from '../src/analysis';
import { parsePlaybook, serializePlaybook } from '../src/domain/parse';
import type { Playbook } from '../src/domain/types';
import { RollbookDatabase } from '../src/persistence/database';
import { loadPlaybookRecord } from '../src/persistence/loadRecord';
import { createPlaybookRepository } from '../src/persistence/playbookRepository';
import type { LintCounts } from '../src/persistence/repositoryContext';
import { contentHash } from '../src/review/contentHash';
import { generateValidationPlaybook } from './fixtures/validationPlaybook';

// 2 × 2496 + 8 = 5,000 nodes, the size for "saving a 5,000-node playbook".
const parsed = parsePlaybook(generateValidationPlaybook(2496));
if (!parsed.ok) throw new Error('benchmark playbook is invalid');
const playbook: Playbook = parsed.playbook;

/** The library's lint column as src/state/persistenceContext.ts computes it: the full linter. */
const lintCounts = (document: Playbook): LintCounts => {
  let errors = 0;
  let warnings = 0;
  for (const finding of lintPlaybook(document)) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warn') warnings += 1;
  }
  return { errors, warnings };
};
const storeLint = lintCounts(playbook);

async function openRepository(name: string, lint?: (document: Playbook) => LintCounts) {
  const repository = createPlaybookRepository(new RollbookDatabase(`bench-${name}-${Date.now()}`), {
    tabId: 'bench',
    ...(lint ? { lint } : {}),
  });
  const created = await repository.create(playbook);
  if (!created.ok) throw new Error(created.error.message);
  let version = created.value.version;
  let edits = 0;
  return async (hints?: { problemCount?: number; lint?: { errors: number; warnings: number } }) => {
    edits += 1;
    const result = await repository.saveDraft(
      created.value.id,
      { ...playbook, name: `Edit ${edits}` },
      version,
      hints,
    );
    if (!result.ok) throw new Error(result.error.message);
    version = result.value.version;
  };
}

const plain = await openRepository('plain');
const withLint = await openRepository('lint', lintCounts);

describe(`save a ${playbook.nodes.length}-node playbook (fake-indexeddb in Node; a browser's IndexedDB differs)`, () => {
  bench(
    'autosave as the app does it now: store’s problem count and lint counts as hints',
    async () => {
      await withLint({ problemCount: 0, lint: storeLint });
    },
    { time: 5000 },
  );

  bench(
    'autosave as it was: store’s problem count, full linter on the save path',
    async () => {
      await withLint({ problemCount: 0 });
    },
    { time: 5000 },
  );

  bench(
    'saveDraft computing everything itself (parse + lint)',
    async () => {
      await withLint();
    },
    { time: 5000 },
  );

  bench(
    'saveDraft without any lint summary, problem count given',
    async () => {
      await plain({ problemCount: 0 });
    },
    { time: 5000 },
  );

  bench('of which: lintPlaybook (the library’s lint column)', () => {
    lintPlaybook(playbook);
  });

  bench('of which: parsePlaybook (validity for the library summary)', () => {
    parsePlaybook(playbook);
  });

  bench('of which: contentHash (canonical JSON + SHA-256; drafts with approvals only)', async () => {
    await contentHash(playbook);
  });

  bench('of which: serializePlaybook (the stored JSON text)', () => {
    serializePlaybook(playbook);
  });
});

// The library's list (issue 20, fifth pass): ten 1,000-node playbooks, listed from the quick read
// (what `repository.list()` does) beside the full read of every row it did before, in one run.
const libraryDb = new RollbookDatabase(`bench-library-${Date.now()}`);
const library = createPlaybookRepository(libraryDb, { tabId: 'bench' });
const parsedLarge = parsePlaybook(generateValidationPlaybook(496));
if (!parsedLarge.ok) throw new Error('benchmark playbook is invalid');
for (let index = 0; index < 10; index++) {
  const created = await library.create({ ...parsedLarge.playbook, name: `Large ${index + 1}` });
  if (!created.ok) throw new Error(created.error.message);
}

describe(`list a library of ten ${parsedLarge.playbook.nodes.length}-node playbooks (fake-indexeddb in Node)`, () => {
  bench('list: the quick read of each row (repository.list)', async () => {
    const listed = await library.list();
    if (!listed.ok || listed.value.length !== 10) throw new Error('the library did not list');
  });
  bench('the full read of each row (what the list did before)', async () => {
    const rows: unknown[] = await libraryDb.playbooks.toArray();
    if (rows.map((row) => loadPlaybookRecord(row, 'row')).length !== 10) throw new Error('no rows');
  });
});

import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { parsePlaybook, serializePlaybook } from '../src/domain/parse';
import type { Playbook } from '../src/domain/types';
import { RollbookDatabase } from '../src/persistence/database';
import { createPlaybookRepository } from '../src/persistence/playbookRepository';
import { contentHash } from '../src/review/contentHash';
import { generateValidationPlaybook } from './fixtures/validationPlaybook';

// 2 × 2496 + 8 = 5,000 nodes, the size for "saving a 5,000-node playbook".
const parsed = parsePlaybook(generateValidationPlaybook(2496));
if (!parsed.ok) throw new Error('benchmark playbook is invalid');
const playbook: Playbook = parsed.playbook;

const repository = createPlaybookRepository(new RollbookDatabase(`bench-${Date.now()}`), { tabId: 'bench' });
const created = await repository.create(playbook);
if (!created.ok) throw new Error(created.error.message);
const id = created.value.id;
let version = created.value.version;
let edits = 0;

describe(`save a ${playbook.nodes.length}-node playbook (fake-indexeddb in Node; a browser's IndexedDB differs)`, () => {
  bench(
    'repository.saveDraft: summary (parse) + JSON + version-checked transaction',
    async () => {
      edits += 1;
      const result = await repository.saveDraft(id, { ...playbook, name: `Edit ${edits}` }, version);
      if (!result.ok) throw new Error(result.error.message);
      version = result.value.version;
    },
    { time: 5000 },
  );

  bench(
    'repository.saveDraft with the document store’s problem count (as autosave calls it)',
    async () => {
      edits += 1;
      const result = await repository.saveDraft(id, { ...playbook, name: `Edit ${edits}` }, version, {
        problemCount: 0,
      });
      if (!result.ok) throw new Error(result.error.message);
      version = result.value.version;
    },
    { time: 5000 },
  );

  bench('of which: parsePlaybook (validity for the library summary)', () => {
    parsePlaybook(playbook);
  });

  bench('of which: contentHash (canonical JSON + SHA-256)', async () => {
    await contentHash(playbook);
  });

  bench('of which: serializePlaybook (the stored JSON text)', () => {
    serializePlaybook(playbook);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parsePlaybook } from '../src/domain/parse';
import { generateValidationPlaybook } from './fixtures/validationPlaybook';

// 2 × 2496 + 8 = 5,000 nodes.
const document = generateValidationPlaybook(2496);
const nodeCount = (document.nodes as unknown[]).length;
const file = join(mkdtempSync(join(tmpdir(), 'rollbook-bench-')), 'generated.json');
writeFileSync(file, JSON.stringify(document));

const mustParse = (input: unknown) => {
  const result = parsePlaybook(input);
  if (!result.ok)
    throw new Error(`benchmark playbook is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
};

describe(`validate a generated ${nodeCount}-node playbook`, () => {
  bench('parsePlaybook in-process (schema + references + CEL)', () => mustParse(document), { time: 3000 });

  bench(
    'rollbook validate FILE: a whole CLI process, Node start-up included',
    () => {
      const run = spawnSync(process.execPath, ['dist-cli/rollbook.js', 'validate', file]);
      if (run.status !== 0) throw new Error(`rollbook validate exited ${run.status}: ${run.stderr}`);
    },
    { time: 5000, iterations: 10 },
  );
});

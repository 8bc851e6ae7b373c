import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { importWorkflow } from '../src/importers';

const read = (name: string) => readFileSync(`test/fixtures/importers/n8n/${name}.json`, 'utf8');
const large = read('large-60');
const realistic = read('realistic-30');

// Enough samples for a stable median on a shared machine; the warm-up lets the JIT settle first.
const OPTIONS = { warmupIterations: 20, iterations: 100, time: 0 };

// Issue 14's bar: a 60-node n8n workflow imports in under 100 ms (median). The whole path is
// measured: JSON text to a validated playbook and its report.
describe('import an n8n workflow (text to validated playbook and report)', () => {
  bench(
    '60 nodes (large-60.json)',
    () => {
      const outcome = importWorkflow(large);
      if (!outcome.ok) throw new Error(outcome.error.message);
    },
    OPTIONS,
  );
  bench(
    '30 nodes (realistic-30.json)',
    () => {
      const outcome = importWorkflow(realistic);
      if (!outcome.ok) throw new Error(outcome.error.message);
    },
    OPTIONS,
  );
});

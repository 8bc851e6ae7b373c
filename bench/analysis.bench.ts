import { bench, describe } from 'vitest';
import { lintPlaybook, rtoBudget } from '../src/analysis';
import { generateLargePlaybook } from './fixtures/large-playbook';

const playbook = generateLargePlaybook(500);

// The graph index is memoized per playbook object; a shallow copy per iteration makes every
// iteration pay for building it, as a freshly edited document does.
describe(`analysis of a generated ${playbook.nodes.length}-node, ${playbook.edges.length}-edge playbook`, () => {
  bench('lintPlaybook: every rule, the RTO budget included', () => {
    lintPlaybook({ ...playbook });
  });
  bench('rtoBudget alone', () => {
    rtoBudget({ ...playbook });
  });
});

import { bench, describe } from 'vitest';
import { validate } from '../src/state/documentStore';
import { analyseDocument } from '../src/viewModels/problemsAnalysis';
import { generateLargePlaybook } from './fixtures/large-playbook';

const playbook = generateLargePlaybook(500);
const validation = validate(playbook);

// What the designer pays after each edit for the Problems panel, the toolbar count and the node
// badges: lint, the RTO budget and the grouping by node. A shallow copy per iteration, as an edit
// makes a new document object (the analysis caches per document).
describe(`Problems panel analysis of a generated ${playbook.nodes.length}-node playbook`, () => {
  bench('analyseDocument (lint + RTO budget + grouping)', () => {
    analyseDocument({ ...playbook }, validation);
  });
});

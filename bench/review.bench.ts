import { bench, describe } from 'vitest';
import { contentHash } from '../src/review/contentHash';
import { diffPlaybooks } from '../src/review/diff/diffPlaybooks';
import { generateEditedReviewPlaybook, generateReviewPlaybook } from './fixtures/review-playbook';

const NODES = 5000;
const before = generateReviewPlaybook(NODES);
const after = generateEditedReviewPlaybook(NODES);
const movedOnly = generateReviewPlaybook(NODES);
for (const node of movedOnly.nodes) node.position = { x: (node.position?.x ?? 0) + 1, y: 0 };

describe(`review on a generated ${before.nodes.length}-node playbook`, () => {
  bench('contentHash', async () => {
    await contentHash(before);
  });

  bench('diffPlaybooks: moves, relabels, retries, two compensations swapped, an approval bypassed', () => {
    diffPlaybooks(before, after);
  });

  bench('diffPlaybooks: layout-only moves', () => {
    diffPlaybooks(before, movedOnly);
  });
});

import { describe, expect, it } from 'vitest';
import { generateEditedReviewPlaybook, generateReviewPlaybook } from '../../bench/fixtures/review-playbook';
import { diffPlaybooks } from '../../src/review/diff/diffPlaybooks';

describe('the benchmark playbook generator', () => {
  it('makes a valid playbook whose edited version shows exactly the planted changes', () => {
    const before = generateReviewPlaybook(600);
    const diff = diffPlaybooks(before, generateEditedReviewPlaybook(600));
    expect(before.nodes.length).toBeGreaterThanOrEqual(597);
    expect(diff.risks.map((risk) => [risk.kind, risk.target])).toEqual([
      ['compensation-changed', 's7'],
      ['compensation-changed', 's40'],
      ['approval-bypassed', 'a80'],
      ['retry-reduced', 's250'],
    ]);
    expect(diff.nodes.map((change) => change.id)).toEqual(['s100', 's200', 's250']);
    expect(diff.edges).toHaveLength(3); // two compensate edges retargeted, one edge around a80
    expect(diff.layoutOnlyMoves).toBe(before.nodes.length - 3);
  });
});

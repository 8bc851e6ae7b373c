import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../../src/analysis';
import { build, check, restore, safeSagaDraft, withNodes, withoutEdge, withoutNode } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

/** The rollback's failure path goes to a restore, verified, then to the notified failed end. */
const withRestore = withNodes(
  withoutEdge(saga, 'failure', 'rb', 'nf'),
  [restore('r', 'cp'), check('k2')],
  [
    ['failure', 'rb', 'r'],
    ['next', 'r', 'k2'],
    ['next', 'k2', 'nf'],
  ],
);

ruleTable('rollback-of-rollback', {
  valid: [
    { name: 'a rollback with a failure edge', playbook: build(saga) },
    {
      name: 'a restore with a failure edge',
      playbook: build({ ...withRestore, edges: [...withRestore.edges, ['failure', 'r', 'nf']] }),
    },
  ],
  invalid: [
    {
      name: 'a rollback without a failure edge',
      playbook: build(withoutNode(withoutNode(saga, 'nf'), 'failed')),
      targets: ['rb'],
      message: /rollback_incomplete/,
    },
    {
      name: 'a restore without a failure edge',
      playbook: build(withRestore),
      targets: ['r'],
      message: /restore fails/,
    },
  ],
});

describe('rule rollback-of-rollback on compensations', () => {
  it('reports a compensation without a failure edge that the implicit rollback can run', () => {
    const implicit = build(withoutEdge(withoutNode(saga, 'nf'), 'failure', 's', 'rb'));
    const findings = lintPlaybook(implicit, { 'no-unreachable': 'off', 'failure-path-explicit': 'off' });
    expect(findings.map((finding) => [finding.rule, finding.target])).toEqual([
      ['rollback-of-rollback', 'cs'],
    ]);
  });

  it('accepts a compensation with its own failure edge even under the implicit rollback', () => {
    const implicit = build({
      ...withoutEdge(saga, 'failure', 's', 'rb'),
      edges: [...withoutEdge(saga, 'failure', 's', 'rb').edges, ['failure', 'cs', 'rb']],
    });
    expect(lintPlaybook(implicit).filter((finding) => finding.rule === 'rollback-of-rollback')).toEqual([]);
  });
});

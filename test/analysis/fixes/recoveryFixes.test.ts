import { describe, expect, it } from 'vitest';
import { lintPlaybook, quickFixFor } from '../../../src/analysis';
import { applyCommand } from '../../../src/commands/applyCommand';
import { parsePlaybook } from '../../../src/domain/parse';
import type { Playbook } from '../../../src/domain/types';
import { build, rollback, safeSagaDraft, withNodes, withoutEdge, withoutNode } from '../fixtures';

const saga = safeSagaDraft();

function fixOf(playbook: Playbook, rule: string) {
  const finding = lintPlaybook(playbook).find((candidate) => candidate.rule === rule);
  return finding ? quickFixFor(playbook, finding) : null;
}

function applyFix(playbook: Playbook, rule: string): Playbook {
  const fix = fixOf(playbook, rule);
  if (!fix) throw new Error(`no fix for ${rule}`);
  const applied = applyCommand(playbook, fix.command);
  if (!applied.ok) throw new Error(applied.reason);
  expect(lintPlaybook(applied.document).filter((finding) => finding.rule === rule)).toHaveLength(0);
  expect(parsePlaybook(applied.document).ok).toBe(true);
  return applied.document;
}

describe('recovery quick fixes', () => {
  it('link-failure-to-rollback sends the step’s failure to the one rollback', () => {
    const after = applyFix(build(withoutEdge(saga, 'failure', 's', 'rb')), 'failure-path-explicit');
    expect(after.edges).toContainEqual(
      expect.objectContaining({ source: 's', target: 'rb', kind: 'failure' }),
    );
  });

  it('link-failure-to-rollback offers nothing when two rollbacks could take the failure', () => {
    const playbook = build(
      withNodes(withoutEdge(saga, 'failure', 's', 'rb'), [rollback('rb2')], [['next', 'rb2', 'k']]),
    );
    expect(fixOf(playbook, 'failure-path-explicit')).toBeNull();
  });

  it('add-failed-end gives a rollback a notified failed end on its failure link', () => {
    const after = applyFix(build(withoutNode(withoutNode(saga, 'nf'), 'failed')), 'rollback-of-rollback');
    const failure = after.edges.find((edge) => edge.source === 'rb' && edge.kind === 'failure');
    const notify = after.nodes.find((node) => node.id === failure?.target);
    expect(notify?.kind).toBe('notify');
    const onward = after.edges.find((edge) => edge.source === notify?.id);
    expect(after.nodes.find((node) => node.id === onward?.target)).toMatchObject({
      kind: 'end',
      outcome: 'failed',
    });
    expect(lintPlaybook(after).filter((finding) => finding.rule === 'notify-before-bad-end')).toHaveLength(0);
  });

  it('add-check-after puts a check into the rollback’s next link', () => {
    const draft = withNodes(withoutNode(saga, 'k'), [], [['next', 'rb', 'n']]);
    const after = applyFix(build(draft), 'verify-after-recovery');
    const next = after.edges.find((edge) => edge.source === 'rb' && edge.kind === 'next');
    const check = after.nodes.find((node) => node.id === next?.target);
    expect(check?.kind).toBe('check');
    expect(after.edges).toContainEqual(
      expect.objectContaining({ source: check?.id, target: 'n', kind: 'next' }),
    );
  });
});

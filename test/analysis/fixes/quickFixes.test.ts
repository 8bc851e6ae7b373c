import { describe, expect, it } from 'vitest';
import { fixAllOf, lintPlaybook, quickFixFor, RULES } from '../../../src/analysis';
import { FIXES } from '../../../src/analysis/fixes';
import { applyCommand } from '../../../src/commands/applyCommand';
import { parsePlaybook } from '../../../src/domain/parse';
import type { Playbook } from '../../../src/domain/types';
import {
  build,
  compensation,
  end,
  replaceNode,
  safeSagaDraft,
  step,
  withExtra,
  withNodes,
  withoutEdge,
  withoutNode,
} from '../fixtures';

const saga = safeSagaDraft();

function findingsOf(playbook: Playbook, rule: string) {
  return lintPlaybook(playbook).filter((finding) => finding.rule === rule);
}

/** Applies the quick fix of the first finding of `rule`; checks one undo gives the playbook back. */
function fixFirst(playbook: Playbook, rule: string): Playbook {
  const [finding] = findingsOf(playbook, rule);
  if (!finding) throw new Error(`no ${rule} finding to fix`);
  const fix = quickFixFor(playbook, finding);
  if (!fix) throw new Error(`no fix for ${rule}`);
  const applied = applyCommand(playbook, fix.command);
  if (!applied.ok) throw new Error(applied.reason);
  const undone = applyCommand(applied.document, applied.inverse);
  expect(undone.ok && undone.document).toStrictEqual(playbook);
  return applied.document;
}

const validates = (playbook: Playbook) => parsePlaybook(playbook).ok;

describe('quick fixes', () => {
  it('every fix a rule names exists in the fix table', () => {
    for (const rule of RULES) if (rule.fix) expect(FIXES[rule.fix].id).toBe(rule.fix);
  });

  it('add-compensation links a revert compensation under its step, and the finding is gone', () => {
    const before = build(withoutNode(saga, 'cs'));
    const after = fixFirst(before, 'compensation-required');
    expect(findingsOf(after, 'compensation-required')).toHaveLength(0);
    const added = after.nodes.find((node) => !before.nodes.some((old) => old.id === node.id));
    expect(added).toMatchObject({
      kind: 'compensation',
      strategy: 'revert',
      label: 'Undo Step s',
      owner: 'ops',
    });
    const undo = after.edges.find((edge) => edge.target === added?.id);
    expect(undo).toMatchObject({ source: 's', kind: 'compensate' });
    const stepAt = after.nodes.find((node) => node.id === 's')?.position ?? { x: 0, y: 0 };
    expect(added?.position?.y).toBeGreaterThan(stepAt.y);
    expect(validates(after)).toBe(true);
  });

  it('add-approval-before puts an approval on every path into the irreversible step', () => {
    const draft = withNodes(
      withoutEdge(saga, 'next', 's', 'done'),
      [step('mail', { irreversible: { reason: 'An email cannot be unsent' }, effects: [] })],
      [
        ['next', 's', 'mail'],
        ['failure', 'mail', 'rb'],
        ['next', 'mail', 'done'],
      ],
    );
    const before = build(draft);
    expect(findingsOf(before, 'irreversible-needs-approval')).toHaveLength(1);
    const after = fixFirst(before, 'irreversible-needs-approval');
    expect(findingsOf(after, 'irreversible-needs-approval')).toHaveLength(0);
    const approval = after.nodes.find((node) => node.kind === 'approval');
    expect(approval).toMatchObject({ approvers: ['ops'] });
    expect(after.edges.filter((edge) => edge.target === 'mail')).toEqual([
      expect.objectContaining({ source: approval?.id, kind: 'next' }),
    ]);
    expect(validates(after)).toBe(true);
  });

  it('add-approval-before creates an Approver role when no role may approve', () => {
    const draft = withExtra(
      withNodes(
        withoutEdge(saga, 'next', 's', 'done'),
        [step('mail', { irreversible: { reason: 'Sent' }, effects: [] })],
        [
          ['next', 's', 'mail'],
          ['next', 'mail', 'done'],
        ],
      ),
      { roles: [{ id: 'ops', name: 'Operations', permissions: ['initiate', 'execute'] }] },
    );
    const after = fixFirst(build(draft), 'irreversible-needs-approval');
    expect(after.roles.map((role) => role.id)).toEqual(['ops', 'approver']);
    expect(after.nodes.find((node) => node.kind === 'approval')).toMatchObject({ approvers: ['approver'] });
  });

  it('add-notify-before tells someone before a bad end, and fix-all covers every such end', () => {
    const draft = withNodes(
      withoutNode(withoutNode(saga, 'n'), 'nf'),
      [],
      [
        ['next', 'k', 'rolled'],
        ['failure', 'rb', 'failed'],
      ],
    );
    const bare = build(draft);
    expect(findingsOf(bare, 'notify-before-bad-end')).toHaveLength(2);
    const all = fixAllOf(bare, 'notify-before-bad-end');
    expect(all?.count).toBe(2);
    const applied = all && applyCommand(bare, all.command);
    if (!applied?.ok) throw new Error('fix all did not apply');
    expect(findingsOf(applied.document, 'notify-before-bad-end')).toHaveLength(0);
    expect(applied.document.nodes.filter((node) => node.kind === 'notify')).toHaveLength(2);
  });

  it('add-checkpoint-before snapshots the entity the step deletes', () => {
    const draft = replaceNode(withoutNode(withoutNode(saga, 'cp'), 'cs'), 's', {
      effects: [{ op: 'delete', entity: 'items', match: { id: 'i1' } }],
      irreversible: { reason: 'Deleted at the vendor' },
    });
    const before = build(withNodes(draft, [], [['next', 't', 's']]));
    const after = fixFirst(before, 'checkpoint-before-destructive');
    expect(findingsOf(after, 'checkpoint-before-destructive')).toHaveLength(0);
    expect(after.nodes.find((node) => node.kind === 'checkpoint')).toMatchObject({ entities: ['items'] });
  });

  it('assign-owner names the only role, and creates one when the playbook has none', () => {
    const unowned = build(replaceNode(saga, 's', { owner: undefined }));
    const owned = fixFirst(unowned, 'owner-required');
    expect(owned.nodes.find((node) => node.id === 's')?.owner).toBe('ops');

    const noRoles = build(
      withExtra(
        replaceNode(
          replaceNode(replaceNode(saga, 's', { owner: undefined }), 'rb', { owner: undefined }),
          't',
          {
            initiators: [],
          },
        ),
        { roles: [] },
      ),
    );
    const all = fixAllOf(noRoles, 'owner-required');
    const applied = all && applyCommand(noRoles, all.command);
    if (!applied?.ok) throw new Error('fix all did not apply');
    expect(applied.document.roles.map((role) => role.id)).toEqual(['operator']);
    expect(applied.document.nodes.filter((node) => node.owner === 'operator').map((n) => n.id)).toEqual([
      's',
      'rb',
    ]);
  });

  it('assign-owner offers nothing when several roles could own the node', () => {
    const playbook = build(
      withExtra(replaceNode(saga, 's', { owner: undefined }), {
        roles: [
          { id: 'ops', name: 'Operations', permissions: ['initiate', 'approve', 'execute'] },
          { id: 'dev', name: 'Developers', permissions: ['execute'] },
        ],
      }),
    );
    const [finding] = findingsOf(playbook, 'owner-required');
    expect(finding && quickFixFor(playbook, finding)).toBeNull();
  });

  it('grant-initiate gives the trigger’s initiator role the initiate permission', () => {
    const playbook = build(
      withExtra(saga, { roles: [{ id: 'ops', name: 'Operations', permissions: ['approve', 'execute'] }] }),
    );
    const after = fixFirst(playbook, 'initiators-have-permission');
    expect(after.roles[0]?.permissions).toEqual(['approve', 'execute', 'initiate']);
    expect(findingsOf(after, 'initiators-have-permission')).toHaveLength(0);
  });

  it('add-trigger starts the run at the one node nothing leads to', () => {
    const before = build(withoutNode(saga, 't'));
    const after = fixFirst(before, 'trigger-required');
    const started = after.nodes.find((node) => node.kind === 'trigger');
    expect(after.edges).toContainEqual(expect.objectContaining({ source: started?.id, target: 'cp' }));
  });

  it('mark-idempotent is offered one by one, never for all', () => {
    const playbook = build(replaceNode(saga, 'cs', { idempotent: false }));
    const after = fixFirst(playbook, 'compensation-idempotent');
    expect(after.nodes.find((node) => node.id === 'cs')).toMatchObject({ idempotent: true });
    expect(fixAllOf(playbook, 'compensation-idempotent')).toBeNull();
  });

  it('fix-all adds one undo per step, and one undo removes them all', () => {
    const draft = withNodes(
      withoutEdge(withoutNode(saga, 'cs'), 'next', 's', 'done'),
      [step('s2'), compensation('unused'), end('spare')],
      [
        ['next', 's', 's2'],
        ['next', 's2', 'done'],
      ],
    );
    const before = build({
      ...draft,
      nodes: draft.nodes.filter((node) => node.id !== 'unused' && node.id !== 'spare'),
    });
    expect(findingsOf(before, 'compensation-required')).toHaveLength(2);
    const all = fixAllOf(before, 'compensation-required');
    const applied = all && applyCommand(before, all.command);
    if (!applied?.ok) throw new Error('fix all did not apply');
    expect(findingsOf(applied.document, 'compensation-required')).toHaveLength(0);
    const undone = applyCommand(applied.document, applied.inverse);
    expect(undone.ok && undone.document).toStrictEqual(before);
  });
});

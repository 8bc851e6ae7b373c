import {
  build,
  decision,
  replaceNode,
  safeSagaDraft,
  withNodes,
  withoutEdge,
  withoutNode,
} from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const remove = { effects: [{ op: 'delete', entity: 'items', match: { id: 'i1' } }] };
const wipe = { effects: [{ op: 'update', entity: 'items', set: { name: 'x' } }] };
const noCheckpoint = withNodes(withoutNode(saga, 'cp'), [], [['next', 't', 's']]);
/** The checkpoint is on the true branch only; the false branch goes straight to the step. */
const oneBranch = withNodes(
  withoutEdge(saga, 'next', 't', 'cp'),
  [decision('d')],
  [
    ['next', 't', 'd'],
    ['branch', 'd', 'cp', true],
    ['branch', 'd', 's', false],
  ],
);

ruleTable('checkpoint-before-destructive', {
  valid: [
    { name: 'a delete after a checkpoint of every entity', playbook: build(replaceNode(saga, 's', remove)) },
    {
      name: 'a delete after a checkpoint of that entity',
      playbook: build(replaceNode(replaceNode(saga, 's', remove), 'cp', { entities: ['items'] })),
    },
    { name: 'an update with match and no checkpoint', playbook: build(noCheckpoint) },
    {
      name: 'an update with where and no checkpoint',
      playbook: build(
        replaceNode(noCheckpoint, 's', { effects: [{ ...wipe.effects[0], where: 'r.id == "i1"' }] }),
      ),
    },
    {
      name: 'checkpoints on both branches before the delete',
      playbook: build(
        withNodes(
          replaceNode(withoutEdge(oneBranch, 'branch', 'd', 's'), 's', remove),
          [{ id: 'cp2', kind: 'checkpoint', label: 'Snapshot too', entities: ['items'] }],
          [
            ['branch', 'd', 'cp2', false],
            ['next', 'cp2', 's'],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a delete with no checkpoint',
      playbook: build(replaceNode(noCheckpoint, 's', remove)),
      targets: ['s'],
      message: /deletes "items"/,
    },
    {
      name: 'an update without match or where, with no checkpoint',
      playbook: build(replaceNode(noCheckpoint, 's', wipe)),
      targets: ['s'],
      message: /updates every record of "items"/,
    },
    {
      name: 'a delete with a checkpoint on one branch only',
      playbook: build(replaceNode(oneBranch, 's', remove)),
      targets: ['s'],
    },
  ],
});

import { erasure, safeErasureDraft, withPeople } from '../erasureFixtures';
import {
  build,
  compensation,
  decision,
  replaceNode,
  step,
  withNodes,
  withoutEdge,
  withoutNode,
} from '../fixtures';
import { ruleTable } from '../ruleTable';

const safe = safeErasureDraft();
/** The restore goes straight to the check: nothing erases again. */
const noReapply = withNodes(withoutNode(withoutNode(safe, 'a2'), 're'), [], [['next', 'r', 'k']]);
/** After the restore, a decision skips the second erasure on its false branch. */
const reapplyOnOneBranch = withNodes(
  withoutEdge(safe, 'next', 'r', 'a2'),
  [decision('d')],
  [
    ['next', 'r', 'd'],
    ['branch', 'd', 'a2', true],
    ['branch', 'd', 'k', false],
  ],
);
/** The erasure step can be undone by writing its before-images back. */
const revertedErasure = withNodes(
  replaceNode(safe, 'x', { irreversible: undefined }),
  [compensation('cx')],
  [['compensate', 'x', 'cx']],
);
/** A step before the erasure changes items; its revert compensation writes pre-erasure records back. */
const earlierStep = (strategy: 'revert' | 'effects') =>
  withNodes(
    withoutEdge(safe, 'next', 'cp', 'a'),
    [
      step('s0'),
      compensation(
        'cs0',
        strategy === 'revert'
          ? {}
          : {
              strategy,
              effects: [{ op: 'update', entity: 'items', match: { id: 'i1' }, set: { name: 'one' } }],
            },
      ),
    ],
    [
      ['next', 'cp', 's0'],
      ['next', 's0', 'a'],
      ['compensate', 's0', 'cs0'],
      ['failure', 's0', 'nf'],
    ],
  );
/** The restore's snapshot is taken after the erasure, so it holds no erased record. */
const snapshotAfterErasure = withNodes(
  withoutEdge(withoutEdge(noReapply, 'next', 'x', 'p'), 'failure', 'p', 'r'),
  [
    { id: 'cp2', kind: 'checkpoint', label: 'Snapshot after erasure', entities: ['items'], expires: 'P1D' },
    { id: 'r2', kind: 'restore', label: 'Restore', owner: 'ops', checkpoint: 'cp2' },
  ],
  [
    ['next', 'x', 'cp2'],
    ['next', 'cp2', 'p'],
    ['failure', 'p', 'r2'],
    ['next', 'r2', 'k'],
    ['failure', 'r2', 'nf'],
  ],
);

ruleTable('restore-resurrects-erased', {
  valid: [
    { name: 'restore, then the erasure applied again on every path', playbook: build(safe) },
    { name: 'a restore of a snapshot taken after the erasure', playbook: build(snapshotAfterErasure) },
    {
      name: 'an earlier step whose compensation writes its own effects',
      playbook: build(earlierStep('effects')),
    },
    {
      name: 'an erasure step that only inserts (it erases nothing)',
      playbook: build(
        replaceNode(
          noReapply,
          'x',
          erasure('x', {
            effects: [{ op: 'insert', entity: 'items', records: [{ id: 'i9', name: 'proof' }] }],
          }),
        ),
      ),
    },
    {
      name: 'a restore of only an entity the erasure does not touch',
      playbook: build(
        withPeople(
          replaceNode(replaceNode(noReapply, 'cp', { entities: ['items', 'people'] }), 'r', {
            entities: ['people'],
          }),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a restore of a snapshot taken before the erasure, not erasing again',
      playbook: build(noReapply),
      targets: ['r'],
      message: /put back "items" from checkpoint "cp", taken before the erasure step "x"/,
    },
    {
      name: 'a restore that erases again on one branch only',
      playbook: build(reapplyOnOneBranch),
      targets: ['r'],
    },
    {
      name: 'a revert compensation of the erasure step itself',
      playbook: build(revertedErasure),
      targets: ['cx'],
      message: /reverts the erasure step "x"/,
    },
    {
      name: 'a revert compensation of a step before the erasure',
      playbook: build(earlierStep('revert')),
      targets: ['cs0'],
      message: /an erasure step can run in between/,
    },
  ],
});

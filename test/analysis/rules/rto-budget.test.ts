import { build, replaceNode, restore, safeSagaDraft, withExtra, withNodes } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const rto = (value: string) => ({ objectives: { rto: value } });
/** A failed check after the rollback restores and checks again: a loop that takes a minute a round. */
const restoreLoop = withNodes(
  saga,
  [restore('r', 'cp', { duration: 'PT1M' })],
  [
    ['failure', 'k', 'r'],
    ['next', 'r', 'k'],
    ['failure', 'r', 'nf'],
  ],
);

ruleTable('rto-budget', {
  valid: [
    { name: 'a recovery within the RTO', playbook: build(saga) },
    { name: 'a recovery exactly at the RTO', playbook: build(withExtra(saga, rto('PT1S'))) },
    { name: 'a playbook without an RTO', playbook: build(withExtra(saga, { objectives: {} })) },
  ],
  invalid: [
    {
      name: 'a compensation slower than the RTO',
      playbook: build(withExtra(replaceNode(saga, 'cs', { duration: 'PT10S' }), rto('PT5S'))),
      targets: ['s'],
      message: /Worst-case recovery is 10 s, over the RTO of 5 s/,
    },
    {
      name: 'a recovery that can loop through a restore',
      playbook: build(restoreLoop),
      targets: ['s'],
      message: /loop/,
    },
  ],
});

import { personalItems, safeErasureDraft } from '../erasureFixtures';
import { build, replaceNode, safeSagaDraft, withExtra } from '../fixtures';
import { ruleTable } from '../ruleTable';

const safe = safeErasureDraft();
const expiring = (expires: string | undefined, entities = ['items']) =>
  replaceNode(safe, 'cp', { expires, entities });

ruleTable('snapshot-retention', {
  valid: [
    { name: 'a snapshot that expires before the retention ends', playbook: build(safe) },
    { name: 'a snapshot that expires exactly when the retention ends', playbook: build(expiring('P30D')) },
    {
      name: 'a personal entity with no retention, and a snapshot that expires',
      playbook: build(withExtra(expiring('P90D'), personalItems())),
    },
    { name: 'a snapshot without expiry of data that is not personal', playbook: build(safeSagaDraft()) },
  ],
  invalid: [
    {
      name: 'a snapshot of personal data that never expires',
      playbook: build(expiring(undefined)),
      targets: ['cp'],
      message:
        /copies personal data of "items" and never expires: set "expires", at most the shortest retention of its data \(30 d\)/,
    },
    {
      name: 'a snapshot kept longer than the retention',
      playbook: build(expiring('P60D')),
      targets: ['cp'],
      message: /keeps personal data of "items" for 60 d, longer than it may be kept \(items: 30 d\)/,
    },
    {
      name: 'a snapshot of "*" kept longer than one entity\'s retention',
      playbook: build(
        withExtra(replaceNode(safe, 'cp', { entities: ['*'], expires: 'P10D' }), personalItems('P7D')),
      ),
      targets: ['cp'],
      message: /"items" for 10 d/,
    },
  ],
});

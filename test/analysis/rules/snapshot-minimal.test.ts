import { safeErasureDraft, withPeople } from '../erasureFixtures';
import { build, replaceNode, safeSagaDraft } from '../fixtures';
import { ruleTable } from '../ruleTable';

const safe = safeErasureDraft();

ruleTable('snapshot-minimal', {
  valid: [
    { name: 'a snapshot of the personal entity the erasure changes', playbook: build(safe) },
    {
      name: 'a snapshot of "*" when every personal entity is changed after it',
      playbook: build(replaceNode(safe, 'cp', { entities: ['*'] })),
    },
    {
      name: 'a snapshot naming only what changes, beside an untouched personal entity',
      playbook: build(withPeople(safe)),
    },
    { name: 'a snapshot of data that is not personal', playbook: build(safeSagaDraft()) },
  ],
  invalid: [
    {
      name: 'a snapshot of "*" that copies a personal entity nothing changes',
      playbook: build(withPeople(replaceNode(safe, 'cp', { entities: ['*'] }))),
      targets: ['cp'],
      message: /copies personal data of "people", which no step after it changes/,
    },
    {
      name: 'a snapshot naming a personal entity nothing changes',
      playbook: build(withPeople(replaceNode(safe, 'cp', { entities: ['items', 'people'] }))),
      targets: ['cp'],
    },
  ],
});

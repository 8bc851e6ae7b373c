import { build, replaceNode, safeSagaDraft, withExtra } from '../fixtures';
import { ruleTable } from '../ruleTable';

const withBot = withExtra(safeSagaDraft(), {
  roles: [
    { id: 'ops', name: 'Operations', permissions: ['initiate', 'approve', 'override', 'execute'] },
    { id: 'bot', name: 'Automation', permissions: ['execute'] },
  ],
});

ruleTable('initiators-have-permission', {
  valid: [
    { name: 'an initiator with the initiate permission', playbook: build(withBot) },
    {
      name: 'a trigger with no initiators listed',
      playbook: build(replaceNode(withBot, 't', { initiators: [] })),
    },
  ],
  invalid: [
    {
      name: 'an initiator without the initiate permission',
      playbook: build(replaceNode(withBot, 't', { initiators: ['ops', 'bot'] })),
      targets: ['t'],
      message: /"bot".*"initiate"/,
    },
  ],
});

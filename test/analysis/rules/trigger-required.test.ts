import { build, end, safeSagaDraft } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('trigger-required', {
  valid: [{ name: 'a playbook with a trigger', playbook: build(saga) }],
  invalid: [
    {
      name: 'a playbook with no trigger',
      playbook: build({ nodes: [end('done')], edges: [] }),
      targets: [null],
      message: /no trigger/,
    },
  ],
});

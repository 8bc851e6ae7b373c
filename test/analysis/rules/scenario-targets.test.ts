import { build, replaceNode, safeSagaDraft, withExtra } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const scenario = (faults: Record<string, unknown>[]) =>
  withExtra(saga, { scenarios: [{ id: 'sc', name: 'Scenario', faults }] });

ruleTable('scenario-targets', {
  valid: [
    {
      name: 'faults on nodes their type acts on',
      playbook: build(
        replaceNode(
          scenario([
            { node: 's', type: 'fail' },
            { node: 's', type: 'partial' },
            { node: 'cs', type: 'timeout' },
            { node: 's', type: 'outage' },
            { node: 'k', type: 'corrupt', mutation: { op: 'delete', entity: 'items', match: { id: 'i1' } } },
          ]),
          's',
          { system: 'items-api' },
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a partial fault on a check',
      playbook: build(scenario([{ node: 'k', type: 'partial' }])),
      targets: ['k'],
      message: /"partial" fault acts only on step nodes/,
    },
    {
      name: 'an outage of a step with no system',
      playbook: build(scenario([{ node: 's', type: 'outage' }])),
      targets: ['s'],
      message: /names no system/,
    },
  ],
});

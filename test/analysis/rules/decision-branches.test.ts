import { build, decision, end, safeSagaDraft, withNodes, withoutEdge, withoutNode } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

const branching = withNodes(
  withoutEdge(saga, 'next', 't', 'cp'),
  [decision('d'), end('nothing')],
  [
    ['next', 't', 'd'],
    ['branch', 'd', 'cp', true],
  ],
);

ruleTable('decision-branches', {
  valid: [
    {
      name: 'a decision with both branches',
      playbook: build({ ...branching, edges: [...branching.edges, ['branch', 'd', 'nothing', false]] }),
    },
  ],
  invalid: [
    {
      name: 'a decision with only a true branch',
      playbook: build(withoutNode(branching, 'nothing')),
      targets: ['d'],
      message: /no branch for false/,
    },
  ],
});

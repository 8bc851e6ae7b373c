import {
  build,
  end,
  failsafe,
  notify,
  safeSagaDraft,
  withNodes,
  withoutEdge,
  withoutNode,
} from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('notify-before-bad-end', {
  valid: [
    { name: 'every bad end notified first', playbook: build(saga) },
    {
      name: 'a degraded end after a notified failsafe',
      playbook: build(
        withNodes(
          withoutEdge(saga, 'failure', 'rb', 'nf'),
          [notify('page'), failsafe('f'), end('paused', 'degraded')],
          [
            ['failure', 'rb', 'page'],
            ['next', 'page', 'f'],
            ['next', 'f', 'paused'],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a rolled_back end nobody is told about',
      playbook: build(withNodes(withoutNode(saga, 'n'), [], [['next', 'k', 'rolled']])),
      targets: ['rolled'],
      message: /without notifying anyone/,
    },
    {
      name: 'a degraded end reached without a notification',
      playbook: build(
        withNodes(
          withoutNode(withoutNode(saga, 'nf'), 'failed'),
          [failsafe('f'), end('paused', 'degraded')],
          [
            ['failure', 'rb', 'f'],
            ['next', 'f', 'paused'],
          ],
        ),
      ),
      targets: ['paused'],
    },
  ],
});

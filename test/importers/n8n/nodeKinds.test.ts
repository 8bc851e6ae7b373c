import { describe, expect, it } from 'vitest';
import { classifyNode } from '../../../src/importers/n8n/nodeKinds';

const roleOf = (type: string, parameters: unknown = {}, typeVersion = 1) => {
  const kind = classifyNode(type, typeVersion, parameters, 0);
  if (kind.as === 'note') return 'note';
  const { step } = kind;
  switch (step.role) {
    case 'trigger':
      return `trigger:${step.signal}`;
    case 'action':
      return `action:${step.operation?.effect ?? 'none'}`;
    case 'decision':
      return `decision:${step.branches.length}`;
    case 'end':
      return `end:${step.outcome}`;
  }
};

describe('what each n8n node becomes', () => {
  it.each([
    ['n8n-nodes-base.manualTrigger', 'trigger:manual'],
    ['n8n-nodes-base.start', 'trigger:manual'],
    ['n8n-nodes-base.executeWorkflowTrigger', 'trigger:manual'],
    ['n8n-nodes-base.scheduleTrigger', 'trigger:schedule'],
    ['n8n-nodes-base.cron', 'trigger:schedule'],
    ['n8n-nodes-base.webhook', 'trigger:alert'],
    ['n8n-nodes-base.errorTrigger', 'trigger:alert'],
    ['n8n-nodes-base.emailReadImap', 'trigger:alert'],
    ['n8n-nodes-base.hubspotTrigger', 'trigger:alert'],
    ['@n8n/n8n-nodes-langchain.chatTrigger', 'trigger:manual'],
    ['n8n-nodes-base.if', 'decision:2'],
    ['n8n-nodes-base.filter', 'decision:2'],
    ['n8n-nodes-base.switch', 'decision:4'],
    ['n8n-nodes-base.stopAndError', 'end:failed'],
    ['n8n-nodes-base.merge', 'action:none'],
    ['n8n-nodes-base.set', 'action:none'],
    ['n8n-nodes-base.splitInBatches', 'action:none'],
    ['n8n-nodes-base.wait', 'action:none'],
    ['n8n-nodes-base.code', 'action:unknown'],
    ['n8n-nodes-base.executeWorkflow', 'action:unknown'],
    ['n8n-nodes-base.httpRequest', 'action:read'],
    ['n8n-nodes-base.openAi', 'action:read'],
    ['@n8n/n8n-nodes-langchain.agent', 'action:read'],
    ['n8n-nodes-base.stickyNote', 'note'],
    ['n8n-nodes-community.whatever', 'action:unknown'],
  ])('%s → %s', (type, expected) => {
    expect(roleOf(type)).toBe(expected);
  });

  it('an HTTP request takes its method from v3+ `method` or v1 `requestMethod`', () => {
    expect(roleOf('n8n-nodes-base.httpRequest', { method: 'DELETE' }, 4.2)).toBe('action:delete');
    expect(roleOf('n8n-nodes-base.httpRequest', { requestMethod: 'POST' })).toBe('action:create');
  });

  it('a Switch in expression mode has as many outputs as it says', () => {
    expect(roleOf('n8n-nodes-base.switch', { mode: 'expression', numberOutputs: 6 }, 3)).toBe('decision:6');
  });
});

it('each trigger says in words what starts the run', () => {
  const sentence = (type: string) => {
    const kind = classifyNode(type, 1, {}, 0);
    return kind.as === 'step' ? kind.step.messages?.[0]?.message : undefined;
  };
  expect(sentence('n8n-nodes-base.webhook')).toBe('Starts when its webhook is called.');
  expect(sentence('n8n-nodes-base.scheduleTrigger')).toBe('Runs on a schedule.');
  expect(sentence('n8n-nodes-base.googleSheetsTrigger')).toBe('Starts when Google Sheets reports an event.');
});

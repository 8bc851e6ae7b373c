import { describe, expect, it } from 'vitest';
import {
  edgesFrom,
  entriesFor,
  fixtureText,
  importFixture,
  importText,
  nodeOf,
  reachableFrom,
  reachedOver,
} from './importFixture';

describe('Make linear scenario', () => {
  const result = importFixture('make/linear.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('the webhook is the trigger and the modules follow in flow order', () => {
    expect(nodeOf(result, '1')).toMatchObject({ kind: 'trigger', label: 'Lead form submitted' });
    expect(reachedOver(result, id('1'), 'next')).toEqual([id('2')]);
    expect(reachedOver(result, id('2'), 'next')).toEqual([id('3')]);
  });

  it('a module without a name of its own is labelled "App: action"', () => {
    expect(nodeOf(result, '3').label).toBe('Slack: Create message');
  });

  it('the designer position is kept', () => {
    expect(nodeOf(result, '2').position).toEqual({ x: 300, y: 0 });
  });

  it('a row added to a sheet gets a compensation; a Slack message is irreversible', () => {
    expect(edgesFrom(result.playbook, id('2'), 'compensate')).toHaveLength(1);
    const slack = nodeOf(result, '3');
    expect(slack.kind === 'step' && slack.irreversible?.reason).toContain('Slack');
  });

  it('a module left unconnected on the canvas becomes no node, and the report says Make never runs it', () => {
    const orphan = entriesFor(result, '9');
    expect(orphan).toEqual([
      expect.objectContaining({
        level: 'warning',
        node: null,
        source: expect.objectContaining({ name: 'Old cleanup (unplugged)' }),
      }),
    ]);
    expect(result.playbook.nodes.some((node) => node.label === 'Old cleanup (unplugged)')).toBe(false);
  });

  it('the blueprint as the API returns it imports the same way', () => {
    const wrapped = JSON.stringify({ response: { blueprint: JSON.parse(fixtureText('make/linear.json')) } });
    const outcome = importText(wrapped);
    expect(outcome.playbook.nodes.map((node) => node.label)).toEqual(
      result.playbook.nodes.map((node) => node.label),
    );
  });
});

describe('Make router', () => {
  const result = importFixture('make/router.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('becomes a decision that reaches the first module of every route', () => {
    expect(nodeOf(result, '2').kind).toBe('decision');
    const reachable = reachableFrom(result.playbook, id('2'));
    for (const first of ['3', '4', '6']) expect(reachable).toContain(id(first));
  });

  it('route filters are named in the decision, and the report warns that Make may run several routes', () => {
    const router = nodeOf(result, '2');
    expect(router.description).toContain('Urgent');
    expect(
      entriesFor(result, '2').some(
        (entry) => entry.level === 'warning' && entry.message.includes('every route'),
      ),
    ).toBe(true);
  });

  it('the modules of a route follow one another', () => {
    expect(reachedOver(result, id('4'), 'next')).toEqual([id('5')]);
  });
});

describe('Make iterators, aggregators and sleep', () => {
  const result = importFixture('make/iterator-aggregator.json');

  it('the iterator says its modules run once in the playbook', () => {
    expect(entriesFor(result, '2').some((entry) => entry.message.includes('for each item'))).toBe(true);
  });

  it('a sleep of 5 seconds lasts 5 seconds', () => {
    expect(nodeOf(result, '5')).toMatchObject({ kind: 'step', duration: 'PT5S' });
  });

  it('a Postgres insert is caught by the catalogue whatever the case of its module name', () => {
    expect(edgesFrom(result.playbook, nodeOf(result, '3').id, 'compensate')).toHaveLength(1);
  });

  it('a scenario whose first module does not wait for events starts on its schedule', () => {
    const blueprint = { name: 'Nightly', flow: [{ id: 1, module: 'google-sheets:filterRows', mapper: {} }] };
    const outcome = importText(JSON.stringify(blueprint));
    expect(outcome.playbook.nodes.find((node) => node.kind === 'trigger')).toMatchObject({
      signal: 'schedule',
    });
  });
});

describe('Make If-else and Merge', () => {
  const result = importFixture('make/if-else-merge.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('the If-else is a decision whose branches start with the first module of each branch', () => {
    expect(nodeOf(result, '2')).toMatchObject({ kind: 'decision', label: 'By priority' });
    const reachable = reachableFrom(result.playbook, id('2'));
    for (const first of ['3', '4', '5']) expect(reachable).toContain(id(first));
  });

  it('the branches marked merge join at the Merge, and the run goes on after it', () => {
    expect(reachedOver(result, id('4'), 'next')).toEqual([id('6')]);
    expect(reachedOver(result, id('5'), 'next')).toEqual([id('6')]);
    expect(reachedOver(result, id('6'), 'next')).toEqual([id('7')]);
  });

  it('a branch not merged ends there', () => {
    expect(reachedOver(result, id('3'), 'next')).not.toContain(id('6'));
  });

  it('without a Merge, the modules after an If-else are reported as never running', () => {
    const blueprint = {
      name: 'No merge',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        {
          id: 2,
          module: 'builtin:BasicIfElse',
          branches: [{ label: 'A', type: 'condition', flow: [{ id: 3, module: 'slack:CreateMessage' }] }],
        },
        { id: 4, module: 'google-sheets:addRow' },
      ],
    };
    const outcome = importText(JSON.stringify(blueprint));
    expect(entriesFor(outcome, '2').some((entry) => entry.message.includes('No Merge'))).toBe(true);
    expect(entriesFor(outcome, '4').every((entry) => entry.node === null)).toBe(true);
  });
});

describe('Make canvas notes', () => {
  it("a note's text is kept in the playbook and the report says where it went", () => {
    const result = importFixture('make/order-fulfilment.json');
    expect(result.playbook.description).toContain('refunded by finance within 24 hours');
    expect(entriesFor(result, 'n1')).toEqual([expect.objectContaining({ level: 'info', node: null })]);
  });
});

describe('Make route filters written on the route', () => {
  it('name the branch like a filter on the first module does', () => {
    const blueprint = {
      name: 'Route filter',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        {
          id: 2,
          module: 'builtin:BasicRouter',
          routes: [
            {
              filter: {
                name: 'Big orders',
                conditions: [[{ a: '{{1.total}}', o: 'number:greater', b: '100' }]],
              },
              flow: [{ id: 3, module: 'slack:CreateMessage' }],
            },
            { flow: [{ id: 4, module: 'google-sheets:addRow' }] },
          ],
        },
      ],
    };
    const outcome = importText(JSON.stringify(blueprint));
    expect(nodeOf(outcome, '2').description).toContain('Big orders: {{1.total}} number:greater 100');
  });
});

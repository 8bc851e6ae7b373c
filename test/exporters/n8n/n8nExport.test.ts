import { describe, expect, it } from 'vitest';
import { findExporter } from '../../../src/exporters';
import { N8N_NODE_TYPES, toN8nWorkflow } from '../../../src/exporters/n8n';
import { importWorkflow } from '../../../src/importers';
import { EXAMPLES, example, playbookOf } from '../examples';
import { expectedRecoveryOrder, walkHappyPath } from './recoveryWalk';

const ALLOWED = new Map<string, number>(
  Object.values(N8N_NODE_TYPES).map(({ type, typeVersion }) => [type, typeVersion]),
);

describe('n8n export: structure n8n imports', () => {
  for (const name of EXAMPLES) {
    it(`${name}: unique names, connections by name, listed types, distinct positions`, () => {
      const { document: workflow } = toN8nWorkflow(example(name));
      const names = workflow.nodes.map((node) => node.name);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(workflow.nodes.map((node) => node.id)).size).toBe(names.length);
      for (const node of workflow.nodes) {
        // Connector nodes are catalogue types at version 1; the examples use none.
        expect(ALLOWED.get(node.type), node.type).toBe(node.typeVersion);
      }
      for (const [source, { main }] of Object.entries(workflow.connections)) {
        expect(names).toContain(source);
        for (const output of main) for (const link of output) expect(names).toContain(link.node);
      }
      const positions = workflow.nodes.map((node) => node.position.join(','));
      expect(new Set(positions).size).toBe(positions.length);
      // Every node but the two triggers has something leading into it: nothing is left dangling.
      const targets = new Set(
        Object.values(workflow.connections).flatMap(({ main }) => main.flat().map((link) => link.node)),
      );
      const unreached = names.filter((n) => !targets.has(n));
      expect(unreached.sort()).toEqual(['Drill: roll back by hand', 'When the workflow fails']);
    });
  }

  it('starts from an Error Trigger and a Manual Trigger feeding the Code node', () => {
    const { document: workflow } = toN8nWorkflow(example('minimal-saga'));
    const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.errorTrigger')!;
    const manual = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger')!;
    const code = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.code')!;
    expect(workflow.connections[trigger.name]!.main[0]![0]!.node).toBe(code.name);
    expect(workflow.connections[manual.name]!.main[0]![0]!.node).toBe(code.name);
    const jsCode = String(code.parameters.jsCode);
    expect(jsCode).toContain('"Debit Alice"');
    expect(jsCode).toContain('lastNodeExecuted');
  });
});

describe('n8n export: the Code node works out the completed steps', () => {
  const run = (json: unknown) => {
    const { document: workflow } = toN8nWorkflow(example('order-fulfilment-rollback'));
    const code = String(
      workflow.nodes.find((node) => node.type === 'n8n-nodes-base.code')!.parameters.jsCode,
    );
    // n8n runs the Code node as the body of an async function with $input in scope.
    const body = new Function('$input', code) as (
      input: unknown,
    ) => [{ json: { completed: string[]; failed: string | null } }];
    return body({ first: () => ({ json }) })[0].json;
  };
  it('counts the steps before the failed node as completed', () => {
    expect(run({ execution: { lastNodeExecuted: 'Mark orders shipped' } })).toMatchObject({
      completed: ['Reserve stock', 'Book shipments with carrier'],
      failed: 'Mark orders shipped',
    });
  });
  it('a failed approval means the steps before it completed', () => {
    expect(
      run({ execution: { lastNodeExecuted: 'Support lead approves customer email' } }).completed,
    ).toEqual(['Reserve stock', 'Book shipments with carrier', 'Mark orders shipped']);
  });
  it('a failure the playbook does not roll back stops, naming what the playbook does instead', () => {
    expect(() => run({ execution: { lastNodeExecuted: 'Email customers' } })).toThrow(
      /"Email customers" fails, the playbook goes on to "Pause fulfilment" instead/,
    );
  });
  it('a drill treats every step as completed', () => {
    expect(run({}).completed).toEqual([
      'Reserve stock',
      'Book shipments with carrier',
      'Mark orders shipped',
      'Email customers',
    ]);
  });
  it('a failed node the playbook does not have stops with a message, not a guess', () => {
    expect(() => run({ execution: { lastNodeExecuted: 'Somewhere else' } })).toThrow(
      /is not in the playbook/,
    );
  });
});

describe('n8n export: round trip through the n8n importer', () => {
  for (const name of EXAMPLES) {
    it(`${name}: importing the export gives the playbook's recovery order`, () => {
      const playbook = example(name);
      const expected = expectedRecoveryOrder(playbook);
      expect(expected.length).toBeGreaterThan(0);
      const text = findExporter('n8n')!.export(playbook).output;
      const imported = importWorkflow(text, { from: 'n8n' });
      if (!imported.ok) throw new Error(imported.error.message);
      const walked = walkHappyPath(imported.playbook).filter((label) => expected.includes(label));
      expect(walked).toEqual(expected);
      // Every element of the export is accounted for in the import report.
      const { document: workflow } = toN8nWorkflow(playbook);
      const reported = new Set(imported.report.map((entry) => entry.source?.name));
      for (const node of workflow.nodes) expect(reported, node.name).toContain(node.name);
    });
  }
});

describe('n8n export: settings and losses', () => {
  const saga = playbookOf({
    id: 'retry-saga',
    name: 'Retry saga',
    nodes: [
      { id: 't', kind: 'trigger', label: 'Go', signal: 'manual' },
      {
        id: 's',
        kind: 'step',
        label: 'Charge card',
        system: 'Stripe',
        effects: [{ op: 'insert', entity: 'charges', records: [{ id: 'c1' }] }],
      },
      {
        id: 'c',
        kind: 'compensation',
        label: 'Refund card',
        retry: { maxAttempts: 8, backoff: 'PT10S', multiplier: 2 },
      },
      {
        id: 'n',
        kind: 'notify',
        label: 'Tell finance',
        channel: 'email',
        audience: 'finance@example.com',
        message: 'Refunded',
      },
      { id: 'e', kind: 'end', label: 'Done', outcome: 'completed' },
    ],
    edges: [
      { id: 'e1', source: 't', target: 's', kind: 'next' },
      { id: 'e2', source: 's', target: 'e', kind: 'next' },
      { id: 'e3', source: 's', target: 'c', kind: 'compensate' },
    ],
    dataModel: { entities: [{ name: 'charges', key: 'id', fields: [{ name: 'id', type: 'string' }] }] },
  } as never);

  it('writes the retry policy as n8n node settings, clamped, and says what was clamped', () => {
    const { document: workflow, losses } = toN8nWorkflow(saga);
    const refund = workflow.nodes.find((node) => node.name === 'Refund card')!;
    expect(refund).toMatchObject({
      retryOnFail: true,
      maxTries: 5,
      waitBetweenTries: 5000,
      onError: 'continueErrorOutput',
    });
    expect(losses.some((loss) => loss.includes('"Refund card" tries 8 times'))).toBe(true);
    expect(losses.some((loss) => loss.includes('same time between tries'))).toBe(true);
  });

  it('uses the catalogue connector for a known system', () => {
    const { document: workflow } = toN8nWorkflow(saga);
    const refund = workflow.nodes.find((node) => node.name === 'Refund card')!;
    expect(refund.type).toBe('n8n-nodes-base.stripe');
    expect(refund.notes).toMatch(/TODO \(Rollbook\)/);
  });
});

describe('n8n export: starts of its own', () => {
  it('a playbook with two triggers is not said to start at the first only (the workflow has its own two starts)', () => {
    const playbook = example('order-fulfilment-rollback');
    const trigger = playbook.nodes.find((node) => node.kind === 'trigger')!;
    playbook.nodes.push({ ...trigger, id: 't2', label: 'Ops starts it by hand' });
    const twoStarts = (losses: string[]) => losses.some((loss) => loss.includes('ways to start'));
    expect(twoStarts(toN8nWorkflow(playbook).losses)).toBe(false);
    // The shared loss still reaches the targets that start at one trigger.
    expect(twoStarts(findExporter('step-functions')!.export(playbook).losses)).toBe(true);
  });
});

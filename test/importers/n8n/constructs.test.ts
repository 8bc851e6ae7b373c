import { describe, expect, it } from 'vitest';
import type { NodeOf, PlaybookNode } from '../../../src/domain/types';
import { importWorkflow } from '../../../src/importers';
import type { ImportResult } from '../../../src/importers/types';
import { simulate } from '../../../src/simulator';
import { edgesFrom, entriesFor, fixtureText, importFixture, nodeOf } from '../make/importFixture';

const n8n = (name: string): ImportResult => importFixture(`n8n/${name}.json`);

/** The one entry about a source element, by its name (n8n ids are uuids). */
function entryNamed(result: ImportResult, name: string) {
  const found = result.report.filter((entry) => entry.source.name === name);
  expect(found, `entries for "${name}"`).toHaveLength(1);
  return found[0]!;
}

const nodeNamed = (result: ImportResult, name: string): PlaybookNode => {
  const id = entryNamed(result, name).node;
  const node = result.playbook.nodes.find((candidate) => candidate.id === id);
  if (!node) expect.fail(`"${name}" became no node`);
  return node;
};

const asKind = <K extends PlaybookNode['kind']>(node: PlaybookNode, kind: K): NodeOf<K> => {
  expect(node.kind).toBe(kind);
  return node as NodeOf<K>;
};

/** Where a node's edge of `kind` leads (one edge expected). */
const target = (result: ImportResult, from: string, kind: 'next' | 'failure' | 'compensate') => {
  const edges = edgesFrom(result.playbook, from, kind);
  expect(edges, `${kind} edges from ${from}`).toHaveLength(1);
  return result.playbook.nodes.find((node) => node.id === edges[0]!.target)!;
};

describe('n8n: nodes and connections', () => {
  it('labels keep the node names; the manual trigger starts a run; a write gets an undo, a send an approval', () => {
    const result = n8n('linear-sheets-slack');
    expect(result.format).toBe('n8n');
    const trigger = asKind(nodeNamed(result, 'When clicking ‘Test workflow’'), 'trigger');
    expect(trigger.signal).toBe('manual');
    const append = asKind(nodeNamed(result, 'Append order row'), 'step');
    expect(append.label).toBe('Append order row');
    expect(append.effects[0]).toMatchObject({ op: 'insert', entity: 'orders' });
    expect(asKind(target(result, append.id, 'compensate'), 'compensation').strategy).toBe('revert');
    const send = asKind(nodeNamed(result, 'Tell #orders'), 'step');
    expect(send.irreversible?.reason).toMatch(/cannot be unsent/);
    expect(target(result, append.id, 'next').kind).toBe('approval');
    expect(target(result, target(result, append.id, 'next').id, 'next').id).toBe(send.id);
  });

  it('keeps node positions; the nodes the import adds sit above (approval) or below (undo) their step', () => {
    const result = n8n('linear-sheets-slack');
    const append = nodeNamed(result, 'Append order row');
    const send = nodeNamed(result, 'Tell #orders');
    expect(append.position).toEqual({ x: 460, y: 300 });
    expect(send.position).toEqual({ x: 680, y: 300 });
    expect(target(result, append.id, 'next').position?.y).toBeLessThan(300);
    expect(target(result, append.id, 'compensate').position?.y).toBeGreaterThan(300);
  });

  it("accepts the template sites' wrapper and the clipboard's bare nodes and connections", () => {
    expect(n8n('template-wrapped').playbook.name).toBe('Wrapped template');
    const bare = n8n('clipboard');
    expect(bare.playbook.nodes.some((node) => node.label === 'Add row')).toBe(true);
  });
});

describe('n8n: decisions', () => {
  it('an IF becomes a decision whose true and false branches follow outputs 0 and 1, its condition kept', () => {
    const result = n8n('if-branches');
    const decision = asKind(nodeNamed(result, 'Won?'), 'decision');
    expect(decision.description).toContain('{{ $json.body.status }} equals won');
    const branches = edgesFrom(result.playbook, decision.id, 'branch');
    const whenTrue = branches.find((edge) => edge.when === true)!;
    const whenFalse = branches.find((edge) => edge.when === false)!;
    // The update is guarded by a snapshot; the send by an approval.
    expect(result.playbook.nodes.find((node) => node.id === whenTrue.target)?.kind).toBe('checkpoint');
    expect(result.playbook.nodes.find((node) => node.id === whenFalse.target)?.kind).toBe('approval');
    expect(entryNamed(result, 'Won?').level).toBe('warning');
  });

  it('a Switch with four outputs becomes a chain of three yes/no tests, labelled with its output names', () => {
    const result = n8n('switch-routes');
    const decisions = result.playbook.nodes.filter((node) => node.kind === 'decision');
    expect(decisions.map((node) => node.label)).toEqual([
      'Route by action',
      'Route by action: Change',
      'Route by action: Cancel',
    ]);
    const labels = result.playbook.edges.filter((edge) => edge.kind === 'branch').map((edge) => edge.label);
    expect(labels).toEqual(expect.arrayContaining(['New', 'Change', 'Cancel', 'Fallback']));
    const last = decisions[2]!;
    const fallback = edgesFrom(result.playbook, last.id, 'branch').find((edge) => edge.when === false)!;
    expect(fallback.label).toBe('Fallback');
    expect(entriesFor(result, entryNamed(result, 'Ask a human').source.id)[0]?.node).toBeTruthy();
  });

  it('a Filter becomes a decision: kept items go on, discarded ones end the run', () => {
    const result = n8n('filter');
    const decision = asKind(nodeNamed(result, 'Only paid'), 'decision');
    const discarded = edgesFrom(result.playbook, decision.id, 'branch').find((edge) => edge.when === false)!;
    expect(result.playbook.nodes.find((node) => node.id === discarded.target)?.kind).toBe('end');
  });
});

describe('n8n: flow', () => {
  it('parallel branches into a Merge run one after the other, then the Merge', () => {
    const result = n8n('merge');
    const crm = nodeNamed(result, 'Look up in CRM');
    const company = nodeNamed(result, 'Look up company');
    const merge = nodeNamed(result, 'Merge');
    expect(target(result, crm.id, 'next').id).toBe(company.id);
    expect(target(result, company.id, 'next').id).toBe(merge.id);
  });

  it('Loop Over Items runs its loop body once, then its "done" output; the link back is reported', () => {
    const result = n8n('loop-over-items');
    const loop = nodeNamed(result, 'Loop Over Items');
    const body = nodeNamed(result, 'Upsert contact');
    const wait = nodeNamed(result, 'Wait 1 second');
    expect(target(result, loop.id, 'next').id).toBe(body.id);
    expect(target(result, wait.id, 'next').kind).toBe('approval'); // before "Report done", a send
    expect(entryNamed(result, 'Wait 1 second').message).toMatch(/loops back to "Loop Over Items"/);
  });

  it("a Wait for a time interval becomes the step's duration (n8n default: 1 hour); a webhook wait is reported", () => {
    const result = n8n('wait');
    expect(asKind(nodeNamed(result, 'Wait 2 hours'), 'step').duration).toBe('PT2H');
    expect(asKind(nodeNamed(result, 'Wait default'), 'step').duration).toBe('PT1H');
    expect(asKind(nodeNamed(result, 'Wait for approval link'), 'step').duration).toBe('PT0S');
    expect(entryNamed(result, 'Wait for approval link').level).toBe('warning');
  });

  it('Execute Workflow asks for attention; its trigger starts a run', () => {
    const result = n8n('execute-workflow');
    expect(entryNamed(result, 'Run the ledger workflow')).toMatchObject({ level: 'attention' });
    expect(entryNamed(result, 'Run the ledger workflow').message).toContain('Ledger: book refund');
    expect(asKind(nodeNamed(result, 'When called by another workflow'), 'trigger').signal).toBe('manual');
  });

  it('Code and Function nodes need attention; Set is reported as changing nothing outside', () => {
    const result = n8n('code-set');
    expect(entryNamed(result, 'Compute discount').level).toBe('attention');
    expect(entryNamed(result, 'Legacy function').level).toBe('attention');
    expect(entryNamed(result, 'Set fields')).toMatchObject({ level: 'info' });
    expect(asKind(nodeNamed(result, 'Set fields'), 'step').effects).toEqual([]);
  });
});

describe('n8n: notes, disabled nodes, settings', () => {
  it("a sticky note over nodes goes into their descriptions, a free one into the playbook's, an empty one is reported", () => {
    const result = n8n('sticky-notes');
    expect(nodeNamed(result, 'Write order').description).toContain('Orders arrive from the shop webhook');
    expect(nodeNamed(result, 'Confirm to customer').description).toBeUndefined();
    expect(result.playbook.description).toContain('Owner: ops team');
    expect(entryNamed(result, 'Sticky Note2').message).toMatch(/empty/);
    for (const name of ['Sticky Note', 'Sticky Note1', 'Sticky Note2'])
      expect(entryNamed(result, name).node).toBeNull();
  });

  it('a disabled node is left out and its neighbours joined', () => {
    const result = n8n('disabled');
    expect(entryNamed(result, 'Old CRM sync')).toMatchObject({ level: 'warning', node: null });
    const created = nodeNamed(result, 'Create customer');
    expect(target(result, created.id, 'next').label).toBe('Add to newsletter');
  });

  it('settings.errorWorkflow is reported; an Error Trigger starts a run on an alert', () => {
    const result = n8n('error-workflow');
    expect(result.report.find((entry) => entry.source.type === 'settings.errorWorkflow')?.message).toContain(
      '"42"',
    );
    expect(asKind(nodeNamed(result, 'Error Trigger'), 'trigger').signal).toBe('alert');
  });

  it('several triggers each start a run, with one scenario per trigger', () => {
    const result = n8n('triggers');
    const triggers = result.playbook.nodes.filter((node) => node.kind === 'trigger');
    expect(triggers.map((node) => (node as NodeOf<'trigger'>).signal)).toEqual([
      'manual',
      'schedule',
      'alert',
      'manual',
    ]);
    expect(result.playbook.scenarios.map((scenario) => scenario.trigger)).toEqual(
      triggers.map((node) => node.id),
    );
    for (const scenario of result.playbook.scenarios) {
      const run = simulate(result.playbook, { scenario: scenario.id });
      expect(run.ok && run.result.outcome).toBe('completed');
    }
  });
});

describe('n8n: errors and retries', () => {
  it('an error output (onError continueErrorOutput) becomes the failure edge', () => {
    const result = n8n('error-output');
    const charge = nodeNamed(result, 'Charge card');
    expect(target(result, charge.id, 'failure').kind).toBe('approval'); // before "Alert finance"
    expect(target(result, charge.id, 'compensate').label).toBe('Refund: Charge card');
  });

  it('continueRegularOutput (and the legacy continueOnFail) fail forward to the same next node, reported', () => {
    const result = n8n('error-output');
    for (const name of ['Record payment', 'Legacy continue']) {
      const step = nodeNamed(result, name);
      expect(target(result, step.id, 'failure').id).toBe(target(result, step.id, 'next').id);
      expect(entryNamed(result, name).message).toMatch(/goes on along its regular output/);
    }
  });

  it('the "error" key of connections is a failure edge too', () => {
    const result = n8n('error-key');
    const create = nodeNamed(result, 'Create issue');
    expect(target(result, create.id, 'failure').kind).toBe('approval');
  });

  it("retryOnFail is the retry policy, with n8n's defaults of 3 tries 1,000 ms apart", () => {
    const result = n8n('retry');
    expect(asKind(nodeNamed(result, 'Fetch rates'), 'step').retry).toEqual({
      maxAttempts: 3,
      backoff: 'PT1S',
      multiplier: 1,
    });
    expect(asKind(nodeNamed(result, 'Update prices'), 'step').retry).toEqual({
      maxAttempts: 5,
      backoff: 'PT3S',
      multiplier: 1,
    });
    expect(asKind(nodeNamed(result, 'Create order'), 'step').retry.maxAttempts).toBe(4);
    // A retried create can duplicate: the author decides.
    expect(entryNamed(result, 'Create order').level).toBe('attention');
  });
});

describe('n8n: what operations do', () => {
  it('a charge is refunded, a delete is snapshotted with a restore path, an archive counts as a delete', () => {
    const result = n8n('stripe-charge');
    const charge = asKind(nodeNamed(result, 'Charge customer'), 'step');
    expect(charge.effects[0]?.op).toBe('insert');
    expect(target(result, charge.id, 'compensate').label).toBe('Refund: Charge customer');
    const archive = asKind(nodeNamed(result, 'Archive page'), 'step');
    expect(archive.effects[0]?.op).toBe('delete');
    const undo = target(result, archive.id, 'compensate');
    const restore = asKind(target(result, undo.id, 'failure'), 'restore');
    expect(result.playbook.nodes.find((node) => node.id === restore.checkpoint)?.kind).toBe('checkpoint');
  });

  it('community and unknown nodes need attention, saying what to decide', () => {
    const result = n8n('community-node');
    expect(entryNamed(result, 'Send WhatsApp')).toMatchObject({ level: 'attention' });
    expect(entryNamed(result, 'Send WhatsApp').message).toContain('community node');
    expect(entryNamed(result, 'Mystery').level).toBe('attention');
    // An unknown base node with a telling operation is guessed, and the guess is reported.
    expect(entryNamed(result, 'Odd base node').message).toMatch(/guess/);
  });

  it('AI sub-nodes are parts of their agent; a tool that can charge needs attention', () => {
    const result = n8n('ai-agent');
    const agent = nodeNamed(result, 'AI Agent');
    expect(entryNamed(result, 'OpenAI Chat Model')).toMatchObject({ level: 'info', node: agent.id });
    expect(entryNamed(result, 'Refund tool')).toMatchObject({ level: 'attention', node: agent.id });
    expect(entryNamed(result, 'Order lookup').level).toBe('info');
    expect(result.playbook.nodes.some((node) => node.label === 'OpenAI Chat Model')).toBe(false);
  });

  it('the sheet named in the node becomes the guessed entity, with two sample records', () => {
    const result = n8n('linear-sheets-slack');
    expect(result.playbook.dataModel.entities.map((entity) => entity.name)).toEqual(['orders']);
    expect(result.playbook.dataset.orders).toHaveLength(2);
    expect(entryNamed(result, 'Append order row').message).toMatch(/Guessed: the entity "orders"/);
  });
});

// nodeOf is the shared helper's lookup by source id; one check that ids are n8n's own node ids.
it('report entries carry the n8n node id as source id', () => {
  const result = n8n('linear-sheets-slack');
  expect(nodeOf(result, '5d1c7c1a-6f0e-4a3c-9b55-2f7f5d1e0a01').label).toBe('Append order row');
});

it('a file of several workflows (n8n export:workflow --all) imports the first and says so', () => {
  const one = JSON.parse(fixtureText('n8n/linear-sheets-slack.json'));
  const outcome = importWorkflow(JSON.stringify([one, { ...one, name: 'Second' }]));
  if (!outcome.ok) expect.fail(outcome.error.message);
  expect(outcome.playbook.name).toBe('New order to sheet and Slack');
  expect(outcome.report.at(-1)?.message).toMatch(/holds 2 workflows/);
});

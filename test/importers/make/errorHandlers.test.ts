import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/simulator';
import { edgesFrom, entriesFor, importFixture, importText, nodeOf, reachedOver } from './importFixture';

describe('Make error handler routes and directives', () => {
  const result = importFixture('make/error-handlers.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('Rollback: the failure edge leads to a rollback of the completed steps, then a rolled-back end', () => {
    expect(reachedOver(result, id('2'), 'failure')).toEqual([id('20')]);
    expect(nodeOf(result, '20')).toMatchObject({ kind: 'rollback', label: 'Rollback' });
    const ends = edgesFrom(result.playbook, id('20'), 'next').map((edge) =>
      result.playbook.nodes.find((n) => n.id === edge.target),
    );
    expect(ends).toEqual([expect.objectContaining({ kind: 'end', outcome: 'rolled_back' })]);
    expect(
      entriesFor(result, '2').some((entry) => entry.message.includes('Make undoes this module itself')),
    ).toBe(true);
  });

  it('Rollback in a dry run: when a module fails, the rows added before it are removed and the run ends rolled back', () => {
    const blueprint = {
      name: 'Rollback rehearsal',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        { id: 2, module: 'google-sheets:addRow', mapper: { sheetId: 'Orders' } },
        {
          id: 3,
          module: 'airtable:ActionCreateRecord',
          mapper: { table: 'Invoices' },
          onerror: [{ id: 4, module: 'builtin:Rollback' }],
        },
      ],
    };
    const outcome = importText(JSON.stringify(blueprint));
    const run = simulate(outcome.playbook, { faults: [{ node: nodeOf(outcome, '3').id, type: 'fail' }] });
    if (!run.ok) expect.fail(run.error.message);
    expect(run.result).toMatchObject({ outcome: 'rolled_back', consistent: true });
    expect(run.result.metrics.compensations.succeeded).toBe(1);
  });

  it('Break: the module is retried count times, interval minutes apart, then ends failed', () => {
    const erp = nodeOf(result, '3');
    expect(erp.kind === 'step' && erp.retry).toEqual({ maxAttempts: 4, backoff: 'PT15M', multiplier: 1 });
    expect(reachedOver(result, id('3'), 'failure')).toEqual([id('30')]);
    expect(nodeOf(result, '30')).toMatchObject({ kind: 'end', outcome: 'failed', label: 'Retry later' });
  });

  it('Resume: the failure path goes on to the next module, and the directive is reported on the module it resumes', () => {
    expect(reachedOver(result, id('4'), 'failure')).toEqual(reachedOver(result, id('4'), 'next'));
    expect(reachedOver(result, id('4'), 'next')).toEqual([id('5')]);
    expect(entriesFor(result, '40').map((entry) => entry.node)).toContain(id('4'));
  });

  it('Commit: the handler modules run, then the run ends completed and keeps its changes (warning)', () => {
    expect(reachedOver(result, id('5'), 'failure')).toEqual([id('50')]);
    expect(reachedOver(result, id('50'), 'next')).toEqual([id('51')]);
    expect(nodeOf(result, '51')).toMatchObject({ kind: 'end', outcome: 'completed' });
    expect(
      entriesFor(result, '5').some((entry) => entry.level === 'warning' && entry.message.includes('Commit')),
    ).toBe(true);
  });

  it('Ignore: a completed end on the failure path', () => {
    expect(reachedOver(result, id('6'), 'failure')).toEqual([id('60')]);
    expect(nodeOf(result, '60')).toMatchObject({ kind: 'end', outcome: 'completed' });
  });

  it('with auto-commit on, Rollback is said to undo nothing in Make', () => {
    const blueprint = {
      name: 'Auto commit',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        { id: 2, module: 'datastore:AddRecord', onerror: [{ id: 3, module: 'builtin:Rollback' }] },
      ],
      metadata: { scenario: { autoCommit: true } },
    };
    const outcome = importText(JSON.stringify(blueprint));
    expect(entriesFor(outcome, '3').some((entry) => entry.message.includes('Auto-commit is on'))).toBe(true);
    expect(
      entriesFor(outcome, '2').some((entry) => entry.message.includes('Make undoes this module itself')),
    ).toBe(false);
  });

  it('an error route given as { flow: [...] } and one without a directive both become the failure path', () => {
    const blueprint = {
      name: 'Wrapped handlers',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        {
          id: 2,
          module: 'airtable:ActionCreateRecord',
          onerror: [
            {
              flow: [
                { id: 3, module: 'slack:CreateMessage' },
                { id: 4, module: 'builtin:Break', mapper: { retry: false } },
              ],
            },
          ],
        },
        {
          id: 5,
          module: 'airtable:ActionUpdateRecords',
          onerror: [{ id: 6, module: 'slack:CreateMessage' }],
        },
      ],
    };
    const outcome = importText(JSON.stringify(blueprint));
    const node = (source: string) => nodeOf(outcome, source).id;
    expect(reachedOver(outcome, node('2'), 'failure')).toEqual([node('3')]);
    const created = nodeOf(outcome, '2');
    expect(created.kind === 'step' && created.retry.maxAttempts).toBe(1);
    expect(reachedOver(outcome, node('5'), 'failure')).toEqual([node('6')]);
    expect(entriesFor(outcome, '5').some((entry) => entry.message.includes('without a directive'))).toBe(
      true,
    );
  });

  it('an unknown module is flagged attention, and a module named like a write is guessed as one', () => {
    const blueprint = {
      name: 'Unknown apps',
      flow: [
        { id: 1, module: 'gateway:CustomWebHook' },
        { id: 2, module: 'app#acme-crm:ActionCreateTicket' },
        { id: 3, module: 'acme-erp:reconcile' },
      ],
    };
    const outcome = importText(JSON.stringify(blueprint));
    expect(edgesFrom(outcome.playbook, nodeOf(outcome, '2').id, 'compensate')).toHaveLength(1);
    for (const source of ['2', '3'])
      expect(entriesFor(outcome, source).some((entry) => entry.level === 'attention')).toBe(true);
  });
});

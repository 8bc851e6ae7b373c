import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importWorkflow } from '../../../src/importers';
import { edgesFrom, entriesFor, fixtureText, importFixture, importText, nodeOf } from '../make/importFixture';
import { runFromEveryTrigger, structuralErrors } from '../playbookChecks';

describe('Serverless Workflow 1.0 import', () => {
  const saga = importFixture('serverless-workflow/order-saga.sw.yaml');
  const undoLabel = (sourceId: string) => {
    const edge = edgesFrom(saga.playbook, nodeOf(saga, sourceId).id, 'compensate')[0];
    return saga.playbook.nodes.find((node) => node.id === edge?.target)?.label;
  };

  it('reads YAML, detects the format, and gives a playbook that validates and runs', () => {
    expect(saga.format).toBe('serverless-workflow');
    expect(saga.playbook.name).toBe('Order saga');
    expect(structuralErrors(saga.playbook)).toEqual([]);
    expect(runFromEveryTrigger(saga.playbook)).toHaveLength(1);
    expect(nodeOf(saga, 'schedule')).toMatchObject({ kind: 'trigger', signal: 'schedule' });
  });

  it('makes a catch of undo calls the compensations of the steps they undo, and the catch a failure path to a rollback', () => {
    expect(undoLabel('ChargeCard')).toBe('RefundCard');
    expect(undoLabel('ReserveStock')).toBe('CancelStock');
    const rollback = nodeOf(saga, 'OrderFailed');
    expect(rollback.kind).toBe('rollback');
    expect(edgesFrom(saga.playbook, nodeOf(saga, 'ChargeCard').id, 'failure').map((e) => e.target)).toEqual([
      rollback.id,
    ]);
  });

  it('maps the catch retry: limit.attempt.count retries after the first attempt, delay, exponential ×2', () => {
    expect(nodeOf(saga, 'ChargeCard')).toMatchObject({
      retry: { maxAttempts: 4, backoff: 'PT2S', multiplier: 2 },
    });
  });

  it('keeps switch cases in order, waits, listen timeouts, and walks fork branches and for bodies once', () => {
    const decision = nodeOf(saga, 'LargeOrder');
    expect(edgesFrom(saga.playbook, decision.id, 'branch').map((edge) => [edge.when, edge.label])).toEqual([
      [true, 'large'],
      [false, 'small'],
    ]);
    expect(nodeOf(saga, 'Settle')).toMatchObject({ duration: 'PT1M' });
    expect(nodeOf(saga, 'WaitForApproval')).toMatchObject({ timeout: 'PT4H' });
    expect(entriesFor(saga, 'ForEachItem')[0]!.message).toMatch(/loop over items/);
    expect(entriesFor(saga, 'Ship')[0]!.message).toMatch(/fork of 2 branches/);
  });

  it('gives the same playbook from the same document written as JSON', () => {
    const json = importText(JSON.stringify(parse(fixtureText('serverless-workflow/order-saga.sw.yaml'))));
    expect(json.playbook).toEqual(saga.playbook);
  });

  it('accounts for every task, nested ones included', () => {
    const names: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value))
        for (const item of value)
          for (const [name, task] of Object.entries(item as object)) {
            names.push(name);
            walk(task);
          }
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value))
          if (['do', 'try', 'branches', 'fork', 'catch', 'for'].includes(key)) walk(inner);
    };
    walk((parse(fixtureText('serverless-workflow/order-saga.sw.yaml')) as { do: unknown }).do);
    const reported = new Set(saga.report.map((entry) => entry.source.id));
    for (const name of names) expect(reported, name).toContain(name);
  });

  it('leaves other DSL versions alone', () => {
    const old = importWorkflow(JSON.stringify({ id: 'x', specVersion: '0.8', states: [] }));
    expect(!old.ok && old.error.kind).toBe('unknown-format');
  });
});

import { describe, expect, it } from 'vitest';
import { edgesFrom, importFixture, importText, nodeOf, reachedOver } from '../make/importFixture';

describe('Power Automate runAfter', () => {
  const result = importFixture('power-automate/run-after.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('Failed and TimedOut become one failure edge to the action that runs then', () => {
    const failures = edgesFrom(result.playbook, id('Add_row_to_ledger'), 'failure');
    expect(failures).toHaveLength(1);
    expect(reachedOver(result, id('Add_row_to_ledger'), 'failure')).toEqual([id('Notify_on_failure')]);
  });

  it('Succeeded stays the next edge', () => {
    expect(reachedOver(result, id('Add_row_to_ledger'), 'next')).toEqual([id('Call_billing_API')]);
  });

  it('an action that runs after every status is both the next and the failure path', () => {
    expect(reachedOver(result, id('Call_billing_API'), 'next')).toEqual([id('Always_clean_up')]);
    expect(reachedOver(result, id('Call_billing_API'), 'failure')).toEqual([id('Always_clean_up')]);
  });

  it('Skipped after a first action that already has a failure path leads nowhere, and the report says why', () => {
    expect(reachedOver(result, id('Add_row_to_ledger'), 'failure')).toEqual([id('Notify_on_failure')]);
    const entries = result.report.filter((entry) => entry.source.id === 'Log_skipped');
    expect(entries.map((entry) => entry.message).join(' ')).toContain('already has a failure path');
    expect(entries.every((entry) => entry.node === null)).toBe(true);
  });

  it('Skipped after an action that waits for success is the failure path of the action before it', () => {
    const definition = {
      triggers: { manual: { type: 'Request', kind: 'Button' } },
      actions: {
        Create_row: {
          type: 'OpenApiConnection',
          runAfter: {},
          inputs: { host: { apiId: 'shared_sql', operationId: 'PostItem_V2' } },
        },
        Send_receipt: {
          type: 'OpenApiConnection',
          runAfter: { Create_row: ['Succeeded'] },
          inputs: { host: { apiId: 'shared_office365', operationId: 'SendEmailV2' } },
        },
        When_receipt_skipped: {
          type: 'Http',
          runAfter: { Send_receipt: ['Skipped'] },
          inputs: { method: 'POST', uri: 'https://ops.example.com/alerts' },
        },
      },
    };
    const skipped = importText(JSON.stringify(definition), 'power-automate');
    const create = nodeOf(skipped, 'Create_row').id;
    expect(reachedOver(skipped, create, 'failure')).toEqual([nodeOf(skipped, 'When_receipt_skipped').id]);
  });

  it('entries of actions that are no action are reported, not dropped', () => {
    const text =
      '{"triggers":{"manual":{"type":"Request","kind":"Button"}},"actions":{"Note":"just text","__proto__":{"type":"Compose","runAfter":{}},"Real":{"type":"Compose","runAfter":{}}}}';
    const outcome = importText(text, 'power-automate');
    for (const id of ['Note', '__proto__']) {
      expect(
        outcome.report.some(
          (entry) => entry.source.id === id && entry.level === 'warning' && entry.node === null,
        ),
      ).toBe(true);
    }
    expect(nodeOf(outcome, 'Real').kind).toBe('step');
  });
});

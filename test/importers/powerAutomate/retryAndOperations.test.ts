import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, readRetryPolicy } from '../../../src/importers/powerAutomate/retry';
import { edgesFrom, entriesFor, importFixture, importText, nodeOf } from '../make/importFixture';

describe('Power Automate retry policies become the step retry', () => {
  const result = importFixture('power-automate/retry-policies.json');
  const retryOf = (source: string) => {
    const node = nodeOf(result, source);
    return node.kind === 'step' ? node.retry : undefined;
  };

  it('no policy is the Logic Apps default: 4 retries (5 attempts), exponential from 7.5 s', () => {
    expect(retryOf('Default_policy')).toEqual({ maxAttempts: 5, backoff: 'PT7.5S', multiplier: 2 });
    expect(retryOf('Explicit_default')).toEqual(retryOf('Default_policy'));
  });

  it('fixed: count retries, the interval apart, no growth', () => {
    expect(retryOf('Fixed_policy')).toEqual({ maxAttempts: 3, backoff: 'PT30S', multiplier: 1 });
  });

  it('exponential: count retries from the interval, doubling', () => {
    expect(retryOf('Exponential_policy')).toEqual({ maxAttempts: 7, backoff: 'PT10S', multiplier: 2 });
  });

  it('none: one attempt', () => {
    expect(retryOf('No_retry')?.maxAttempts).toBe(1);
  });

  it('actions that do no I/O have no retry policy to read', () => {
    expect(readRetryPolicy('Compose', undefined)).toEqual({});
    expect(readRetryPolicy('Http', undefined).retry).toEqual(DEFAULT_RETRY);
  });

  it('a policy with no usable interval falls back to the default and says so', () => {
    const reading = readRetryPolicy('Http', { type: 'fixed', count: 2, interval: 'soon' });
    expect(reading.retry).toEqual(DEFAULT_RETRY);
    expect(reading.message?.level).toBe('warning');
  });
});

describe('Power Automate operations and the undo proposed', () => {
  const invoices = importFixture('power-automate/invoice-processing.json');

  it('a Dataverse create gets a compensation', () => {
    expect(
      edgesFrom(invoices.playbook, nodeOf(invoices, 'Create_invoice_record').id, 'compensate'),
    ).toHaveLength(1);
  });

  it('an Outlook send is irreversible, with its reason', () => {
    const send = nodeOf(invoices, 'Confirm_to_supplier');
    expect(send.kind === 'step' && send.irreversible?.reason).toContain('Outlook');
  });

  it('a custom connector operation needs the author: attention, named after the connector', () => {
    const entries = entriesFor(invoices, 'Post_to_ERP');
    expect(
      entries.some((entry) => entry.level === 'attention' && entry.message.includes('Contoso erp')),
    ).toBe(true);
  });

  it('a raw HTTP call is flagged attention even when its method suggests what it does', () => {
    expect(entriesFor(invoices, 'Payment_failed_alert').some((entry) => entry.level === 'attention')).toBe(
      true,
    );
  });

  it('the failure of the payment leads to its alert', () => {
    const pay = nodeOf(invoices, 'Pay_supplier').id;
    expect(edgesFrom(invoices.playbook, pay, 'failure').map((edge) => edge.target)).toEqual([
      nodeOf(invoices, 'Payment_failed_alert').id,
    ]);
  });

  it("Logic Apps' ApiConnection is read from its method and path: an insert into Orders, a delete from Staging", () => {
    const arm = importFixture('power-automate/arm-template.json');
    expect(edgesFrom(arm.playbook, nodeOf(arm, 'Insert_row').id, 'compensate')).toHaveLength(1);
    const insert = nodeOf(arm, 'Insert_row');
    expect(insert.kind === 'step' && insert.effects[0]).toMatchObject({ op: 'insert' });
    const remove = nodeOf(arm, 'Delete_staging_row');
    expect(remove.kind === 'step' && remove.effects[0]).toMatchObject({ op: 'delete' });
    expect(insert.kind === 'step' && insert.retry).toEqual({
      maxAttempts: 4,
      backoff: 'PT20S',
      multiplier: 1,
    });
  });

  it('a trigger with conditions is imported with a warning that they are not a playbook condition', () => {
    const definition = {
      triggers: {
        When_item_changes: {
          type: 'OpenApiConnectionWebhook',
          conditions: [{ expression: '@equals(1, 1)' }],
          inputs: {},
        },
      },
      actions: { Note: { type: 'Compose', runAfter: {}, inputs: 'x' } },
    };
    const outcome = importText(JSON.stringify(definition));
    expect(entriesFor(outcome, 'When_item_changes').some((entry) => entry.level === 'warning')).toBe(true);
  });
});

describe('Power Automate connection references', () => {
  it("an action that names only a solution's connection reference is looked up by the reference's connector", () => {
    const solution = {
      properties: {
        connectionReferences: { contoso_sharedsql_1a2b: { api: { name: 'shared_sql' } } },
        definition: {
          triggers: { manual: { type: 'Request', kind: 'Button' } },
          actions: {
            Add_order: {
              type: 'OpenApiConnection',
              runAfter: {},
              inputs: {
                host: { connectionReferenceName: 'contoso_sharedsql_1a2b', operationId: 'PostItem_V2' },
                parameters: { table: 'Orders' },
              },
            },
          },
        },
      },
    };
    const outcome = importText(JSON.stringify(solution));
    expect(edgesFrom(outcome.playbook, nodeOf(outcome, 'Add_order').id, 'compensate')).toHaveLength(1);
    expect(entriesFor(outcome, 'Add_order').some((entry) => entry.message.includes('SQL Server'))).toBe(true);
  });
});

describe('Power Automate triggers', () => {
  it.each([
    ['retry-policies.json', 'manual', 'manual'],
    ['condition-switch.json', 'manual', 'alert'],
    ['loops.json', 'Recurrence', 'schedule'],
    ['scope-try-catch.json', 'When_an_item_is_created', 'alert'],
  ])('%s: %s starts the run as a %s trigger', (file, trigger, signal) => {
    expect(nodeOf(importFixture(`power-automate/${file}`), trigger)).toMatchObject({
      kind: 'trigger',
      signal,
    });
  });
});

describe('Logic Apps Standard built-in connectors', () => {
  it('a ServiceProvider action is read from its service and operation, and a guessed write needs the author', () => {
    const workflow = {
      definition: {
        triggers: { When_a_message_arrives: { type: 'ServiceProvider', inputs: {} } },
        actions: {
          Insert_order: {
            type: 'ServiceProvider',
            runAfter: {},
            inputs: {
              parameters: { tableName: 'Orders' },
              serviceProviderConfiguration: {
                connectionName: 'sql',
                operationId: 'insertRow',
                serviceProviderId: '/serviceProviders/sql',
              },
            },
          },
        },
      },
      kind: 'Stateful',
    };
    const outcome = importText(JSON.stringify(workflow));
    expect(edgesFrom(outcome.playbook, nodeOf(outcome, 'Insert_order').id, 'compensate')).toHaveLength(1);
    expect(entriesFor(outcome, 'Insert_order').some((entry) => entry.level === 'attention')).toBe(true);
  });
});

describe('Logic Apps connections', () => {
  it("an ApiConnection's connection is named by parameters.$connections: 'orders-db' is SQL Server", () => {
    const workflow = {
      definition: {
        triggers: { manual: { type: 'Request', kind: 'Http' } },
        actions: {
          Insert_row: {
            type: 'ApiConnection',
            runAfter: {},
            inputs: {
              host: { connection: { name: "@parameters('$connections')['orders-db']['connectionId']" } },
              method: 'post',
              path: '/v2/datasets/default,default/tables/[dbo].[Orders]/items',
            },
          },
        },
      },
      parameters: {
        $connections: {
          value: {
            'orders-db': {
              id: '/subscriptions/x/providers/Microsoft.Web/locations/westeurope/managedApis/sql',
            },
          },
        },
      },
    };
    const outcome = importText(JSON.stringify(workflow));
    expect(entriesFor(outcome, 'Insert_row').some((entry) => entry.message.includes('SQL Server'))).toBe(
      true,
    );
  });

  it('waiting for an approval has no retry', () => {
    const result = importFixture('power-automate/condition-switch.json');
    const approval = nodeOf(result, 'Start_approval');
    expect(approval.kind === 'step' && approval.retry.maxAttempts).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  effectFromName,
  httpOperation,
  lookupMake,
  lookupN8n,
  lookupPowerAutomate,
  resourceFromUrl,
} from '../../src/importers/catalogue';

describe('the connector catalogue', () => {
  it.each([
    ['n8n-nodes-base.googleSheets', 'sheet', 'append', 'create'],
    ['n8n-nodes-base.googleSheets', undefined, undefined, 'read'], // n8n's default operation
    ['n8n-nodes-base.googleSheets', 'sheet', 'remove', 'delete'],
    ['n8n-nodes-base.hubspot', undefined, undefined, 'update'], // contact: upsert
    ['n8n-nodes-base.notion', 'databasePage', undefined, 'create'],
    ['n8n-nodes-base.notion', 'page', 'archive', 'delete'],
    ['n8n-nodes-base.stripe', 'charge', 'create', 'charge'],
    ['n8n-nodes-base.stripe', 'customer', 'create', 'create'],
    ['n8n-nodes-base.slack', undefined, undefined, 'send'],
    ['n8n-nodes-base.postgres', undefined, 'deleteTable', 'delete'],
  ])('n8n %s %s:%s %s', (type, resource, operation, effect) => {
    expect(lookupN8n(type, resource, operation)?.effect).toBe(effect);
  });

  it('n8n: an unknown node or operation is not in the catalogue, and object keys never match', () => {
    expect(lookupN8n('n8n-nodes-base.nope', undefined, 'create')).toBeUndefined();
    expect(lookupN8n('n8n-nodes-base.slack', 'message', 'constructor')).toBeUndefined();
    expect(lookupN8n('n8n-nodes-base.slack', 'toString', undefined)).toMatchObject({ effect: 'send' });
  });

  it('a payment proposes a refund and a send its channel', () => {
    expect(lookupN8n('n8n-nodes-base.stripe', 'charge', 'create')?.undo).toMatch(/refund/);
    expect(lookupN8n('n8n-nodes-base.gmail', undefined, 'send')?.channel).toBe('email');
  });

  it('Make modules and Power Automate operations, case-insensitively; a full apiId works', () => {
    expect(lookupMake('google-sheets:addRow')?.effect).toBe('create');
    expect(lookupMake('GOOGLE-SHEETS:ADDROW')?.effect).toBe('create');
    expect(
      lookupPowerAutomate('/providers/Microsoft.PowerApps/apis/shared_sql', 'PatchItem_V2')?.effect,
    ).toBe('update');
    expect(lookupPowerAutomate('shared_office365', 'SendEmailV2')).toMatchObject({
      effect: 'send',
      channel: 'email',
    });
    expect(lookupPowerAutomate('shared_commondataserviceforapps', 'DeleteRecord')?.app).toBe('Dataverse');
    expect(lookupPowerAutomate('shared_sql', 'ExecutePassThroughNativeQuery_V2')).toBeUndefined();
  });

  it('raw HTTP by method, and what the URL names', () => {
    expect(httpOperation('get')?.effect).toBe('read');
    expect(httpOperation('POST')?.effect).toBe('create');
    expect(httpOperation('PATCH')?.effect).toBe('update');
    expect(httpOperation('DELETE')?.effect).toBe('delete');
    expect(httpOperation('PROPFIND')).toBeUndefined();
    expect(resourceFromUrl('https://api.shop.test/v2/orders/{{ $json.id }}?x=1')).toBe('orders');
    expect(resourceFromUrl('https://api.shop.test/')).toBeUndefined();
  });

  it('guesses from names, payments before creates', () => {
    expect(effectFromName('createCharge')).toBe('charge');
    expect(effectFromName('ActionDeleteRecords')).toBe('delete');
    expect(effectFromName('sendMessage')).toBe('send');
    expect(effectFromName('watchRows')).toBe('read');
    expect(effectFromName('frobnicate')).toBeUndefined();
  });
});

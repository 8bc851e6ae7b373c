import { describe, expect, it } from 'vitest';
import { importWorkflow } from '../../src/importers';
import { fixtureText } from './make/importFixture';

const n8nText = fixtureText('n8n/linear-sheets-slack.json');

describe('importWorkflow', () => {
  it('detects n8n from the content by default, and imports it when asked for by name', () => {
    expect(importWorkflow(n8nText)).toMatchObject({ ok: true, format: 'n8n' });
    expect(importWorkflow(n8nText, { from: 'n8n' })).toMatchObject({ ok: true, format: 'n8n' });
  });

  it('refuses a file that is not of the format asked for', () => {
    const outcome = importWorkflow(n8nText, { from: 'power-automate' });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'unknown-format' } });
  });

  it.each([
    ['', 'unreadable', /empty/],
    ['{ "nodes": [', 'unreadable', /Not valid JSON/],
    ['[1, 2, 3]', 'unknown-format', /Not a workflow Rollbook can import/],
    ['{ "format": "rollbook.playbook" }', 'unknown-format', /Not a workflow Rollbook can import/],
    ['{ "nodes": [], "connections": {} }', 'empty', /no steps/],
  ])('%j is refused as %s with a plain message', (text, kind, message) => {
    const outcome = importWorkflow(text);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe(kind);
    expect(outcome.error.message).toMatch(message);
  });

  it('an unknown --from is an error value, not an exception', () => {
    const outcome = importWorkflow(n8nText, { from: 'zapier' as never });
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: 'unknown-format', message: expect.stringMatching(/Unknown format "zapier"/) },
    });
  });

  it('the playbook says what it was imported from', () => {
    const outcome = importWorkflow(n8nText);
    if (!outcome.ok) expect.fail(outcome.error.message);
    expect(outcome.playbook['x-imported-from']).toEqual({
      format: 'n8n',
      workflow: 'New order to sheet and Slack',
      id: 'Xk3pQ9wZ1rT5',
    });
    expect(outcome.playbook.metadata.tags).toEqual(['imported', 'n8n']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook, parsePlaybookJson, serializePlaybook } from '../../src/domain/parse';
import { arbitraryPlaybook } from '../fixtures/arbitraryPlaybook';
import { EXAMPLE_NAMES, rawExample } from '../fixtures/examples';

describe('parse → serialize → parse', () => {
  it('leaves every generated valid playbook unchanged', () => {
    fc.assert(
      fc.property(arbitraryPlaybook, (document) => {
        const first = parsePlaybook(document);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const second = parsePlaybookJson(serializePlaybook(first.playbook));
        expect(second.ok && second.playbook).toEqual(first.playbook);
      }),
      { numRuns: 300 },
    );
  });

  it.each(EXAMPLE_NAMES)('leaves the %s example unchanged', (name) => {
    const first = parsePlaybook(rawExample(name));
    if (!first.ok) throw new Error('example must parse');
    const second = parsePlaybookJson(serializePlaybook(first.playbook));
    expect(second.ok && second.playbook).toEqual(first.playbook);
  });

  it('keeps top-level x- keys verbatim', () => {
    const document = {
      ...rawExample('minimal-saga'),
      'x-acme-ticket': 'OPS-12',
      'x-review': { board: ['a', 1] },
    };
    const result = parsePlaybook(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = JSON.parse(serializePlaybook(result.playbook));
    expect(again['x-acme-ticket']).toBe('OPS-12');
    expect(again['x-review']).toEqual({ board: ['a', 1] });
  });

  it('applies the spec defaults, so a file that omits them equals one that spells them out', () => {
    const omitted = parsePlaybook(rawExample('minimal-saga'));
    const spelled = rawExample('minimal-saga');
    Object.assign(spelled, {
      revision: 1,
      metadata: {},
      roles: [],
      governance: { requiredApprovals: 1, approverRoles: [] },
      review: { approvals: [] },
    });
    const node = (spelled.nodes as Record<string, unknown>[])[1]!;
    Object.assign(node, { retry: { maxAttempts: 1, backoff: 'PT0S', multiplier: 1 }, idempotent: false });
    const explicit = parsePlaybook(spelled);
    expect(omitted.ok && explicit.ok).toBe(true);
    if (!omitted.ok || !explicit.ok) return;
    expect(explicit.playbook).toEqual(omitted.playbook);
    const debit = omitted.playbook.nodes.find((n) => n.id === 'debit');
    expect(debit?.kind === 'step' && debit.retry).toEqual({ maxAttempts: 1, backoff: 'PT0S', multiplier: 1 });
  });
});

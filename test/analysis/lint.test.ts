import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPlaybook, RULES, recommended } from '../../src/analysis';
import { RULE_META } from '../../src/analysis/rules/ruleMeta';
import { parsePlaybookJson } from '../../src/domain/parse';
import { build, replaceNode, safeSagaDraft, withExtra } from './fixtures';

const EXAMPLES = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'];
const saga = safeSagaDraft();
const lacksIdempotency = replaceNode(saga, 'cs', { idempotent: false });

describe('lintPlaybook', () => {
  it('finds nothing in the safe saga fixture every rule table starts from', () => {
    expect(lintPlaybook(build(saga))).toEqual([]);
  });

  it.each(EXAMPLES)('reports no error-level finding on the shipped example %s', (name) => {
    const parsed = parsePlaybookJson(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(lintPlaybook(parsed.playbook).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports each finding at the severity of the recommended config', () => {
    expect(lintPlaybook(build(lacksIdempotency))).toEqual([
      expect.objectContaining({
        rule: 'compensation-idempotent',
        severity: recommended['compensation-idempotent'],
        target: 'cs',
      }),
    ]);
  });

  it('lets a playbook raise, lower or silence a rule under x-rollbook-lint', () => {
    const raised = build(
      withExtra(lacksIdempotency, { 'x-rollbook-lint': { 'compensation-idempotent': 'error' } }),
    );
    expect(lintPlaybook(raised).map((finding) => finding.severity)).toEqual(['error']);
    const silenced = build(
      withExtra(lacksIdempotency, { 'x-rollbook-lint': { 'compensation-idempotent': 'off' } }),
    );
    expect(lintPlaybook(silenced)).toEqual([]);
  });

  it('lets the caller override the playbook setting', () => {
    const silenced = build(
      withExtra(lacksIdempotency, { 'x-rollbook-lint': { 'compensation-idempotent': 'off' } }),
    );
    expect(
      lintPlaybook(silenced, { 'compensation-idempotent': 'warn' }).map((finding) => finding.rule),
    ).toEqual(['compensation-idempotent']);
  });

  it('reports an unknown rule id or setting in x-rollbook-lint as a finding instead of throwing', () => {
    const playbook = build(
      withExtra(saga, { 'x-rollbook-lint': { 'no-such-rule': 'off', 'owner-required': 'loud' } }),
    );
    const findings = lintPlaybook(playbook);
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.target])).toEqual([
      ['lint-config', 'error', null],
      ['lint-config', 'error', null],
    ]);
    expect(findings[0]!.message).toMatch(/unknown rule "no-such-rule"/);
    expect(findings[1]!.message).toMatch(/"owner-required" is set to "loud"/);
  });

  it('reports an x-rollbook-lint that is not an object', () => {
    const findings = lintPlaybook(build(withExtra(saga, { 'x-rollbook-lint': ['off'] })));
    expect(findings.map((finding) => finding.rule)).toEqual(['lint-config']);
  });

  it('does not trip on edges to missing nodes (a document the canvas holds while invalid)', () => {
    const playbook = build(saga);
    const broken = {
      ...playbook,
      edges: [...playbook.edges, { id: 'dangling', source: 's', target: 'ghost', kind: 'next' as const }],
    };
    expect(() => lintPlaybook(broken)).not.toThrow();
  });
});

describe('the rule set', () => {
  it('has one module and one data-table test per rule, named by its id', () => {
    for (const rule of RULES) {
      expect(existsSync(`src/analysis/rules/${rule.id}.ts`), rule.id).toBe(true);
      expect(existsSync(`test/analysis/rules/${rule.id}.test.ts`), rule.id).toBe(true);
    }
  });

  it('has unique ids, each in the recommended config at its default severity', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(recommended[rule.id]).toBe(rule.meta.defaultSeverity);
  });

  it("takes each rule's words from the table under its own id, and the table has no other rule", () => {
    expect(Object.keys(RULE_META).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) expect(rule.meta, rule.id).toBe(RULE_META[rule.id as keyof typeof RULE_META]);
  });

  it('documents every rule in docs/lint-rules.md', () => {
    const docs = readFileSync('docs/lint-rules.md', 'utf8');
    for (const rule of RULES) expect(docs, rule.id).toContain(`## \`${rule.id}\``);
  });
});

import { describe, expect, it } from 'vitest';
import { lintPlaybook, RULES, rtoBudget } from '../../src/analysis';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { validate } from '../../src/state/documentStore';
import { analyseDocument, analysisOf, badgeNodeOf, ruleInfo } from '../../src/viewModels/problemsAnalysis';
import { rawExample } from '../fixtures/examples';

function parsed(raw: Record<string, unknown>): Playbook {
  const result = parsePlaybook(raw);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.playbook;
}

/** The order-fulfilment example without the compensation of "Reserve stock" (s1): c1 and its edge e8. */
function missingCompensation(): Playbook {
  const raw = rawExample('order-fulfilment-rollback');
  raw.nodes = (raw.nodes as { id: string }[]).filter((node) => node.id !== 'c1');
  raw.edges = (raw.edges as { id: string }[]).filter((edge) => edge.id !== 'e8');
  return parsed(raw);
}

describe('the analysis behind the Problems panel', () => {
  it('lists every lint finding of the engine, errors before warnings, with its place on the canvas', () => {
    const playbook = missingCompensation();
    const analysis = analyseDocument(playbook, []);
    const findings = lintPlaybook(playbook);
    expect(analysis.findings).toEqual(findings);
    expect(analysis.problems).toHaveLength(findings.length);
    const firstWarning = analysis.problems.findIndex((problem) => problem.severity === 'warn');
    expect(analysis.problems.slice(firstWarning).every((problem) => problem.severity === 'warn')).toBe(true);
    expect(analysis.errorCount).toBe(findings.filter((finding) => finding.severity === 'error').length);
    const missing = analysis.problems.find((problem) => problem.rule === 'compensation-required');
    expect(missing?.place).toEqual({ kind: 'node', nodeId: 's1' });
    expect(missing?.severity).toBe('error');
  });

  it('gives the node badges the lint findings of each node, an edge finding going to its source', () => {
    const playbook = missingCompensation();
    const analysis = analyseDocument(playbook, []);
    for (const problem of analysis.problems) {
      const nodeId = badgeNodeOf(problem.place);
      if (nodeId === null) continue;
      expect(analysis.lintByNode.get(nodeId)).toContain(problem);
    }
    const counted = [...analysis.lintByNode.values()].reduce((sum, list) => sum + list.length, 0);
    expect(counted).toBe(analysis.problems.filter((problem) => badgeNodeOf(problem.place) !== null).length);
    expect(badgeNodeOf({ kind: 'edge', edgeId: 'e1', source: 't1', target: 'cp1' })).toBe('t1');
  });

  it('puts validation errors first, as errors of the format, on the node their path names', () => {
    const playbook = parsed(rawExample('order-fulfilment-rollback'));
    const broken: Playbook = {
      ...playbook,
      edges: [...playbook.edges, { id: 'dangling', source: 's1', target: 'nowhere', kind: 'next' }],
    };
    const validation = validate(broken);
    expect(validation.length).toBeGreaterThan(0);
    const analysis = analyseDocument(broken, validation);
    expect(analysis.problems[0]?.rule).toBe('format');
    expect(analysis.problems.filter((problem) => problem.rule === 'format')).toHaveLength(validation.length);
    expect(analysis.errorCount).toBeGreaterThanOrEqual(validation.length);
  });

  it('carries the RTO budget of the engine, and none when the safety rules cannot run', () => {
    const playbook = parsed(rawExample('order-fulfilment-rollback'));
    expect(analyseDocument(playbook, []).rto).toEqual(rtoBudget(playbook));
    const unrunnable = { ...playbook, nodes: null } as unknown as Playbook;
    const analysis = analyseDocument(unrunnable, [{ path: '/nodes', message: 'nodes must be a list' }]);
    expect(analysis.rto).toBeNull();
    expect(analysis.lintFailure).toMatch(/once the format errors above are fixed/);
    expect(analysis.problems).toHaveLength(1);
  });

  it('names the rules that ran, leaving out those the playbook turns off', () => {
    const raw = rawExample('order-fulfilment-rollback');
    raw['x-rollbook-lint'] = { 'owner-required': 'off' };
    const analysis = analyseDocument(parsed(raw), []);
    expect(analysis.rulesChecked).toEqual(
      RULES.map((rule) => rule.id).filter((id) => id !== 'owner-required'),
    );
    expect(analysis.problems.some((problem) => problem.rule === 'owner-required')).toBe(false);
  });

  it('is computed once per document version', () => {
    const playbook = parsed(rawExample('minimal-saga'));
    const validation = validate(playbook);
    const first = analysisOf(playbook, validation);
    expect(analysisOf(playbook, validation)).toBe(first);
    expect(analysisOf({ ...playbook }, validation)).not.toBe(first);
  });

  it("shows each rule's own description and rationale", () => {
    for (const rule of RULES) {
      expect(ruleInfo(rule.id)).toEqual({
        title: rule.id,
        description: rule.meta.description,
        rationale: rule.meta.rationale,
      });
    }
    expect(ruleInfo('format').rationale).toBeNull();
  });
});

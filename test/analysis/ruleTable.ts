import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../src/analysis';
import { RULES } from '../../src/analysis/rules';
import type { Playbook } from '../../src/domain/types';

export interface ValidCase {
  name: string;
  playbook: Playbook;
}
export interface InvalidCase extends ValidCase {
  /** The targets the rule reports, in order (null: the whole playbook). */
  targets: (string | null)[];
  /** A fragment every message must contain, to show the finding says the right thing. */
  message?: RegExp;
}

/**
 * bpmnlint-style data table for one rule: valid fixtures draw no finding of the rule; each
 * invalid fixture draws findings of that rule only (no other rule fires), at the listed targets.
 */
export function ruleTable(ruleId: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered with a description and a rationale', () => {
      expect(rule?.meta.description).toMatch(/\w/);
      expect(rule?.meta.rationale).toMatch(/\w/);
    });
    it.each(table.valid)('accepts $name', ({ playbook }) => {
      expect(lintPlaybook(playbook).filter((finding) => finding.rule === ruleId)).toEqual([]);
    });
    it.each(table.invalid)('reports $name, and no other rule fires', ({ playbook, targets, message }) => {
      const findings = lintPlaybook(playbook);
      expect(findings.map((finding) => finding.rule)).toEqual(targets.map(() => ruleId));
      expect(findings.map((finding) => finding.target)).toEqual(targets);
      for (const finding of findings) {
        expect(finding.severity).toBe(rule?.meta.defaultSeverity);
        if (message) expect(finding.message).toMatch(message);
      }
    });
  });
}

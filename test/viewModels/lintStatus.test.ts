import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../src/analysis/lint';
import { parsePlaybook } from '../../src/domain/parse';
import { TEMPLATES } from '../../src/templates';
import { findingCounts, lintStatusOf } from '../../src/viewModels/lintStatus';

describe('the checks a library row and the template dialog show', () => {
  it('words validity first, then lint counts', () => {
    expect(lintStatusOf({ valid: false, problemCount: 1 })).toEqual({
      text: 'Invalid: 1 problem',
      tone: 'bad',
    });
    expect(lintStatusOf({ valid: true, problemCount: 0 })).toEqual({ text: 'Valid', tone: 'ok' });
    expect(lintStatusOf({ valid: true, problemCount: 0, lint: { errors: 0, warnings: 0 } }).text).toBe(
      'No lint findings',
    );
    expect(lintStatusOf({ valid: true, problemCount: 0, lint: { errors: 1, warnings: 3 } })).toEqual({
      text: '1 error, 3 warnings',
      tone: 'bad',
    });
    expect(lintStatusOf({ valid: true, problemCount: 0, lint: { errors: 0, warnings: 2 } }).tone).toBe(
      'warn',
    );
  });

  it("a template's status is the one its copy gets in the library (author, date and approvals do not change it)", () => {
    for (const template of TEMPLATES) {
      const parsed = parsePlaybook(template.json);
      if (!parsed.ok) throw new Error(`${template.name} is invalid`);
      const claimed = lintStatusOf({
        valid: true,
        problemCount: 0,
        lint: findingCounts(lintPlaybook(parsed.playbook)),
      });
      // What libraryActions.createFromTemplate stores: the same playbook, the person as author, a date, no approvals.
      const copy = {
        ...parsed.playbook,
        metadata: { ...parsed.playbook.metadata, author: 'Dana', createdAt: '2026-12-04T08:00:00Z' },
        review: { approvals: [] },
      };
      const stored = lintStatusOf({ valid: true, problemCount: 0, lint: findingCounts(lintPlaybook(copy)) });
      expect(stored, template.name).toEqual(claimed);
    }
  });
});

import type { LintFinding } from '../analysis/types';

/** What the library shows of a playbook's checks: a short text and its tone. */
export interface LintStatus {
  text: string;
  tone: 'ok' | 'warn' | 'bad';
}

/** The checks of a playbook as the library stores them: schema validity, then lint counts (absent when unknown). */
export interface CheckSummary {
  valid: boolean;
  problemCount: number;
  lint?: { errors: number; warnings: number } | undefined;
}

/** Error and warning counts of lint findings. */
export function findingCounts(findings: readonly LintFinding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warn').length,
  };
}

/**
 * "Invalid: 2 problems", "Valid", "No lint findings", "1 error, 3 warnings": one wording for the
 * library's rows and the template dialog, so a template's claim is the status its copy will show.
 */
export function lintStatusOf(summary: CheckSummary): LintStatus {
  if (!summary.valid) {
    const n = summary.problemCount;
    return { text: `Invalid: ${n} ${n === 1 ? 'problem' : 'problems'}`, tone: 'bad' };
  }
  if (!summary.lint) return { text: 'Valid', tone: 'ok' };
  const { errors, warnings } = summary.lint;
  if (errors === 0 && warnings === 0) return { text: 'No lint findings', tone: 'ok' };
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return { text: parts.join(', '), tone: errors > 0 ? 'bad' : 'warn' };
}

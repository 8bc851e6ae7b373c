import type { Playbook } from '../domain/types';
import { resolveConfig } from './config';
import { RULES } from './rules';
import type { LintFinding } from './types';

/**
 * Every finding of every rule that is not `off`, with the severity in force: `recommended`, then
 * the playbook's `x-rollbook-lint`, then `overrides` (rule id → `error` | `warn` | `off`).
 * Configuration problems come first, then findings in rule order (see `RULES`), each rule's in
 * the order it reports them. Pure; never throws for a parsed playbook.
 */
export function lintPlaybook(
  playbook: Playbook,
  overrides?: Readonly<Record<string, 'error' | 'warn' | 'off'>>,
): LintFinding[] {
  const { config, problems } = resolveConfig(playbook, overrides);
  const findings: LintFinding[] = [...problems];
  for (const rule of RULES) {
    const setting = config[rule.id];
    if (setting === undefined || setting === 'off') continue;
    rule.check(playbook, (target, message) => {
      findings.push({ rule: rule.id, severity: setting, target, message });
    });
  }
  return findings;
}

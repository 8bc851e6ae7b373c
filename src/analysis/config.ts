import type { Playbook } from '../domain/types';
import { RULES } from './rules';
import type { LintConfig, LintFinding, RuleSetting } from './types';

/** The top-level key under which a playbook overrides rule settings: `{ "rule-id": "off" }`. */
export const LINT_CONFIG_KEY = 'x-rollbook-lint';

/** The rule id of findings about the lint configuration itself (unknown rule, bad setting). */
export const CONFIG_RULE_ID = 'lint-config';

const SETTINGS: readonly RuleSetting[] = ['error', 'warn', 'off'];

/** Every rule at its default severity. */
export const recommended: LintConfig = Object.freeze(
  Object.fromEntries(RULES.map((rule) => [rule.id, rule.meta.defaultSeverity])),
);

/** Whether a text is a rule setting. */
export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && (SETTINGS as readonly string[]).includes(value);
}

/**
 * The settings in force: `recommended`, then the playbook's `x-rollbook-lint`, then the caller's
 * overrides (the CLI's `--rule`). A bad entry (unknown rule id, unknown setting, not an object)
 * is skipped and reported as a `lint-config` error finding, never thrown.
 */
export function resolveConfig(
  playbook: Playbook,
  overrides: Readonly<Record<string, string>> = {},
): { config: LintConfig; problems: LintFinding[] } {
  const config: Record<string, RuleSetting> = { ...recommended };
  const problems: LintFinding[] = [];
  const problem = (message: string) =>
    problems.push({ rule: CONFIG_RULE_ID, severity: 'error', target: null, message });

  const apply = (entries: Readonly<Record<string, unknown>>, where: string) => {
    for (const [ruleId, setting] of Object.entries(entries)) {
      if (!Object.hasOwn(recommended, ruleId)) {
        problem(`${where}: unknown rule "${ruleId}" (known rules: ${Object.keys(recommended).join(', ')})`);
      } else if (!isRuleSetting(setting)) {
        problem(
          `${where}: rule "${ruleId}" is set to ${JSON.stringify(setting)}; use "error", "warn" or "off"`,
        );
      } else {
        config[ruleId] = setting;
      }
    }
  };

  const inFile: unknown = (playbook as Record<string, unknown>)[LINT_CONFIG_KEY];
  if (inFile !== undefined) {
    if (typeof inFile === 'object' && inFile !== null && !Array.isArray(inFile)) {
      apply(inFile as Record<string, unknown>, `"${LINT_CONFIG_KEY}"`);
    } else {
      problem(`"${LINT_CONFIG_KEY}" must be an object mapping rule ids to "error", "warn" or "off"`);
    }
  }
  apply(overrides, 'Rule override');
  return { config, problems };
}

/**
 * Analysis: whether a valid playbook is safe. Lint rules (one module each under `rules/`), the
 * `recommended` config with per-playbook overrides under `x-rollbook-lint`, and the RTO budget.
 */
export { CONFIG_RULE_ID, isRuleSetting, LINT_CONFIG_KEY, recommended, resolveConfig } from './config';
export {
  FIXES,
  type FixableFinding,
  type FixId,
  fixAllOf,
  fixOfRule,
  type QuickFix,
  quickFixFor,
} from './fixes';
export { type GraphIndex, graphIndexOf } from './graphIndex';
export { lintPlaybook } from './lint';
export { type RtoBudget, type RtoPathEntry, rtoBudget } from './rto';
export { RULES } from './rules';
export type { LintConfig, LintFinding, LintRule, RuleMeta, RuleReport, RuleSetting, Severity } from './types';

import type { Playbook } from '../domain/types';
import type { FixId } from './fixes/types';

/** How loudly a finding speaks: an `error` fails `rollbook lint` (exit 1), a `warn` does not. */
export type Severity = 'error' | 'warn';

/** What a rule is set to in a config: a severity, or `off` to silence it. */
export type RuleSetting = Severity | 'off';

/** One problem the analysis found, pointing at the node or edge to fix (null: the whole playbook). */
export interface LintFinding {
  rule: string;
  severity: Severity;
  /** A node or edge id the canvas can focus, or null when the problem has no single place. */
  target: string | null;
  message: string;
}

/** How a rule reports: the node or edge id (or null) and a message a citizen developer can act on. */
export type RuleReport = (target: string | null, message: string) => void;

/** What a rule says about itself; the Problems panel shows `description`, the docs add `rationale`. */
export interface RuleMeta {
  description: string;
  rationale: string;
  defaultSeverity: RuleSetting;
}

/**
 * One analysis rule (bpmnlint style): a pure check over a parsed playbook. It reports every
 * problem it finds; the engine decides the severity from the config.
 */
export interface LintRule {
  id: string;
  meta: RuleMeta;
  /** The quick fix that answers this rule's findings, when one can (analysis/fixes). */
  fix?: FixId;
  check: (playbook: Playbook, report: RuleReport) => void;
}

/** Rule id → setting. */
export type LintConfig = Readonly<Record<string, RuleSetting>>;

import type { LintFinding, RtoBudget, RuleSetting } from '../../analysis';
import { isRuleSetting, lintPlaybook, RULES, rtoBudget } from '../../analysis';
import { formatHumanDuration } from '../../lib/duration';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';

/** `--rule id=severity`, each checked: a typo in a CI pipeline must fail loudly (exit 2). */
function parseRuleOptions(values: readonly string[]): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {};
  for (const value of values) {
    const [ruleId, setting, ...rest] = value.split('=');
    if (!ruleId || setting === undefined || rest.length > 0) {
      throw new CliUsageError(`--rule ${value}: write it as RULE=SEVERITY, such as owner-required=off`);
    }
    if (!RULES.some((rule) => rule.id === ruleId)) {
      throw new CliUsageError(
        `--rule ${value}: unknown rule "${ruleId}" (known rules: ${RULES.map((rule) => rule.id).join(', ')})`,
      );
    }
    if (!isRuleSetting(setting))
      throw new CliUsageError(`--rule ${value}: the severity is error, warn or off`);
    overrides[ruleId] = setting;
  }
  return overrides;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function formatBudget(budget: RtoBudget): string {
  if (budget.failingNode === null) return 'RTO budget: no node can fail, so there is nothing to recover from';
  const worst = budget.bounded
    ? formatHumanDuration(budget.worstCaseMs)
    : 'unbounded (a recovery path loops)';
  const against =
    budget.rtoMs === null
      ? 'no RTO set'
      : `${budget.withinRto ? 'within' : 'OVER'} the RTO of ${formatHumanDuration(budget.rtoMs)}`;
  return `RTO budget: worst case ${worst}, ${against}\n  when ${budget.failingNode} fails: ${budget.path.join(' → ')}`;
}

/** The readable report: errors first, then warnings, one line each, then the RTO budget. */
function formatReport(file: string, findings: readonly LintFinding[], budget: RtoBudget): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warn');
  const lines = [`${file}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`];
  for (const finding of [...errors, ...warnings]) {
    const where = finding.target === null ? '' : ` [${finding.target}]`;
    lines.push(
      `  ${finding.severity === 'error' ? 'error' : 'warn '}  ${finding.rule}${where}: ${finding.message}`,
    );
  }
  lines.push(formatBudget(budget));
  return `${lines.join('\n')}\n`;
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'run the analysis rules and the RTO budget (exit 0 no error-level finding, 1 otherwise)',
  usage: 'rollbook lint FILE [--json] [--rule RULE=SEVERITY]…',
  options: [option.list('rule', 'RULE=SEVERITY', 'set a rule: error, warn or off (over "x-rollbook-lint")')],
  run: overPlaybook(
    (args) => parseRuleOptions(args.lists.get('rule') ?? []),
    ({ playbook, options: overrides, args, io, json }) => {
      const findings = lintPlaybook(playbook, overrides);
      if (json) printJson(io, { findings });
      else io.stdout(formatReport(args.positionals[0]!, findings, rtoBudget(playbook)));
      return findings.some((finding) => finding.severity === 'error') ? EXIT.failed : EXIT.ok;
    },
  ),
};

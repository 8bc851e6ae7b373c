import { formatHumanDuration } from '../../lib/duration';
import { rtoBudget } from '../rto';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** The worst-case recovery (see `rto.ts`) fits in `objectives.rto`. */
export const rtoBudgetRule: LintRule = {
  id: 'rto-budget',
  meta: RULE_META['rto-budget'],
  check(playbook, report) {
    const budget = rtoBudget(playbook);
    if (budget.rtoMs === null || budget.withinRto) return;
    const rto = formatHumanDuration(budget.rtoMs);
    const route = budget.path.join(' → ');
    if (!budget.bounded) {
      report(
        budget.failingNode,
        `After "${budget.failingNode}" fails, the recovery can go round a loop that takes time (${route}), so no recovery time can be promised within the RTO of ${rto}`,
      );
      return;
    }
    report(
      budget.failingNode,
      `Worst-case recovery is ${formatHumanDuration(budget.worstCaseMs)}, over the RTO of ${rto}: when "${budget.failingNode}" fails, the path ${route} can take that long`,
    );
  },
};

import { formatHumanDuration } from '../../lib/duration';
import { rtoBudget } from '../rto';
import type { LintRule } from '../types';

/** The worst-case recovery (see `rto.ts`) fits in `objectives.rto`. */
export const rtoBudgetRule: LintRule = {
  id: 'rto-budget',
  meta: {
    description:
      'The worst-case recovery time, computed from durations, retries, timeouts and waits, fits in the RTO.',
    rationale:
      'The recovery time objective is a promise. The budget adds up the slowest way every failure can be handled (all retries with backoff, every compensation, restores, approval timeouts); if that exceeds the RTO, some incident will break the promise even when every step of the playbook works as drawn.',
    defaultSeverity: 'error',
  },
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

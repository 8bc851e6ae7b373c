import type { RtoBudget } from '../../analysis';
import { formatHumanDuration } from '../../lib/duration';
import { problemsActions, useCriticalPathShown } from '../../state/problemsStore';

/** The budget in one sentence a person reads at a glance. */
export function budgetSentence(budget: RtoBudget): string {
  if (budget.failingNode === null) return 'No node can fail, so there is nothing to recover from.';
  if (!budget.bounded) {
    return 'Worst-case recovery has no limit: a recovery path can go round a loop that takes time.';
  }
  const worst = formatHumanDuration(budget.worstCaseMs);
  if (budget.rtoMs === null) {
    return `Worst-case recovery takes ${worst}. No recovery time objective (RTO) is set to compare it with.`;
  }
  const rto = formatHumanDuration(budget.rtoMs);
  return budget.withinRto
    ? `Worst-case recovery takes ${worst}, within the ${rto} recovery time objective (RTO).`
    : `Worst-case recovery takes ${worst}, over the ${rto} recovery time objective (RTO) by ${formatHumanDuration(budget.worstCaseMs - budget.rtoMs)}.`;
}

interface RtoBudgetSummaryProps {
  budget: RtoBudget;
  labelOf: (nodeId: string) => string;
  onShowPath: (nodeIds: readonly string[]) => void;
}

/**
 * The RTO budget (analysis/rto.ts): worst case against `objectives.rto`, the failure that gives
 * it and its path, with a toggle that highlights that path on the canvas.
 */
export function RtoBudgetSummary({ budget, labelOf, onShowPath }: RtoBudgetSummaryProps) {
  const shown = useCriticalPathShown();
  const over = budget.withinRto === false || !budget.bounded;
  return (
    <section className={`rto-budget${over ? ' rto-budget--over' : ''}`} aria-label="Recovery time budget">
      <p className="rto-budget__sentence">{budgetSentence(budget)}</p>
      {budget.failingNode !== null && (
        <>
          <p className="rto-budget__cause">
            The slowest case starts when “{labelOf(budget.failingNode)}” fails after all its retries; the
            recovery then goes through {budget.breakdown.length - 1}{' '}
            {budget.breakdown.length - 1 === 1 ? 'node' : 'nodes'}, listed below.
          </p>
          <div className="rto-budget__actions">
            <button
              type="button"
              aria-pressed={shown}
              onClick={() => {
                problemsActions.criticalPathToggled(!shown);
                if (!shown) onShowPath(budget.path);
              }}
            >
              Highlight critical path on canvas
            </button>
            {shown && <span className="rto-budget__hint">Its nodes and links are outlined in amber.</span>}
          </div>
          <details className="rto-budget__path">
            <summary>Critical path, step by step</summary>
            <ol>
              {budget.breakdown.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence in which a node may appear twice
                <li key={`${entry.node}-${index}`}>
                  {labelOf(entry.node)}
                  <span className="rto-budget__ms">
                    {index === 0 ? 'fails (the recovery clock starts)' : formatHumanDuration(entry.ms)}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}

import { fixAllOf, fixOfRule } from '../../analysis/fixes';
import { documentStore } from '../../state/documentStore';
import { useAnalysis } from '../../state/problemsStore';
import type { Problem } from '../../viewModels/problemsAnalysis';
import { applyComposite } from '../canvas/applyComposite';
import { currentQuickFix, useQuickFixOffers } from '../nodes/useNodeQuickFixes';

/**
 * A finding's quick fix (an editor's code action): one button that applies it as one undoable
 * step, and on the first finding of a rule whose fix is safe to apply to all, "Fix all N".
 */
export function ProblemFix({ problem }: { problem: Problem }) {
  const [offer] = useQuickFixOffers([problem]);
  const siblings = useAnalysis().problems.filter((other) => other.rule === problem.rule);
  const fixAll =
    siblings.length > 1 && siblings[0]?.key === problem.key && fixOfRule(problem.rule)?.safeForAll;
  if (!offer && !fixAll) return null;
  return (
    <p className="problem__fixes">
      {offer && (
        <button
          type="button"
          className="problem__fix"
          onClick={() => {
            const fix = currentQuickFix(problem);
            if (fix) applyComposite(fix);
          }}
        >
          <span aria-hidden="true">💡 </span>Fix: {offer.label}
        </button>
      )}
      {fixAll && (
        <button
          type="button"
          className="problem__fix problem__fix--all"
          onClick={() => {
            const all = fixAllOf(documentStore.getState().document, problem.rule);
            if (all) applyComposite(all);
          }}
        >
          Fix all {siblings.length}: {fixOfRule(problem.rule)?.allTitle}
        </button>
      )}
    </p>
  );
}

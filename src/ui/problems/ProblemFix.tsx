import { fixAllOf, fixOfRule } from '../../analysis/fixes';
import { documentStore } from '../../state/documentStore';
import { useAnalysis } from '../../state/problemsStore';
import type { Problem } from '../../viewModels/problemsAnalysis';
import { applyComposite } from '../canvas/applyComposite';
import { useRevealNode } from '../canvas/useRevealNode';
import { currentQuickFix, useQuickFixOffers } from '../nodes/useNodeQuickFixes';

/**
 * A finding's quick fix (an editor's code action): one button that applies it as one undoable
 * step, and on the first fixable finding of a rule whose fix is safe to apply to all, "Fix all N"
 * (N: the findings of that rule a fix can answer now).
 */
export function ProblemFix({ problem }: { problem: Problem }) {
  const [offer] = useQuickFixOffers([problem]);
  const reveal = useRevealNode();
  const rule = fixOfRule(problem.rule);
  const siblings = useAnalysis().problems.filter(
    (other) => rule?.safeForAll === true && other.rule === problem.rule,
  );
  // "Fix all" when two or more findings of the rule can be fixed, on the first that can.
  const fixable = useQuickFixOffers(siblings);
  const fixAll = fixable.length > 1 && fixable[0]?.key === problem.key;
  if (!offer && !fixAll) return null;
  return (
    <p className="problem__fixes">
      {offer && (
        <button
          type="button"
          className="problem__fix"
          onClick={() => {
            const fix = currentQuickFix(problem);
            if (fix) applyComposite(fix, reveal);
          }}
        >
          Fix: {offer.label}
        </button>
      )}
      {fixAll && (
        <button
          type="button"
          className="problem__fix problem__fix--all"
          onClick={() => {
            const all = fixAllOf(documentStore.getState().document, problem.rule);
            if (all) applyComposite(all, reveal);
          }}
        >
          Fix all {fixable.length}: {rule?.allTitle}
        </button>
      )}
    </p>
  );
}

import { useCallback, useId } from 'react';
import { RULES } from '../../analysis';
import { PERSONAL_DATA_RULE_IDS } from '../../analysis/personalData';
import { problemsActions, useAnalysis, useProblemsPanelOpen } from '../../state/problemsStore';
import type { Problem, ProblemPlace } from '../../viewModels/problemsAnalysis';
import { ProblemItem } from './ProblemItem';
import { RtoBudgetSummary } from './RtoBudgetSummary';
import { usePlaceWords } from './usePlaceWords';
import { useFitNodes, useShowOnCanvas } from './useShowOnCanvas';
import './problems.css';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function ProblemGroup({
  title,
  problems,
  ...itemProps
}: {
  title: string;
  problems: readonly Problem[];
  describePlace: (place: ProblemPlace) => string;
  onShow: (place: ProblemPlace) => void;
}) {
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="problems__group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} ({problems.length})
      </h3>
      <ul aria-labelledby={headingId}>
        {problems.map((problem) => (
          <ProblemItem key={problem.key} problem={problem} {...itemProps} />
        ))}
      </ul>
    </section>
  );
}

/** What was checked, so "no problems" means something; rules turned off are named. */
function NothingFound({ rulesChecked }: { rulesChecked: readonly string[] }) {
  const checked = RULES.filter((rule) => rulesChecked.includes(rule.id));
  const off = RULES.filter((rule) => !rulesChecked.includes(rule.id));
  return (
    <div className="problems__empty">
      <p className="problems__empty-title">No problems found</p>
      <p>
        Checked: the playbook format (fields, references, expressions) and{' '}
        {plural(checked.length, 'safety rule')}.
        {off.length > 0 &&
          ` Turned off in this playbook ("x-rollbook-lint"): ${off.map((rule) => rule.id).join(', ')}.`}
      </p>
      <details>
        <summary>The safety rules checked</summary>
        <ul>
          {checked.map((rule) => (
            <li key={rule.id}>{rule.meta.description}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/**
 * The Problems panel (issue 4): validation errors and lint findings grouped by severity (personal
 * data findings in a group of their own, issue 19), each
 * selecting its node on the canvas, and the RTO budget with its critical path. Live: it reads the
 * memoised analysis of the document store, recomputed once per edit.
 */
export function ProblemsPanel() {
  const open = useProblemsPanelOpen();
  const analysis = useAnalysis();
  const { labelOf, describePlace } = usePlaceWords();
  const showOnCanvas = useShowOnCanvas();
  const fitNodes = useFitNodes();
  const onShow = useCallback((place: ProblemPlace) => showOnCanvas(place), [showOnCanvas]);
  const headingId = useId();
  if (!open) return null;
  // Compliance findings (spec section 2) form their own group, errors first, so a privacy
  // reviewer finds them together; the tally still counts them by severity.
  const compliance = analysis.problems
    .filter((problem) => PERSONAL_DATA_RULE_IDS.has(problem.rule))
    .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  const others = analysis.problems.filter((problem) => !PERSONAL_DATA_RULE_IDS.has(problem.rule));
  const errors = others.filter((problem) => problem.severity === 'error');
  const warnings = others.filter((problem) => problem.severity === 'warn');
  return (
    <section id="problems-panel" className="problems" aria-labelledby={headingId}>
      <header className="problems__header">
        <h2 id={headingId}>Problems</h2>
        <span className="problems__tally">
          {plural(analysis.errorCount, 'error')}, {plural(analysis.warningCount, 'warning')}
        </span>
        <button type="button" className="problems__close" onClick={() => problemsActions.panelToggled(false)}>
          Close problems
        </button>
      </header>
      <div className="problems__content">
        {analysis.rto && <RtoBudgetSummary budget={analysis.rto} labelOf={labelOf} onShowPath={fitNodes} />}
        {analysis.lintFailure && <p className="problems__note">{analysis.lintFailure}</p>}
        {analysis.problems.length === 0 && !analysis.lintFailure ? (
          <NothingFound rulesChecked={analysis.rulesChecked} />
        ) : (
          <>
            <ProblemGroup title="Errors" problems={errors} describePlace={describePlace} onShow={onShow} />
            <ProblemGroup
              title="Personal data and retention"
              problems={compliance}
              describePlace={describePlace}
              onShow={onShow}
            />
            <ProblemGroup
              title="Warnings"
              problems={warnings}
              describePlace={describePlace}
              onShow={onShow}
            />
          </>
        )}
      </div>
    </section>
  );
}

import {
  problemsActions,
  useAnalysis,
  useAnalysisPending,
  useProblemsPanelOpen,
} from '../../state/problemsStore';
import './problems.css';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The toolbar's live problem count; it opens and closes the Problems panel. */
export function ProblemsButton() {
  const { errorCount, warningCount } = useAnalysis();
  const open = useProblemsPanelOpen();
  const total = errorCount + warningCount;
  // Just after a playbook opens, the canvas is drawn before lint has run (issue 20): grey, not the
  // green of "no problems", until the counts are known.
  const pending = useAnalysisPending();
  const tone = pending ? 'pending' : errorCount > 0 ? 'error' : warningCount > 0 ? 'warn' : 'none';
  const details = pending
    ? 'Checking…'
    : total === 0
      ? 'No problems'
      : `${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}`;
  return (
    <button
      type="button"
      className={`problems-button problems-button--${tone}`}
      aria-expanded={open}
      aria-controls={open ? 'problems-panel' : undefined}
      aria-label={`Problems: ${details}`}
      title={`${details}. ${open ? 'Close' : 'Open'} the Problems panel.`}
      onClick={() => problemsActions.panelToggled()}
    >
      {/* Short on screen (the toolbar is full); the accessible name and the tooltip give both counts. */}
      {pending ? 'Checking…' : total === 0 ? 'No problems' : plural(total, 'problem')}
    </button>
  );
}

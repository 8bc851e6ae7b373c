import type { Problem, ProblemPlace } from '../../viewModels/problemsAnalysis';

interface ExportRefusalProps {
  errors: readonly Problem[];
  describePlace: (place: ProblemPlace) => string;
  onForce: () => void;
  onShowProblems: () => void;
}

/**
 * Why an export is refused (error-level lint findings, issue 9), with the two ways on: fix the
 * problems, or export anyway knowingly; a forced export lists the errors among its losses.
 */
export function ExportRefusal({ errors, describePlace, onForce, onShowProblems }: ExportRefusalProps) {
  const count = errors.length;
  return (
    <div className="export-refusal" role="alert">
      <h3>Not exported: this playbook has {count === 1 ? 'a safety error' : `${count} safety errors`}</h3>
      <p>
        An export carries the playbook to your platform as it is. Fix{' '}
        {count === 1 ? 'this problem' : 'these problems'} first, or export anyway if you know why{' '}
        {count === 1 ? 'it is' : 'they are'} acceptable:
      </p>
      <ul>
        {errors.map((problem) => (
          <li key={problem.key}>
            {problem.place.kind !== 'playbook' && <strong>{describePlace(problem.place)}: </strong>}
            {problem.message} <span className="export-refusal__rule">({problem.rule})</span>
          </li>
        ))}
      </ul>
      <div className="export-refusal__actions">
        <button type="button" onClick={onShowProblems}>
          Show in Problems panel
        </button>
        <button type="button" className="export-refusal__force" onClick={onForce}>
          Export anyway
        </button>
      </div>
      <p className="export-refusal__note">
        “Export anyway” shows the file, with {count === 1 ? 'this error' : 'these errors'} listed first among
        what the export loses.
      </p>
    </div>
  );
}

import { memo } from 'react';
import type { Problem, ProblemPlace } from '../../viewModels/problemsAnalysis';
import { ruleInfo } from '../../viewModels/problemsAnalysis';
import { ProblemFix } from './ProblemFix';

/** Where a problem is, in words: the node's kind and label, the edge's two ends, or the playbook. */
export type DescribePlace = (place: ProblemPlace) => string;

interface ProblemItemProps {
  problem: Problem;
  describePlace: DescribePlace;
  onShow: (place: ProblemPlace) => void;
}

/**
 * One finding: its message (a button that shows it on the canvas when it has a place), where it
 * is, its quick fix when it has one, the rule's description, and the rule's rationale behind a
 * disclosure.
 */
export const ProblemItem = memo(function ProblemItem({ problem, describePlace, onShow }: ProblemItemProps) {
  const info = ruleInfo(problem.rule);
  const where = describePlace(problem.place);
  const severityWord = problem.severity === 'error' ? 'Error' : 'Warning';
  return (
    <li className={`problem problem--${problem.severity}`}>
      <span className="problem__severity" aria-hidden="true">
        {problem.severity === 'error' ? '✖' : '▲'}
      </span>
      <div className="problem__body">
        {problem.place.kind === 'playbook' ? (
          <p className="problem__message">
            <span className="problems-sr-only">{severityWord}: </span>
            {problem.message}
          </p>
        ) : (
          <button
            type="button"
            className="problem__message problem__show"
            title={`Select ${where} on the canvas`}
            onClick={() => onShow(problem.place)}
          >
            <span className="problems-sr-only">{severityWord}: </span>
            {problem.message}
          </button>
        )}
        <p className="problem__meta">
          <span className="problem__where">{where}</span>
          {problem.path ? <code className="problem__path">{problem.path}</code> : null}
          <span className="problem__rule">rule: {info.title}</span>
        </p>
        <ProblemFix problem={problem} />
        <p className="problem__description">{info.description}</p>
        {info.rationale && (
          <details className="problem__why">
            <summary>Why this matters</summary>
            <p>{info.rationale}</p>
          </details>
        )}
      </div>
    </li>
  );
});

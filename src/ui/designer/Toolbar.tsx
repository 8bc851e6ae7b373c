import { usePlaybookName, useProblemCount } from '../../state/documentSelectors';

/** The top bar: playbook name and the live problem count. */
export function Toolbar() {
  const name = usePlaybookName();
  const problems = useProblemCount();
  return (
    <header className="toolbar">
      <span className="toolbar__brand">Rollbook</span>
      <h1 className="toolbar__name">{name}</h1>
      <span className={`toolbar__problems${problems > 0 ? ' has-problems' : ''}`} role="status">
        {problems === 0 ? 'No problems' : `${problems} ${problems === 1 ? 'problem' : 'problems'}`}
      </span>
    </header>
  );
}

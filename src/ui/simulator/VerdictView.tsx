import { useId, useMemo } from 'react';
import { useSimulation } from '../../state/simulationStore';
import { verdictOf } from '../../viewModels/simulationVerdict';

/** The verdict of the run, once the cursor has reached its end. */
export function VerdictView() {
  const run = useSimulation((s) => s.run);
  const cursor = useSimulation((s) => s.cursor);
  const baseId = useId();
  const verdict = useMemo(() => (run ? verdictOf(run.playbook, run.result) : null), [run]);
  if (!run || !verdict) return <p className="sim-hint">Start a run; its verdict appears when it ends.</p>;
  if (cursor < run.events.length - 1)
    return (
      <p className="sim-hint">
        The verdict appears when the run ends (event {run.events.length}). Step forward, or press Run to end.
      </p>
    );
  return (
    <section className={`sim-verdict ${verdict.good ? 'is-good' : 'is-bad'}`} aria-label="Verdict">
      <p className="sim-verdict__headline">
        <span className="sim-verdict__icon" aria-hidden="true">
          {verdict.good ? '✓' : '✗'}
        </span>{' '}
        {verdict.headline}
      </p>
      <p className="sim-verdict__data">{verdict.data}</p>
      {verdict.leftChanged.length > 0 && (
        <>
          <p className="sim-verdict__subtitle" id={`${baseId}-left`}>
            {verdict.leftChangedTitle}
          </p>
          <ul className="sim-verdict__left" aria-labelledby={`${baseId}-left`}>
            {verdict.leftChanged.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {verdict.irreversible.length > 0 && (
        <>
          <p className="sim-verdict__subtitle" id={`${baseId}-irreversible`}>
            Cannot be undone:
          </p>
          <ul className="sim-verdict__irreversible" aria-labelledby={`${baseId}-irreversible`}>
            {verdict.irreversible.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {verdict.expectations.length > 0 ? (
        <ul className="sim-verdict__expectations" aria-label="Expectations">
          {verdict.expectations.map((line) => (
            <li key={line.name} className={line.ok ? 'is-pass' : 'is-fail'}>
              <span className="sim-verdict__mark">{line.ok ? '✓ pass' : '✗ fail'}</span> {line.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="sim-hint">This run has no expectations to check (a scenario's “expect” lists them).</p>
      )}
    </section>
  );
}

import { formatHumanDuration } from '../../lib/duration';
import { drillActions, useDrill } from '../../state/simulationDrill';
import { runsWithDataRight, unrecoveredRuns } from '../../viewModels/drillCell';
import { DrillMatrix } from './DrillMatrix';

const LEGEND = [
  ['completed', 'Completed'],
  ['rolled_back', 'Rolled back'],
  ['restored', 'Restored'],
  ['degraded', 'Degraded mode'],
  ['bad', 'Data wrong or recovery failed'],
  ['unreached', 'Not reached'],
] as const;

/** The drill: every fault on every node, run in a Web Worker, as a matrix with its score. */
export function DrillView() {
  const status = useDrill((s) => s.status);
  const done = useDrill((s) => s.done);
  const total = useDrill((s) => s.total);
  const result = useDrill((s) => s.result);
  const entries = useDrill((s) => s.entries);
  const playbook = useDrill((s) => s.playbook);
  const message = useDrill((s) => s.message);
  const elapsedMs = useDrill((s) => s.elapsedMs);
  const running = status === 'running';
  const summary = result?.summary;
  const total_ = summary ? summary.runs + summary.notReached : 0;
  const unrecovered = result ? unrecoveredRuns(result.runs) : 0;
  const dataRight = result ? runsWithDataRight(result.runs) : 0;
  return (
    <div className="drill">
      <div className="drill__controls">
        <button
          type="button"
          className="is-primary"
          onClick={() => void drillActions.drillRequested()}
          disabled={running}
        >
          {status === 'done' ? 'Run drill again' : 'Run drill'}
        </button>
        {running && (
          <button type="button" onClick={drillActions.cancelRequested}>
            Cancel
          </button>
        )}
        {running && (
          <label className="drill__progress">
            Drill progress
            <progress max={total || 1} value={done} aria-valuetext={`${done} of ${total} runs`} />
            <span>
              {done} of {total || '…'} runs
            </span>
          </label>
        )}
        <span role="status" aria-label="Drill status" className="drill__status">
          {running
            ? 'Drill running…'
            : (message ??
              (status === 'done'
                ? 'Drill finished.'
                : 'Runs every fault on every node, off the page, so you can keep editing.'))}
        </span>
      </div>
      {summary && playbook && (
        <>
          <p className="drill__score">
            <strong>
              Score: {dataRight} of {total_} runs end with the data right
            </strong>{' '}
            {unrecovered > 0 && (
              <strong className="drill__unrecovered">
                · {unrecovered} of {total_} runs failed or could not finish their undo
              </strong>
            )}{' '}
            · {summary.withinRto} of {total_} within the RTO · {summary.notReached} not reached · worst
            recovery {formatHumanDuration(summary.worstRecoveryMs)}
            {elapsedMs !== null && (
              <small> (the drill took {(elapsedMs / 1000).toFixed(1)} s of real time)</small>
            )}
          </p>
          <p className="drill__legend" aria-hidden="true">
            {LEGEND.map(([tone, words]) => (
              <span key={tone} className={`drill-swatch drill-cell--${tone}`}>
                {words}
              </span>
            ))}
            <span>
              ✓ data: the data ends consistent · ✗ data: it does not · ✗ data left changed: a failed run left
              data different from before the run · over RTO: recovery took longer than the RTO · click a cell
              to replay that run step by step
            </span>
          </p>
          <DrillMatrix entries={entries} playbook={playbook} />
        </>
      )}
    </div>
  );
}

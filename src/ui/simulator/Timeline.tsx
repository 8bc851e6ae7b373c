import type { Playbook } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import { simulationActions, useSimulation, type WatchedRun } from '../../state/simulationStore';

/** Where the recovery clock starts: the first failure, as the engine times `recoveryMs`. */
function firstFailureMs(run: WatchedRun): number | null {
  if (run.result.recoveryMs === 0 && run.result.outcome === 'completed') return null;
  return run.result.elapsedMs - run.result.recoveryMs;
}

function rtoDeadline(run: WatchedRun, playbook: Playbook): number | null {
  const rto = playbook.objectives.rto;
  const start = firstFailureMs(run);
  return rto === undefined || start === null ? null : start + durationMs(rto);
}

const clock = (ms: number) => (ms === 0 ? '0 s' : formatHumanDuration(ms));

/**
 * Simulated time from the start of the run to its end (or to the RTO deadline, whichever is
 * later), with a tick per event, the cursor, the first failure and the RTO deadline marked.
 * The slider moves the cursor.
 */
export function Timeline() {
  const run = useSimulation((s) => s.run);
  const cursor = useSimulation((s) => s.cursor);
  if (!run) return null;
  const deadline = rtoDeadline(run, run.playbook);
  const failure = firstFailureMs(run);
  // The scale stays the same while stepping, so ticks do not jump: the whole run, or the RTO deadline if later.
  const span = Math.max(run.result.elapsedMs, deadline ?? 0, 1);
  const at = (ms: number) => `${(ms / span) * 100}%`;
  const nowMs = cursor >= 0 ? run.events[cursor]!.atMs : 0;
  const shown = cursor < 0 ? [] : run.events.slice(0, cursor + 1);
  // The recovery clock and its deadline appear once the run has failed, not before.
  const recovering =
    failure !== null &&
    cursor >= 0 &&
    nowMs >= failure &&
    run.events.slice(0, cursor + 1).some((event) => event.atMs >= failure && event.type !== 'enter');
  const rto = run.playbook.objectives.rto;
  return (
    <section className="sim-timeline" aria-label="Timeline">
      <div className="sim-timeline__text">
        Simulated time: <strong>{clock(nowMs)}</strong>
        {cursor >= 0 && run.events[cursor]!.type === 'end' ? ' (end)' : ''}
        {recovering && <> · recovering for {clock(nowMs - failure)}</>}
        {deadline !== null && recovering ? (
          <> · RTO deadline at {clock(deadline)}</>
        ) : (
          rto !== undefined && <> · RTO {clock(durationMs(rto))}, counted from the first failure</>
        )}
      </div>
      <div className="sim-timeline__track" aria-hidden="true">
        {recovering && deadline !== null && (
          <div
            className="sim-timeline__budget"
            style={{ left: at(failure), width: at(deadline - failure) }}
          />
        )}
        {shown.map((event) => (
          <span
            key={event.seq}
            className={`sim-timeline__tick sim-timeline__tick--${event.type}`}
            style={{ left: at(event.atMs) }}
          />
        ))}
        {recovering && deadline !== null && (
          <span className="sim-timeline__rto" style={{ left: at(deadline) }}>
            RTO
          </span>
        )}
        <span className="sim-timeline__now" style={{ left: at(nowMs) }} />
      </div>
      <input
        className="sim-timeline__slider"
        type="range"
        min={-1}
        max={run.events.length - 1}
        value={cursor}
        aria-label="Event"
        aria-valuetext={cursor < 0 ? 'before the first event' : `event ${cursor + 1} of ${run.events.length}`}
        onChange={(event) => simulationActions.jumpedTo(Number(event.target.value))}
      />
    </section>
  );
}

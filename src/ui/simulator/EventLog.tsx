import { useEffect, useRef } from 'react';
import { formatHumanDuration } from '../../lib/duration';
import type { SimEvent } from '../../simulator';
import { simulationActions, useSimulation } from '../../state/simulationStore';

/** Events that are bad news, drawn in red; events of the recovery in orange. */
function tone(event: SimEvent): string {
  switch (event.type) {
    case 'fault':
    case 'attempt-failed':
    case 'failed':
    case 'not-compensated':
      return 'bad';
    case 'check':
      return event.passed ? 'good' : 'bad';
    case 'approval':
      return event.decision === 'approve' ? 'good' : 'bad';
    case 'rollback':
    case 'compensate':
    case 'restore':
    case 'failsafe':
      return 'recovery';
    case 'end':
      return event.outcome === 'completed' ? 'good' : 'recovery';
    default:
      return 'plain';
  }
}

/** The events so far, newest last; clicking one moves the run there. */
export function EventLog() {
  const run = useSimulation((s) => s.run);
  const cursor = useSimulation((s) => s.cursor);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scroll the log alone: scrollIntoView would also scroll the dock and hide the controls.
    const box = list.current;
    const item = box?.querySelector<HTMLElement>(`[data-seq="${cursor}"]`);
    if (!box || !item) return;
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + item.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top + item.offsetHeight - box.clientHeight;
  }, [cursor]);
  if (!run) return <p className="sim-hint">Press Run or Step forward to start the run.</p>;
  const shown = run.events.slice(0, Math.max(cursor + 1, 0));
  return (
    <ol className="sim-log" ref={list} aria-label="Event log">
      {shown.length === 0 && <li className="sim-hint">Before the first event. Step forward to begin.</li>}
      {shown.map((event) => (
        <li key={event.seq}>
          <button
            type="button"
            className={`sim-log__event sim-log__event--${tone(event)}`}
            data-seq={event.seq}
            aria-current={event.seq === cursor ? 'step' : undefined}
            onClick={() => simulationActions.jumpedTo(event.seq)}
          >
            <span className="sim-log__seq">{event.seq + 1}</span>
            <span className="sim-log__time">
              {event.atMs === 0 ? '0 s' : formatHumanDuration(event.atMs)}
            </span>
            <span className="sim-log__message">{event.message}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

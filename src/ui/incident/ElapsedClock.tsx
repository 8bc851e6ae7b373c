import { formatHumanDuration } from '../../lib/duration';
import { clockText } from './useNow';

/**
 * Elapsed time against the RTO, always on screen: the one number an operator must not lose. Its
 * tone turns amber in the last fifth of the objective and red past it; the words say the same,
 * so the colour is never the only signal.
 */
export function ElapsedClock({ elapsedMs, rtoMs }: { elapsedMs: number; rtoMs: number | null }) {
  const tone = rtoMs === null ? 'ok' : elapsedMs > rtoMs ? 'over' : elapsedMs > rtoMs * 0.8 ? 'close' : 'ok';
  const words =
    rtoMs === null
      ? 'No recovery time objective'
      : elapsedMs > rtoMs
        ? `RTO ${formatHumanDuration(rtoMs)} passed ${clockText(elapsedMs - rtoMs)} ago`
        : `${clockText(rtoMs - elapsedMs)} left of the ${formatHumanDuration(rtoMs)} RTO`;
  return (
    <div
      className={`incident-clock incident-clock--${tone}`}
      role="timer"
      aria-label="Elapsed time against the RTO"
    >
      <span className="incident-clock__elapsed">{clockText(elapsedMs)}</span>
      <span className="incident-clock__words">elapsed · {words}</span>
    </div>
  );
}

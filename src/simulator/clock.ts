/** The run's only notion of time: it moves when the engine says so, never by itself. */
export const DEFAULT_START = '2025-01-01T00:00:00Z';

/**
 * A simulated clock (xstate's `SimulatedClock` idea): milliseconds since the run started, plus the
 * absolute start so `{{now}}` and CEL's `now` read as real timestamps.
 */
export class SimulatedClock {
  private elapsed = 0;

  constructor(private readonly startEpochMs: number) {}

  /** Simulated milliseconds since the start of the run. */
  get nowMs(): number {
    return this.elapsed;
  }

  advance(ms: number): void {
    if (ms > 0) this.elapsed += ms;
  }

  /** The current simulated time as an ISO timestamp with `Z`. */
  iso(): string {
    return new Date(this.startEpochMs + this.elapsed).toISOString();
  }

  date(): Date {
    return new Date(this.startEpochMs + this.elapsed);
  }
}

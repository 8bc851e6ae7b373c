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

  /** A clock at the same time that moves on its own (a forked run's). */
  fork(): SimulatedClock {
    const fork = new SimulatedClock(this.startEpochMs);
    fork.elapsed = this.elapsed;
    return fork;
  }

  private isoAt = -1;
  private isoText = '';

  /** The current simulated time as an ISO timestamp with `Z` (remembered until the clock moves). */
  iso(): string {
    if (this.isoAt !== this.elapsed) {
      this.isoText = new Date(this.startEpochMs + this.elapsed).toISOString();
      this.isoAt = this.elapsed;
    }
    return this.isoText;
  }

  date(): Date {
    return new Date(this.startEpochMs + this.elapsed);
  }
}

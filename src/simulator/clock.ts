/** The run's only notion of time: it moves when the engine says so, never by itself. */
export const DEFAULT_START = '2025-01-01T00:00:00Z';

const DAY_MS = 86_400_000;
const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

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
  private dayStart = Number.NaN;
  private dayText = '';

  /**
   * The current simulated time as an ISO timestamp with `Z`, exactly `Date#toISOString`: the
   * date part is taken from it once per simulated day, the time of day is written out here.
   */
  iso(): string {
    if (this.isoAt === this.elapsed) return this.isoText;
    const epoch = this.startEpochMs + this.elapsed;
    if (!Number.isSafeInteger(epoch)) return new Date(epoch).toISOString();
    const day = Math.floor(epoch / DAY_MS) * DAY_MS;
    if (day !== this.dayStart) {
      const text = new Date(day).toISOString();
      this.dayText = text.slice(0, text.indexOf('T') + 1);
      this.dayStart = day;
    }
    const ms = epoch - day;
    this.isoText = `${this.dayText}${pad2(Math.floor(ms / 3_600_000))}:${pad2(Math.floor(ms / 60_000) % 60)}:${pad2(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}Z`;
    this.isoAt = this.elapsed;
    return this.isoText;
  }

  date(): Date {
    return new Date(this.startEpochMs + this.elapsed);
  }
}

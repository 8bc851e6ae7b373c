import type { AutosaveClock } from '../../src/persistence/autosave';

/** A manual clock: timers run only when the test advances time. */
export function manualClock(start = 0) {
  let now = start;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: AutosaveClock = {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    now: () => now,
    pendingTimers: () => timers.size,
    /** Moves time forward, running each timer that falls due, in order, and settling promises. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

/** Lets pending promise callbacks run. */
export async function settle() {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

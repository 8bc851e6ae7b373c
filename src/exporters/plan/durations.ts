import { durationMs } from '../../lib/duration';

/** Whole seconds, rounded up, at least `min`: what ASL's integer fields can hold. */
export function wholeSeconds(duration: string, min = 0): number {
  return Math.max(min, Math.ceil(durationMs(duration) / 1000));
}

/** True when the duration is not a whole number of seconds (ASL rounds such values up). */
export const hasFractionalSeconds = (duration: string): boolean => durationMs(duration) % 1000 !== 0;

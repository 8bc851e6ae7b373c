/**
 * ISO 8601 durations restricted to days, hours, minutes and seconds (spec section 1), and the
 * human forms the inspector accepts ("15 min", "2h 30m").
 */
const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Milliseconds of an ISO duration, or `null` when the text is not one we accept.
 *
 * @example parseDuration('PT15M') // 900000
 * @example parseDuration('P1M')   // null: months are not allowed
 */
export function parseDuration(text: string): number | null {
  // Playbooks repeat a handful of durations thousands of times: remember what each text means.
  const known = parsedDurations.get(text);
  if (known !== undefined) return known;
  const ms = parseDurationText(text);
  if (parsedDurations.size >= 1000) parsedDurations.clear();
  parsedDurations.set(text, ms);
  return ms;
}

const parsedDurations = new Map<string, number | null>();

function parseDurationText(text: string): number | null {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, days, hours, minutes, seconds] = match;
  if (days === undefined && hours === undefined && minutes === undefined && seconds === undefined)
    return null;
  const ms =
    Number(days ?? 0) * DAY +
    Number(hours ?? 0) * HOUR +
    Number(minutes ?? 0) * MINUTE +
    Number(seconds ?? 0) * SECOND;
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** Milliseconds of a duration already validated by the schema. */
export function durationMs(text: string): number {
  const ms = parseDuration(text);
  if (ms === null) throw new Error(`Not a valid duration: ${text}`);
  return ms;
}

/**
 * The shortest ISO form of a number of milliseconds.
 *
 * @example formatIsoDuration(9_000_000) // 'PT2H30M'
 */
export function formatIsoDuration(ms: number): string {
  if (ms <= 0) return 'PT0S';
  let rest = ms;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = rest / SECOND;
  let time = '';
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds) time += `${Number(seconds.toFixed(3))}S`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * A duration in words a person reads at a glance.
 *
 * @example formatHumanDuration(9_000_000) // '2 h 30 min'
 */
export function formatHumanDuration(ms: number): string {
  if (ms <= 0) return '0 s';
  const parts: string[] = [];
  let rest = ms;
  const units: [number, string][] = [
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'min'],
    [SECOND, 's'],
  ];
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count} ${name}`);
      rest -= count * size;
    }
  }
  if (rest > 0) parts.push(parts.length === 0 ? `${rest} ms` : `${rest} ms`);
  return parts.join(' ');
}

const HUMAN_UNITS: Record<string, number> = {
  ms: 1,
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
};

/**
 * Reads a duration a person typed: ISO ("PT15M") or words ("15 min", "2h 30m", "1 day 2 hours").
 * Returns milliseconds, or `null` when the text is neither.
 */
export function parseHumanDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = parseDuration(trimmed.toUpperCase());
  if (iso !== null) return iso;
  const token = /(\d+(?:\.\d+)?)\s*([a-z]+)/gi;
  let total = 0;
  let consumed = '';
  for (const match of trimmed.matchAll(token)) {
    const unit = HUMAN_UNITS[match[2]!.toLowerCase()];
    if (unit === undefined) return null;
    total += Number(match[1]) * unit;
    consumed += match[0];
  }
  if (consumed.replace(/\s+/g, '') !== trimmed.replace(/\s+|,|and/g, '')) return null;
  return Math.round(total);
}

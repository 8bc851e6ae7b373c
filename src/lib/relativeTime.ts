const MINUTE_MS = 60_000;

/** One formatter per locale: building an `Intl.RelativeTimeFormat` costs more than formatting with it. */
const formatters = new Map<string, Intl.RelativeTimeFormat>();
function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * How long ago an ISO time was, as a person reads it at a glance: "just now", "3 minutes ago",
 * "5 hours ago", "yesterday", "12 days ago", then the date itself from 30 days on. `unknown` for a
 * missing or unreadable time. The words come from `Intl.RelativeTimeFormat`; the locale is English
 * by default because every other text of the app is.
 *
 * @example relativeTime('2026-01-01T10:00:00Z', Date.parse('2026-01-01T10:03:00Z')) // '3 minutes ago'
 */
export function relativeTime(iso: string | undefined, now = Date.now(), locale = 'en'): string {
  if (!iso) return 'unknown';
  const ms = now - Date.parse(iso);
  if (Number.isNaN(ms)) return 'unknown';
  const minutes = Math.round(ms / MINUTE_MS);
  // Under a minute (or a clock slightly ahead): Intl would say "this minute" or "in 1 minute".
  if (minutes < 1) return 'just now';
  const format = formatterFor(locale);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 30) return format.format(-days, 'day');
  return new Date(iso).toLocaleDateString(locale);
}

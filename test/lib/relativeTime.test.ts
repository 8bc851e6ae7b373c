import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src/lib/relativeTime';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MINUTE = 60_000;

describe('relativeTime', () => {
  it('says "unknown" for a missing or unreadable time', () => {
    expect(relativeTime(undefined, now)).toBe('unknown');
    expect(relativeTime('not a date', now)).toBe('unknown');
  });

  it('says "just now" under a minute, and for a time slightly in the future', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(-5 * MINUTE), now)).toBe('just now');
  });

  it('counts minutes, then hours, then days in words', () => {
    expect(relativeTime(ago(3 * MINUTE), now)).toBe('3 minutes ago');
    expect(relativeTime(ago(60 * MINUTE), now)).toBe('1 hour ago');
    expect(relativeTime(ago(5 * 60 * MINUTE), now)).toBe('5 hours ago');
    expect(relativeTime(ago(24 * 60 * MINUTE), now)).toBe('yesterday');
    expect(relativeTime(ago(12 * 24 * 60 * MINUTE), now)).toBe('12 days ago');
  });

  it('gives the date from 30 days on', () => {
    const iso = ago(40 * 24 * 60 * MINUTE);
    expect(relativeTime(iso, now)).toBe(new Date(iso).toLocaleDateString('en'));
  });

  it('speaks another locale when asked', () => {
    expect(relativeTime(ago(24 * 60 * MINUTE), now, 'de')).toBe('gestern');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatHumanDuration,
  formatIsoDuration,
  parseDuration,
  parseHumanDuration,
} from '../../src/lib/duration';

describe('ISO durations of days, hours, minutes, seconds', () => {
  it.each([
    ['PT15M', 900_000],
    ['PT0.5S', 500],
    ['P1DT2H', 93_600_000],
    ['PT0S', 0],
    ['P2D', 172_800_000],
    ['PT1H30M5S', 5_405_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['P1M', 'P1Y', 'P1W', 'PT', 'P', '15 min', 'pt15m', 'PT-5S', ''])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('formats milliseconds back to the shortest ISO form that parses to the same value', () => {
    for (const ms of [0, 500, 1000, 61_000, 9_000_000, 93_600_000, 90_061_500]) {
      expect(parseDuration(formatIsoDuration(ms))).toBe(ms);
    }
    expect(formatIsoDuration(9_000_000)).toBe('PT2H30M');
  });
});

describe('durations in human words', () => {
  it.each([
    ['15 min', 900_000],
    ['2h 30m', 9_000_000],
    ['PT15M', 900_000],
    ['1 day 2 hours', 93_600_000],
    ['90s', 90_000],
    ['1.5 h', 5_400_000],
  ])('reads %j', (text, ms) => {
    expect(parseHumanDuration(text)).toBe(ms);
  });

  it.each(['soon', '15 parsecs', '', 'min 15'])('refuses %j', (text) => {
    expect(parseHumanDuration(text)).toBeNull();
  });

  it('writes a duration as a person says it', () => {
    expect(formatHumanDuration(9_000_000)).toBe('2 h 30 min');
    expect(formatHumanDuration(2000)).toBe('2 s');
    expect(formatHumanDuration(0)).toBe('0 s');
  });
});

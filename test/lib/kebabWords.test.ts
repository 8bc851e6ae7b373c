import { describe, expect, it } from 'vitest';
import { kebabWords } from '../../src/lib/kebabWords';

describe('kebabWords', () => {
  it.each([
    ['Book shipments with carrier', 64, 'book-shipments-with-carrier'],
    ['  Café  crème!! ', 64, 'cafe-creme'],
    ['Order__lines/2024', 64, 'order-lines-2024'],
    ['!!!', 64, ''],
    // Cut at the limit, and the cut never leaves a trailing "-".
    ['alpha beta gamma', 11, 'alpha-beta'],
  ])('%j (max %i) -> %j', (text, max, expected) => {
    expect(kebabWords(text, max)).toBe(expected);
  });
});

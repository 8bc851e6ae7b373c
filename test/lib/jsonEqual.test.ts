import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/lib/jsonEqual';

describe('jsonEqual', () => {
  it('ignores object key order and undefined members', () => {
    expect(jsonEqual({ a: 1, b: [2, { c: 'x' }] }, { b: [2, { c: 'x' }], a: 1, d: undefined })).toBe(true);
  });

  it('keeps array order, lengths and types apart', () => {
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], [1, 1])).toBe(false);
    expect(jsonEqual(1, '1')).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
  });

  it('compares nested values deeply', () => {
    expect(jsonEqual({ a: { b: { c: [1, { d: true }] } } }, { a: { b: { c: [1, { d: true }] } } })).toBe(
      true,
    );
    expect(jsonEqual({ a: { b: { c: [1, { d: true }] } } }, { a: { b: { c: [1, { d: false }] } } })).toBe(
      false,
    );
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
  });
});

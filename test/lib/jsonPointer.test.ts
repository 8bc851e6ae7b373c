import { describe, expect, it } from 'vitest';
import { fromPointer, toPointer } from '../../src/lib/jsonPointer';

describe('JSON Pointers (RFC 6901)', () => {
  it('joins segments and escapes ~ and /', () => {
    expect(toPointer(['nodes', 3, 'retry'])).toBe('/nodes/3/retry');
    expect(toPointer(['dataset', 'a/b', 'c~d'])).toBe('/dataset/a~1b/c~0d');
    expect(toPointer([])).toBe('');
  });

  it('splits a pointer back into the same segments', () => {
    expect(fromPointer(toPointer(['a/b', 'c~d', '0']))).toEqual(['a/b', 'c~d', '0']);
  });
});

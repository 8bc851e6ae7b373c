import { describe, expect, it } from 'vitest';
import { parsePlaybook, parsePlaybookJson } from '../../src/domain/parse';
import { rawExample } from '../fixtures/examples';

describe('hostile structure', () => {
  it('refuses __proto__ from JSON text without polluting Object.prototype', () => {
    const text = JSON.stringify(rawExample('minimal-saga')).replace(
      '"nodes":',
      '"__proto__": {"polluted": 1}, "nodes":',
    );
    const result = parsePlaybookJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.path).toBe('/__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points at a forbidden key deep inside lists and objects, past plain values', () => {
    const doc = rawExample('minimal-saga');
    const nodes = doc.nodes as Record<string, unknown>[];
    nodes[2] = { ...nodes[2], 'x-note': [1, 'two', null, { constructor: 'x' }] };
    const result = parsePlaybook(doc);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['/nodes/2/x-note/3/constructor']);
  });

  it('finds a forbidden key on an object without a prototype, and only own keys count', () => {
    const doc = rawExample('minimal-saga');
    const nodes = doc.nodes as Record<string, unknown>[];
    const bare = Object.assign(Object.create(null), { ok: 1, prototype: 'x' });
    nodes[2] = { ...nodes[2], 'x-note': bare };
    const result = parsePlaybook(doc);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['/nodes/2/x-note/prototype']);
    // A key inherited from a prototype is not the object's own: the walk does not report it.
    nodes[2] = { ...nodes[2], 'x-note': Object.create({ constructor: 'inherited' }) };
    const inherited = parsePlaybook(doc);
    expect(
      inherited.ok || inherited.errors.every((error) => !error.message.includes('not allowed anywhere')),
    ).toBe(true);
  });

  it('refuses 10,000-deep nesting with a message instead of exhausting the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const doc = { ...rawExample('minimal-saga'), 'x-deep': JSON.parse(deep) };
    const result = parsePlaybook(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('names the node of an error so the canvas can point at it', () => {
    const doc = rawExample('minimal-saga');
    (doc.nodes as Record<string, unknown>[])[3]!.duration = 'later';
    const result = parsePlaybook(doc);
    expect(!result.ok && result.errors[0]).toEqual(
      expect.objectContaining({ path: '/nodes/3/duration', target: 'credit' }),
    );
  });
});

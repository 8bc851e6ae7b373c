import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDominators } from '../../src/review/diff/dominators';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('dominators of the flow graph', () => {
  it('in a diamond, the join is dominated by the fork, not by either branch', () => {
    const dominators = computeDominators(['t'], graph({ t: ['a'], a: ['b', 'c'], b: ['d'], c: ['d'] }));
    expect(dominators.dominates('a', 'd')).toBe(true);
    expect(dominators.dominates('b', 'd')).toBe(false);
    expect(dominators.dominated('a').sort()).toEqual(['b', 'c', 'd']);
  });

  it('a loop back does not change who dominates', () => {
    const dominators = computeDominators(['t'], graph({ t: ['a'], a: ['b'], b: ['c', 'a'], c: [] }));
    expect(dominators.dominates('b', 'c')).toBe(true);
    expect(dominators.dominates('b', 'a')).toBe(false);
    expect(dominators.dominates('a', 'b')).toBe(true);
  });

  it('with two triggers, a node reached from both is dominated by neither', () => {
    const dominators = computeDominators(['t1', 't2'], graph({ t1: ['x'], t2: ['x'], x: ['y'] }));
    expect(dominators.dominates('t1', 'x')).toBe(false);
    expect(dominators.dominates('x', 'y')).toBe(true);
  });

  it('an unreachable node is neither reached nor dominated, and no node dominates itself', () => {
    const dominators = computeDominators(['t'], graph({ t: ['a'], z: ['a'] }));
    expect(dominators.reaches('z')).toBe(false);
    expect(dominators.dominates('t', 'z')).toBe(false);
    expect(dominators.dominates('a', 'a')).toBe(false);
  });
});

/** A dominates N when N is reachable, and not reachable once A is taken out (the definition). */
function naiveDominates(triggers: string[], flow: Map<string, string[]>, a: string, n: string): boolean {
  const reach = (skip?: string) => {
    const seen = new Set(triggers.filter((t) => t !== skip));
    const queue = [...seen];
    for (let head = 0; head < queue.length; head++) {
      for (const target of flow.get(queue[head]!) ?? []) {
        if (target === skip || seen.has(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    return seen;
  };
  return a !== n && reach().has(n) && !reach(a).has(n);
}

describe('dominators agree with the definition', () => {
  it('on random graphs with loops and several triggers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (size, pairs, triggerCount) => {
          const ids = Array.from({ length: size }, (_, index) => `n${index}`);
          const flow = new Map<string, string[]>();
          for (const [from, to] of pairs) {
            const source = ids[from % size]!;
            flow.set(source, [...(flow.get(source) ?? []), ids[to % size]!]);
          }
          const triggers = ids.slice(0, Math.min(triggerCount, size));
          const dominators = computeDominators(triggers, flow);
          for (const a of ids) {
            for (const n of ids) {
              expect(dominators.dominates(a, n)).toBe(naiveDominates(triggers, flow, a, n));
            }
            expect(new Set(dominators.dominated(a))).toEqual(
              new Set(ids.filter((n) => naiveDominates(triggers, flow, a, n))),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

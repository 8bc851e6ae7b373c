import { describe, expect, it } from 'vitest';
import { blankPlaybook } from '../../src/commands/blankPlaybook';
import { IdGraphIndex } from '../../src/domain/idGraphIndex';
import type { Edge, Playbook, PlaybookNode } from '../../src/domain/types';

const at = { x: 0, y: 0 };
const step = (id: string): PlaybookNode =>
  ({
    id,
    kind: 'step',
    label: id,
    position: at,
    action: { type: 'http' },
    effects: [],
    retry: { maxAttempts: 1 },
    irreversible: false,
  }) as unknown as PlaybookNode;
const compensation = (id: string): PlaybookNode =>
  ({ id, kind: 'compensation', label: id, position: at, effects: [] }) as unknown as PlaybookNode;
const edge = (id: string, source: string, target: string, kind: Edge['kind']): Edge => ({
  id,
  source,
  target,
  kind,
});

/** An invalid document on purpose: `a` has two compensations, `u1` is claimed by two steps. */
function graph(): Playbook {
  return {
    ...blankPlaybook(),
    nodes: [step('a'), step('b'), compensation('u1'), compensation('u2'), step('a')],
    edges: [
      edge('e1', 'a', 'b', 'next'),
      edge('e2', 'a', 'u1', 'compensate'),
      edge('e3', 'a', 'u2', 'compensate'),
      edge('e4', 'b', 'u1', 'compensate'),
      edge('e5', 'a', 'b', 'failure'),
      edge('e6', 'a', 'missing', 'next'),
    ],
  };
}

describe('IdGraphIndex', () => {
  it('lists edges leaving and entering each node in edge order, dangling ones included', () => {
    const index = new IdGraphIndex(graph());
    expect(index.edgesFrom('a').map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e5', 'e6']);
    expect(index.edgesInto('u1').map((e) => e.id)).toEqual(['e2', 'e4']);
    expect(index.edgesFrom('u2')).toEqual([]);
    expect(index.edges.get('e6')?.target).toBe('missing');
  });

  it('takes the first edge of a kind, and the first compensate edge for each slot', () => {
    const index = new IdGraphIndex(graph());
    expect(index.edge('a', 'next')?.id).toBe('e1');
    expect(index.edge('a', 'failure')?.id).toBe('e5');
    expect(index.edge('b', 'next')).toBeUndefined();
    expect(index.compensationOf.get('a')).toBe('u1');
    expect(index.stepOf.get('u1')).toBe('a');
    expect(index.compensationOf.get('b')).toBe('u1');
  });

  it('keeps the first position of a repeated node id', () => {
    const index = new IdGraphIndex(graph());
    expect(index.position.get('a')).toBe(0);
    expect(index.position.get('u2')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { graphIndexOf } from '../../src/analysis/graphIndex';
import { nodePositionsOf } from '../../src/domain/idGraphIndex';
import { parsePlaybook } from '../../src/domain/parse';
import type { PlaybookNode } from '../../src/domain/types';

const node = (id: string, kind = 'step') => ({ id, kind, label: id }) as unknown as PlaybookNode;

/** A playbook of a trigger "t", then an end with this id, and these edges. */
const parseTwoNodes = (endId: string, edges: Record<string, unknown>[]) =>
  parsePlaybook({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'p',
    name: 'P',
    nodes: [
      { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
      { id: endId, kind: 'end', label: 'E', outcome: 'completed' },
    ],
    edges,
  });

describe('nodePositionsOf (shared by validation and the lint graph index)', () => {
  it('gives the first position of a repeated id, and one map per node list', () => {
    const nodes = [node('a'), node('b'), node('a')];
    const positions = nodePositionsOf(nodes);
    expect([...positions]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(nodePositionsOf(nodes)).toBe(positions);
    expect(nodePositionsOf([...nodes])).not.toBe(positions);
  });

  it('still reports a repeated node id and an edge id used by a node, at their pointers', () => {
    const result = parseTwoNodes('t', [{ id: 't', source: 't', target: 't', kind: 'next' }]);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    expect(paths).toContain('/nodes/1/id');
    expect(paths).toContain('/edges/0/id');
  });

  it('is what the lint graph index of a parsed document reads', () => {
    const result = parseTwoNodes('e', [{ id: 'n', source: 't', target: 'e', kind: 'next' }]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const index = graphIndexOf(result.playbook);
    expect(index.positionOf).toBe(nodePositionsOf(result.playbook.nodes));
    expect(index.next[0]).toBe(1);
  });
});

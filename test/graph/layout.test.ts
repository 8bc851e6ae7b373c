import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { buildElkGraph, DEFAULT_NODE_SIZE, mainPath, placeLayout } from '../../src/graph/layout';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const playbook: Playbook = parsed.playbook;
const sizes = new Map(playbook.nodes.map((node) => [node.id, DEFAULT_NODE_SIZE]));

/** A stand-in for ELK's answer: every laid-out node in a row, in graph order. */
function rowLayout() {
  const graph = buildElkGraph(playbook, sizes);
  return { children: graph.children.map((child, index) => ({ id: child.id, x: index * 220, y: 0 })) };
}

describe('graph/layout', () => {
  it('leaves compensations out of the ELK graph and keeps every other node', () => {
    const graph = buildElkGraph(playbook, sizes);
    const kinds = new Map(playbook.nodes.map((n) => [n.id, n.kind]));
    expect(graph.children.some((child) => kinds.get(child.id) === 'compensation')).toBe(false);
    expect(graph.children).toHaveLength(playbook.nodes.filter((n) => n.kind !== 'compensation').length);
    expect(graph.edges.every((edge) => kinds.get(edge.sources[0]!) !== 'compensation')).toBe(true);
  });

  it('finds the main path from the trigger by next and branch links', () => {
    expect([...mainPath(playbook)].sort()).toEqual(
      ['a1', 'cp1', 'end-ok', 's1', 's2', 's3', 's4', 't1'].sort(),
    );
  });

  it('puts each compensation under its step and the failure paths beneath both', () => {
    const positions = placeLayout(playbook, rowLayout(), sizes);
    expect(positions.size).toBe(playbook.nodes.length);
    for (const [step, compensation] of [
      ['s1', 'c1'],
      ['s2', 'c2'],
      ['s3', 'c3'],
    ] as const) {
      expect(positions.get(compensation)?.x).toBe(positions.get(step)?.x);
      expect(positions.get(compensation)!.y).toBeGreaterThan(positions.get(step)!.y);
    }
    const lowestCompensation = Math.max(...['c1', 'c2', 'c3'].map((id) => positions.get(id)!.y));
    for (const id of ['rb1', 'k1', 'r1', 'f1', 'end-rb'])
      expect(positions.get(id)!.y).toBeGreaterThan(lowestCompensation);
  });
});

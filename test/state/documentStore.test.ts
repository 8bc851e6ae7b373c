import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { problemsByNode } from '../../src/state/documentSelectors';
import { dispatch, documentStore, loadDocument, redoLast, undoLast } from '../../src/state/documentStore';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const example: Playbook = parsed.playbook;

describe('document store', () => {
  beforeEach(() => loadDocument(example));

  it('validates after each edit with the same parse path as import, and after undo', () => {
    expect(documentStore.getState().problems).toEqual([]);
    const s1 = example.nodes.find((n) => n.id === 's1')!;
    dispatch({ type: 'node.update', id: 's1', node: { ...s1, label: '' } });
    const problems = documentStore.getState().problems;
    expect(problems.some((p) => p.path === '/nodes/2/label')).toBe(true);
    expect(problemsByNode(documentStore.getState().document, problems).get('s1')?.length).toBeGreaterThan(0);
    undoLast();
    expect(documentStore.getState().problems).toEqual([]);
    redoLast();
    expect(documentStore.getState().problems.length).toBeGreaterThan(0);
  });

  it('a refused command leaves the document and history as they were, and says why', () => {
    const before = documentStore.getState();
    const reason = dispatch({ type: 'node.rename', from: 's1', to: 's2' });
    expect(reason).toMatch(/already used/);
    expect(documentStore.getState().document).toBe(before.document);
    expect(documentStore.getState().history).toBe(before.history);
    expect(documentStore.getState().refusal).toBe(reason);
  });

  it('points a problem found on an edge at the edge’s source node', () => {
    const withBadEdge = {
      ...example,
      edges: [...example.edges, { id: 'e99', source: 's1', target: 's3', kind: 'next' as const }],
    };
    const result = parsePlaybook(withBadEdge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemsByNode(withBadEdge, result.errors).get('s1')?.join(' ')).toMatch(
      /already has a next edge/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/review/contentHash';
import { diffPlaybooks, isEmptyDiff } from '../../src/review/diff/diffPlaybooks';
import { EXAMPLES, edgeIn, edited, example, nodeIn, SEMANTIC_EDITS } from './examples';

const ORDERS = 'order-fulfilment-rollback';

describe('semantic diff: nodes, edges and layout', () => {
  it.each(EXAMPLES)('%s against itself is empty', (name) => {
    const diff = diffPlaybooks(example(name), example(name));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.layoutOnlyMoves).toBe(0);
  });

  it('hides layout-only moves and only counts them', () => {
    const moved = edited(ORDERS, (document) => {
      nodeIn(document, 's1').position = { x: 1, y: 2 };
      delete nodeIn(document, 's2').position;
    });
    const diff = diffPlaybooks(example(ORDERS), moved);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.layoutOnlyMoves).toBe(2);
  });

  it('a node moved and relabelled is listed with its label change only, not its position', () => {
    const after = edited(ORDERS, (document) => {
      Object.assign(nodeIn(document, 's1'), { position: { x: 5, y: 5 }, label: 'Reserve all stock' });
    });
    const diff = diffPlaybooks(example(ORDERS), after);
    expect(diff.nodes).toMatchObject([
      {
        change: 'changed',
        id: 's1',
        fields: [{ path: '/label', change: 'changed', before: 'Reserve stock', after: 'Reserve all stock' }],
      },
    ]);
    expect(diff.layoutOnlyMoves).toBe(0);
  });

  it('reports a node added, with its edge, and a node removed, with its edges', () => {
    const after = edited(ORDERS, (document) => {
      document.nodes = document.nodes.filter((node) => node.id !== 'f1');
      document.edges = document.edges.filter((edge) => !['e23', 'e24', 'e25', 'e26'].includes(edge.id));
      document.nodes.push({
        id: 'n9',
        kind: 'notify',
        label: 'Tell finance',
        channel: 'email',
        audience: 'finance',
        message: 'Done',
      });
      edgeIn(document, 'e7').target = 'n9';
      document.edges.push({ id: 'e30', source: 'n9', target: 'end-ok', kind: 'next' });
    });
    const diff = diffPlaybooks(example(ORDERS), after);
    expect(diff.nodes.map((c) => [c.change, c.id])).toEqual([
      ['added', 'n9'],
      ['removed', 'f1'],
    ]);
    expect(diff.edges.map((c) => [c.change, c.id])).toEqual([
      ['changed', 'e7'],
      ['added', 'e30'],
      ['removed', 'e23'],
      ['removed', 'e24'],
      ['removed', 'e25'],
      ['removed', 'e26'],
    ]);
    expect(diff.edges[0]).toMatchObject({ fields: [{ path: '/target', before: 'end-ok', after: 'n9' }] });
  });

  it('reports nested node fields by JSON Pointer with before and after, and added or removed fields', () => {
    const after = edited(ORDERS, (document) => {
      const s2 = nodeIn(document, 's2');
      s2.retry = { maxAttempts: 5, backoff: 'PT30S', multiplier: 2 };
      delete s2.timeout;
      nodeIn(document, 's3').description = 'Marks paid orders shipped';
    });
    const diff = diffPlaybooks(example(ORDERS), after);
    const fields = Object.fromEntries(diff.nodes.map((c) => [c.id, c.change === 'changed' ? c.fields : []]));
    expect(fields.s2).toEqual([
      { path: '/retry/maxAttempts', change: 'changed', before: 3, after: 5 },
      { path: '/timeout', change: 'removed', before: 'PT30S' },
    ]);
    expect(fields.s3).toEqual([
      { path: '/description', change: 'added', after: 'Marks paid orders shipped' },
    ]);
  });

  it('reports a changed node kind as one changed node with every differing field', () => {
    const after = edited('minimal-saga', (document) => {
      const index = document.nodes.findIndex((node) => node.id === 'done');
      document.nodes[index] = { id: 'done', kind: 'failsafe', label: 'Transfer done', mode: 'read-only' };
    });
    const diff = diffPlaybooks(example('minimal-saga'), after);
    expect(diff.nodes).toEqual([
      expect.objectContaining({
        change: 'changed',
        id: 'done',
        fields: [
          { path: '/kind', change: 'changed', before: 'end', after: 'failsafe' },
          { path: '/mode', change: 'added', after: 'read-only' },
          { path: '/pauses', change: 'added', after: [] },
          { path: '/outcome', change: 'removed', before: 'completed' },
        ],
      }),
    ]);
  });
});

describe('semantic diff: top-level sections', () => {
  it('reports objectives, governance, roles, data model, dataset and scenarios under their keys', () => {
    const after = edited(ORDERS, (document) => {
      (document.objectives as Record<string, unknown>).rpo = 'PT1M';
      (document.governance as Record<string, unknown>).approverRoles = ['ops-lead', 'support-lead'];
      (document.roles as unknown[]).splice(1, 0, { id: 'auditor', name: 'Auditor' });
      const entities = (document.dataModel as { entities: Array<{ fields: Array<Record<string, unknown>> }> })
        .entities;
      entities[1]!.fields[2]!.required = false;
      const dataset = document.dataset as Record<string, Array<Record<string, unknown>>>;
      dataset.inventory!.reverse();
      dataset.inventory![0]!.onHand = 3;
      (document.scenarios as unknown[]).pop();
    });
    const diff = diffPlaybooks(example(ORDERS), after);
    const byKey = Object.fromEntries(diff.topLevel.map((change) => [change.key, change.fields]));
    expect(Object.keys(byKey)).toEqual([
      'objectives',
      'roles',
      'governance',
      'dataModel',
      'dataset',
      'scenarios',
    ]);
    expect(byKey.objectives).toEqual([
      { path: '/objectives/rpo', change: 'changed', before: 'PT0S', after: 'PT1M' },
    ]);
    expect(byKey.governance).toEqual([
      {
        path: '/governance/approverRoles',
        change: 'changed',
        before: ['ops-lead'],
        after: ['ops-lead', 'support-lead'],
      },
    ]);
    // Roles are matched by id: one insertion is one added role, not every later role changed.
    expect(byKey.roles).toEqual([
      { path: '/roles/1', change: 'added', after: { id: 'auditor', name: 'Auditor', permissions: [] } },
    ]);
    expect(byKey.dataModel).toEqual([
      { path: '/dataModel/entities/1/fields/2/required', change: 'changed', before: true, after: false },
    ]);
    // Inventory records are matched by their key field "sku": the reversal is an order change.
    expect(byKey.dataset).toEqual([
      { path: '/dataset/inventory/0/onHand', change: 'changed', before: 4, after: 3 },
      { path: '/dataset/inventory', change: 'changed', before: ['MUG', 'TEE'], after: ['TEE', 'MUG'] },
    ]);
    expect(byKey.scenarios).toMatchObject([
      { path: '/scenarios/3', change: 'removed', before: { id: 'email-rejected' } },
    ]);
  });

  it('reports x- extension keys added, changed and removed after the known keys', () => {
    const before = edited('minimal-saga', (document) => {
      document['x-acme-ticket'] = 'OPS-1';
      document['x-old'] = true;
    });
    const after = edited('minimal-saga', (document) => {
      document['x-acme-ticket'] = 'OPS-2';
      document['x-new'] = { team: 'payments' };
      document.name = 'Minimal saga v2';
    });
    expect(diffPlaybooks(before, after).topLevel).toEqual([
      {
        key: 'name',
        fields: [{ path: '/name', change: 'changed', before: 'Minimal saga', after: 'Minimal saga v2' }],
      },
      {
        key: 'x-acme-ticket',
        fields: [{ path: '/x-acme-ticket', change: 'changed', before: 'OPS-1', after: 'OPS-2' }],
      },
      { key: 'x-new', fields: [{ path: '/x-new', change: 'added', after: { team: 'payments' } }] },
      { key: 'x-old', fields: [{ path: '/x-old', change: 'removed', before: true }] },
    ]);
  });

  it('reports a reordered node list, which changes the drill order', () => {
    const after = edited(ORDERS, (document) => {
      document.nodes.reverse();
    });
    const diff = diffPlaybooks(example(ORDERS), after);
    expect(diff.order).toEqual({ nodes: true, edges: false });
    expect(diff.nodes).toEqual([]);
  });

  it.each(SEMANTIC_EDITS)('is not empty exactly when the hash changes: %s', async (_what, edit) => {
    const before = example(ORDERS);
    const after = edited(ORDERS, edit);
    expect(await contentHash(after)).not.toBe(await contentHash(before));
    expect(isEmptyDiff(diffPlaybooks(before, after))).toBe(false);
  });
});

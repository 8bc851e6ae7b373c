import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook, PlaybookNode } from '../../src/domain/types';
import { fromFlow, toFlow } from '../../src/graph/toFlow';
import crm from '../../src/templates/examples/crm-merge-duplicates.json';
import saga from '../../src/templates/examples/minimal-saga.json';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

function parsed(input: unknown): Playbook {
  const result = parsePlaybook(input);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.playbook;
}

const examples = [parsed(order), parsed(saga), parsed(crm)];

// Plain objects, as JSON.parse makes them (fast-check's records have no prototype).
const position = fc
  .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
  .map(([x, y]) => ({ x, y }));

/** An example with random positions (some absent), random labels and random `x-*` keys. */
const playbookArb = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.array(fc.option(position, { nil: undefined }), { minLength: 40, maxLength: 40 }),
    fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 40, maxLength: 40 }),
    fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).map((key) => `x-${key}`),
      fc.jsonValue(),
      { maxKeys: 3 },
    ),
  )
  .map(([base, positions, labels, extensions]) => {
    const nodes = base.nodes.map((node, index) => {
      const { position: _dropped, ...rest } = node;
      const at = positions[index];
      const relabelled = { ...rest, label: labels[index] ?? node.label };
      return (at === undefined ? relabelled : { ...relabelled, position: at }) as PlaybookNode;
    });
    return { ...base, ...extensions, nodes } as Playbook;
  });

describe('graph/toFlow and fromFlow', () => {
  it('give back every field, position and x-* key of any playbook unchanged', () => {
    fc.assert(
      fc.property(playbookArb, (playbook) => {
        const back = fromFlow(playbook, toFlow(playbook));
        expect(back).toStrictEqual(playbook);
      }),
      { numRuns: 200 },
    );
  });

  it('write a moved position back, also for a node that had none', () => {
    const playbook = examples[1]!;
    const flow = toFlow(playbook);
    const moved = {
      ...flow,
      nodes: flow.nodes.map((node, i) => (i === 0 ? { ...node, position: { x: 5, y: 7 } } : node)),
    };
    expect(fromFlow(playbook, moved).nodes[0]?.position).toEqual({ x: 5, y: 7 });
    expect(fromFlow(playbook, moved).nodes[1]?.position).toBeUndefined();
  });

  it('name nodes by kind and label, and edges by kind and the labels of their ends', () => {
    const flow = toFlow(examples[0]!);
    expect(flow.nodes.find((n) => n.id === 's1')?.ariaLabel).toBe('Step: Reserve stock');
    expect(flow.edges.find((e) => e.id === 'e8')?.ariaLabel).toBe(
      'Undone by from Reserve stock to Release stock',
    );
    expect(flow.edges.find((e) => e.id === 'e11')?.ariaLabel).toBe(
      'On failure from Reserve stock to Undo completed steps',
    );
  });

  it('mark a step that changes data without a compensation', () => {
    const playbook = examples[1]!;
    const withoutUndo = { ...playbook, edges: playbook.edges.filter((edge) => edge.id !== 'k1') };
    const flow = toFlow(withoutUndo);
    expect(flow.nodes.find((n) => n.id === 'debit')?.data.missingCompensation).toBe(true);
    expect(flow.nodes.find((n) => n.id === 'credit')?.data.missingCompensation).toBe(false);
  });
});

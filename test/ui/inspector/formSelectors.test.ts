import { beforeEach, describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { parsePlaybook } from '../../../src/domain/parse';
import type { Playbook } from '../../../src/domain/types';
import { type DocumentState, dispatch, documentStore, loadDocument } from '../../../src/state/documentStore';
import order from '../../../src/templates/examples/order-fulfilment-rollback.json';
import {
  firstProblem,
  selectNodeAt,
  selectNodesOfKind,
  selectNodeWords,
  selectOutgoing,
  selectProblemsUnder,
} from '../../../src/ui/inspector/formSelectors';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const example: Playbook = parsed.playbook;

const node = (id: string) => documentStore.getState().document.nodes.find((n) => n.id === id)!;
const indexOf = (id: string) => example.nodes.findIndex((n) => n.id === id);

/** What a selector gives before and after an edit; zustand re-renders a form when they differ. */
function across<T>(select: (s: DocumentState) => T, edit: () => void): [T, T] {
  const before = select(documentStore.getState());
  edit();
  return [before, select(documentStore.getState())];
}

const relabel = (id: string, label: string) => () =>
  dispatch({ type: 'node.update', id, node: { ...node(id), label } });

describe('inspector form selectors (a form re-renders only when what it shows changes)', () => {
  beforeEach(() => loadDocument(example));

  it("the selected node's slice stays equal when another node is edited, and changes when it is", () => {
    const [before, after] = across(selectNodeAt('s1'), relabel('s2', 'Book it'));
    expect(shallow(before, after)).toBe(true);
    expect(before.index).toBe(indexOf('s1'));
    const [mine, edited] = across(selectNodeAt('s1'), relabel('s1', 'Take stock'));
    expect(shallow(mine, edited)).toBe(false);
    expect(edited.node?.label).toBe('Take stock');
  });

  it("a node's field errors stay equal while another node gains and loses a problem", () => {
    const pointer = `/nodes/${indexOf('s1')}`;
    const [before, after] = across(selectProblemsUnder(pointer), relabel('s2', ''));
    expect(documentStore.getState().problems.some((p) => p.target === 's2')).toBe(true);
    expect(shallow(before, after)).toBe(true);
    const [, broken] = across(selectProblemsUnder(pointer), relabel('s1', ''));
    expect(firstProblem(broken, `${pointer}/label`)).toMatch(/label/i);
    expect(firstProblem(broken, `${pointer}/owner`)).toBeUndefined();
  });

  it('the lists of checkpoints, node words and outgoing links ignore a move on the canvas', () => {
    const move = () => dispatch({ type: 'node.move', moves: [{ id: 's1', position: { x: 999, y: 9 } }] });
    const selectors: ((s: DocumentState) => unknown)[] = [
      selectNodesOfKind('checkpoint'),
      selectNodeWords,
      selectOutgoing('s1'),
    ];
    for (const select of selectors) {
      loadDocument(example);
      const [before, after] = across(select, move);
      expect(shallow(before, after)).toBe(true);
    }
    expect(node('s1').position).toEqual({ x: 999, y: 9 });
  });

  it('the node words change when a label does, so link pickers show the new name', () => {
    const [before, after] = across(selectNodeWords, relabel('cp1', 'Snapshot'));
    expect(shallow(before, after)).toBe(false);
    expect(after).toContain('Snapshot');
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/applyCommand';
import { appendAfter } from '../../../src/commands/composite/appendNode';
import { insertOnEdge } from '../../../src/commands/composite/insertNode';
import { freeSpot, NODE_SLOT } from '../../../src/commands/composite/placement';
import { addCompensation, markIrreversible } from '../../../src/commands/composite/stepActions';
import { newNode } from '../../../src/commands/newNode';
import type { Playbook } from '../../../src/domain/types';
import { build, end, safeSagaDraft, step, trigger } from '../../analysis/fixtures';

const line = (): Playbook =>
  build({
    nodes: [
      { ...trigger(), position: { x: 0, y: 0 } },
      { ...step('s'), position: { x: 212, y: 0 } },
      { ...end('done'), position: { x: 424, y: 0 } },
    ],
    edges: [
      ['next', 't', 's'],
      ['next', 's', 'done'],
    ],
  });

function apply(playbook: Playbook, result: ReturnType<typeof insertOnEdge>) {
  if (!result.ok) throw new Error(result.reason);
  const applied = applyCommand(playbook, result.command);
  if (!applied.ok) throw new Error(applied.reason);
  return { ...applied, focus: result.focus };
}

const noOverlap = (playbook: Playbook) => {
  const placed = playbook.nodes.flatMap((node) => (node.position ? [node.position] : []));
  for (const [i, a] of placed.entries())
    for (const b of placed.slice(i + 1))
      expect(
        Math.abs(a.x - b.x) >= NODE_SLOT.width || Math.abs(a.y - b.y) >= NODE_SLOT.height,
        `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`,
      ).toBe(true);
};

describe('insertOnEdge (a palette node dropped on a link)', () => {
  it('splits the link: source → new node → old target, and makes room without overlap', () => {
    const playbook = line();
    const { document, inverse, focus } = apply(
      playbook,
      insertOnEdge(playbook, 'e2', (id, position) => newNode('notify', id, position, playbook)),
    );
    expect(document.edges.find((edge) => edge.id === 'e2')).toMatchObject({ source: 's', target: focus });
    expect(document.edges).toContainEqual(
      expect.objectContaining({ source: focus, target: 'done', kind: 'next' }),
    );
    noOverlap(document);
    const undone = applyCommand(document, inverse);
    expect(undone.ok && undone.document).toStrictEqual(playbook);
  });

  it('keeps the link kind: a failure link split by a notify still starts as a failure', () => {
    const playbook = build(safeSagaDraft());
    const failure = playbook.edges.find((edge) => edge.kind === 'failure' && edge.source === 's');
    const { document, focus } = apply(
      playbook,
      insertOnEdge(playbook, failure!.id, (id, position) => newNode('notify', id, position, playbook)),
    );
    expect(document.edges.find((edge) => edge.id === failure!.id)).toMatchObject({
      kind: 'failure',
      target: focus,
    });
  });

  it('refuses an undo link, and a node that cannot go on (an end)', () => {
    const playbook = build(safeSagaDraft());
    const undo = playbook.edges.find((edge) => edge.kind === 'compensate')!;
    const step = (id: string, at: { x: number; y: number }) => newNode('step', id, at, playbook);
    expect(insertOnEdge(playbook, undo.id, step)).toMatchObject({ ok: false });
    const next = playbook.edges.find((edge) => edge.kind === 'next')!;
    const anEnd = (id: string, at: { x: number; y: number }) => newNode('end', id, at, playbook);
    expect(insertOnEdge(playbook, next.id, anEnd)).toMatchObject({ ok: false });
  });
});

describe('placement', () => {
  it('freeSpot returns the wanted place when it is free, else the nearest free slot', () => {
    const playbook = line();
    expect(freeSpot(playbook, { x: 0, y: 300 })).toEqual({ x: 0, y: 300 });
    const spot = freeSpot(playbook, { x: 212, y: 0 }, 'below');
    expect(spot).toEqual({ x: 212, y: NODE_SLOT.height });
  });

  it('an undo goes under its step, below any node already there', () => {
    const base = line();
    const crowded: Playbook = {
      ...base,
      nodes: [...base.nodes, { ...newNode('check', 'k', { x: 212, y: NODE_SLOT.height }, base) }],
    };
    const { document, focus } = apply(crowded, addCompensation(crowded, 's'));
    expect(document.nodes.find((node) => node.id === focus)?.position).toEqual({
      x: 212,
      y: 2 * NODE_SLOT.height,
    });
    noOverlap(document);
  });
});

describe('step actions', () => {
  it('mark as cannot be undone leaves the reason empty for the person to write, and refuses twice', () => {
    const playbook = line();
    const { document } = apply(playbook, markIrreversible(playbook, 's'));
    expect(document.nodes.find((node) => node.id === 's')).toMatchObject({ irreversible: { reason: '' } });
    expect(markIrreversible(document, 's')).toMatchObject({ ok: false });
    expect(addCompensation(build({ nodes: [{ ...step('x') }], edges: [] }), 'x')).toMatchObject({ ok: true });
  });
});

describe('appendAfter (a palette click with a node selected)', () => {
  it('goes into the selected node’s next link: source → new → what followed', () => {
    const playbook = line();
    const { document, focus } = apply(
      playbook,
      appendAfter(playbook, 't', (id, position) => newNode('step', id, position, playbook)),
    );
    expect(document.edges.find((edge) => edge.source === 't')).toMatchObject({ target: focus });
    expect(document.edges).toContainEqual(
      expect.objectContaining({ source: focus, target: 's', kind: 'next' }),
    );
    noOverlap(document);
  });

  it('after an end, the new node is only placed beside it, unlinked and not on top of anything', () => {
    const playbook = line();
    const { document, focus } = apply(
      playbook,
      appendAfter(playbook, 'done', (id, position) => newNode('step', id, position, playbook)),
    );
    expect(document.edges.some((edge) => edge.source === focus || edge.target === focus)).toBe(false);
    noOverlap(document);
  });
});

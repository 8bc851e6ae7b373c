import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { blankPlaybook } from '../../src/commands/blankPlaybook';
import { newNode } from '../../src/commands/newNode';
import { EDGE_RULES, edgeKindRefusal } from '../../src/domain/edgeRules';
import { checkReferences } from '../../src/domain/references';
import { NODE_KINDS } from '../../src/domain/schema/nodes';
import type { Edge, NodeKind, Playbook } from '../../src/domain/types';
import { checkConnection } from '../../src/graph/connectionRules';
import { sourceHandleOf } from '../../src/graph/edgeNames';
import type { PlaybookNodeData } from '../../src/graph/flowTypes';
import { toFlowNode } from '../../src/graph/toFlow';
import { nodeTypes } from '../../src/ui/nodes/kindNodes';

/** Every link a person can ask for: each edge kind, and a branch for yes and for no. */
const LINKS: Pick<Edge, 'kind' | 'when'>[] = [
  { kind: 'next' },
  { kind: 'failure' },
  { kind: 'compensate' },
  { kind: 'branch', when: true },
  { kind: 'branch', when: false },
];

/** Two nodes of the given kinds, nothing linked: any refusal is then about the kinds alone. */
function twoNodes(sourceKind: NodeKind, targetKind: NodeKind): Playbook {
  const base = { ...blankPlaybook(), roles: [{ id: 'ops', name: 'Operations', permissions: [] }] };
  const source = newNode(sourceKind, 'from', { x: 0, y: 0 }, base);
  const target = newNode(targetKind, 'to', { x: 200, y: 0 }, base);
  return { ...base, nodes: [source, target] } as Playbook;
}

/** The handle ids a node kind's component draws, as React Flow renders them. */
function renderedHandles(kind: NodeKind): { sources: string[]; targets: string[] } {
  // Only what the kind components read; React Flow passes more, which they ignore.
  const Component = nodeTypes[kind] as unknown as (props: {
    id: string;
    type: NodeKind;
    data: PlaybookNodeData;
    selected: boolean;
  }) => ReactNode;
  const flowNode = toFlowNode(twoNodes(kind, kind).nodes[0]!, 0, [], false);
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <Component id="from" type={kind} data={flowNode.data} selected={false} />
    </ReactFlowProvider>,
  );
  const handles = [...html.matchAll(/<div[^>]*data-handleid="([^"]+)"[^>]*>/g)];
  const of = (type: string) =>
    handles.filter((match) => match[0].includes(` ${type} `) || match[0].includes(` ${type}"`));
  return {
    sources: of('source').map((match) => match[1]!),
    targets: of('target').map((match) => match[1]!),
  };
}

const HANDLES = new Map(NODE_KINDS.map((kind) => [kind, renderedHandles(kind)]));

describe('one table of edge rules: the validator, the canvas check and the handles agree', () => {
  for (const sourceKind of NODE_KINDS) {
    for (const targetKind of NODE_KINDS) {
      for (const link of LINKS) {
        const name = `${link.kind}${link.kind === 'branch' ? ` ${link.when}` : ''} from ${sourceKind} to ${targetKind}`;
        it(name, () => {
          const playbook = twoNodes(sourceKind, targetKind);
          const allowedByTable = edgeKindRefusal(link.kind, sourceKind, targetKind) === null;

          const canvas = checkConnection(playbook, { source: 'from', target: 'to', ...link });
          const edge = { id: 'link', source: 'from', target: 'to', ...link };
          const edgeErrors = checkReferences({ ...playbook, edges: [edge] }).filter((error) =>
            error.path.startsWith('/edges/0'),
          );
          const handles = HANDLES.get(sourceKind)!;
          const arrives = HANDLES.get(targetKind)!;
          const handleDrawn =
            handles.sources.includes(sourceHandleOf(link)) &&
            arrives.targets.includes(link.kind === 'compensate' ? 'compensated' : 'in');

          expect({ canvas: canvas.ok, validator: edgeErrors.length === 0, handles: handleDrawn }).toEqual({
            canvas: allowedByTable,
            validator: allowedByTable,
            handles: allowedByTable,
          });
          if (!canvas.ok) expect(edgeErrors[0]?.message.toLowerCase()).toContain(canvas.reason.toLowerCase());
        });
      }
    }
  }

  it('states spec section 4: who may fail, undo, branch, and that an end is last', () => {
    const leaves = (kind: Edge['kind']) => NODE_KINDS.filter((node) => !EDGE_RULES[node].leaving[kind]);
    const enters = (kind: Edge['kind']) => NODE_KINDS.filter((node) => !EDGE_RULES[node].entering[kind]);
    expect(leaves('failure')).toEqual(['step', 'compensation', 'restore', 'rollback', 'check', 'approval']);
    expect(leaves('compensate')).toEqual(['step']);
    expect(enters('compensate')).toEqual(['compensation']);
    expect(leaves('branch')).toEqual(['decision']);
    expect(leaves('next')).not.toContain('compensation');
    expect(leaves('next')).not.toContain('decision');
    expect(Object.keys(EDGE_RULES.end.leaving).sort()).toEqual(['branch', 'compensate', 'failure', 'next']);
  });

  it('draws the handles it derives: a step offers next, failure and undo; a decision yes and no', () => {
    expect(HANDLES.get('step')).toEqual({ sources: ['next', 'failure', 'compensate'], targets: ['in'] });
    expect(HANDLES.get('compensation')).toEqual({ sources: ['failure'], targets: ['in', 'compensated'] });
    expect(HANDLES.get('decision')?.sources).toEqual(['branch-true', 'branch-false']);
    expect(HANDLES.get('end')).toEqual({ sources: [], targets: ['in'] });
  });

  it('nothing links into a trigger, and a trigger has no handle to drop a link on', () => {
    for (const link of LINKS) expect(edgeKindRefusal(link.kind, 'step', 'trigger')).not.toBeNull();
    expect(HANDLES.get('trigger')!.targets).toEqual([]);
  });
});

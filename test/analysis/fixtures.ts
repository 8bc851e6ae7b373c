import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';

/** A node or playbook part as written in a file (before defaults). */
export type Json = Record<string, unknown>;
/** `[kind, from, to]`, or `['branch', from, to, when]`. */
export type EdgeSpec =
  | ['next' | 'failure' | 'compensate', string, string]
  | ['branch', string, string, boolean];

export interface Draft {
  nodes: Json[];
  edges: EdgeSpec[];
  extra?: Json;
}

/**
 * Builds a real playbook from a draft: header, one role `ops` that may do everything, one entity
 * `items`, edges named e1, e2, …, then `parsePlaybook`, so fixtures are what a user could load.
 * Throws (failing the test) when the draft is not a valid playbook.
 */
export function build({ nodes, edges, extra = {} }: Draft): Playbook {
  const input = {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'fixture',
    name: 'Fixture',
    objectives: { rto: 'PT1H' },
    roles: [{ id: 'ops', name: 'Operations', permissions: ['initiate', 'approve', 'override', 'execute'] }],
    dataModel: {
      entities: [
        {
          name: 'items',
          key: 'id',
          fields: [
            { name: 'id', type: 'string' },
            { name: 'name', type: 'string' },
          ],
        },
      ],
    },
    dataset: { items: [{ id: 'i1', name: 'one' }] },
    nodes,
    edges: edges.map(([kind, source, target, when], index) => ({
      id: `e${index + 1}`,
      source,
      target,
      kind,
      ...(when === undefined ? {} : { when }),
    })),
    ...extra,
  };
  const result = parsePlaybook(input);
  if (!result.ok) throw new Error(`Fixture is not a valid playbook: ${JSON.stringify(result.errors)}`);
  return result.playbook;
}

export const trigger = (id = 't', extra: Json = {}): Json => ({
  id,
  kind: 'trigger',
  label: 'Start',
  signal: 'manual',
  initiators: ['ops'],
  ...extra,
});
export const step = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'step',
  label: `Step ${id}`,
  owner: 'ops',
  effects: [{ op: 'update', entity: 'items', match: { id: 'i1' }, set: { name: id } }],
  duration: 'PT1S',
  ...extra,
});
export const compensation = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'compensation',
  label: `Undo ${id}`,
  duration: 'PT1S',
  idempotent: true,
  ...extra,
});
export const end = (id: string, outcome = 'completed'): Json => ({
  id,
  kind: 'end',
  label: `End ${id}`,
  outcome,
});
export const rollback = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'rollback',
  label: 'Roll back',
  owner: 'ops',
  ...extra,
});
export const restore = (id: string, checkpoint: string, extra: Json = {}): Json => ({
  id,
  kind: 'restore',
  label: 'Restore',
  owner: 'ops',
  checkpoint,
  ...extra,
});
export const check = (id: string): Json => ({
  id,
  kind: 'check',
  label: 'Check',
  invariants: [{ type: 'model' }],
});
export const notify = (id: string): Json => ({
  id,
  kind: 'notify',
  label: 'Tell ops',
  channel: 'slack',
  audience: '#ops',
  message: '{{playbook.name}}: {{run.outcome}}',
});
export const checkpoint = (id: string, entities: string[] = ['*']): Json => ({
  id,
  kind: 'checkpoint',
  label: 'Snapshot',
  entities,
});
export const approval = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'approval',
  label: 'Approve',
  owner: 'ops',
  approvers: ['ops'],
  ...extra,
});
export const decision = (id: string): Json => ({
  id,
  kind: 'decision',
  label: 'Anything to do?',
  condition: 'size(data.items) > 0',
});
export const failsafe = (id: string): Json => ({ id, kind: 'failsafe', label: 'Pause', mode: 'read-only' });

/**
 * A small playbook every rule is happy with: a checkpoint, one compensated step whose failure
 * rolls back, a check after the rollback, notifications before the bad ends, and a notified
 * `failed` end when the rollback itself fails.
 */
export function safeSagaDraft(): Draft {
  return {
    nodes: [
      trigger(),
      checkpoint('cp'),
      step('s'),
      compensation('cs'),
      end('done'),
      rollback('rb'),
      check('k'),
      notify('n'),
      end('rolled', 'rolled_back'),
      notify('nf'),
      end('failed', 'failed'),
    ],
    edges: [
      ['next', 't', 'cp'],
      ['next', 'cp', 's'],
      ['next', 's', 'done'],
      ['compensate', 's', 'cs'],
      ['failure', 's', 'rb'],
      ['next', 'rb', 'k'],
      ['next', 'k', 'n'],
      ['next', 'n', 'rolled'],
      ['failure', 'rb', 'nf'],
      ['next', 'nf', 'failed'],
    ],
  };
}

/** Draft editing helpers: each returns a new draft. */
export function replaceNode(draft: Draft, id: string, patch: Json): Draft {
  return { ...draft, nodes: draft.nodes.map((node) => (node.id === id ? { ...node, ...patch } : node)) };
}
export function withoutEdge(draft: Draft, kind: EdgeSpec[0], from: string, to: string): Draft {
  const edges = draft.edges.filter(([k, f, t]) => !(k === kind && f === from && t === to));
  if (edges.length === draft.edges.length) throw new Error(`No ${kind} edge ${from} → ${to} in the draft`);
  return { ...draft, edges };
}
export function withNodes(draft: Draft, nodes: Json[], edges: EdgeSpec[] = []): Draft {
  return { ...draft, nodes: [...draft.nodes, ...nodes], edges: [...draft.edges, ...edges] };
}
export function withExtra(draft: Draft, extra: Json): Draft {
  return { ...draft, extra: { ...draft.extra, ...extra } };
}
export function withoutNode(draft: Draft, id: string): Draft {
  return {
    ...draft,
    nodes: draft.nodes.filter((node) => node.id !== id),
    edges: draft.edges.filter(([, from, to]) => from !== id && to !== id),
  };
}

import fc from 'fast-check';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';

type Json = Record<string, unknown>;

/**
 * One random effect over `items` (key id, v integer, at timestamp): adds, changes or removes; one
 * `where` reads a missing field, so it fails at run time.
 */
export const effectArb: fc.Arbitrary<Json> = fc.oneof(
  fc.record({
    op: fc.constant('insert'),
    entity: fc.constant('items'),
    records: fc.array(
      fc.record({ id: fc.constantFrom('a', 'b', 'n1', 'n2', '{{id}}'), v: fc.integer({ min: 0, max: 9 }) }),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({
    op: fc.constant('update'),
    entity: fc.constant('items'),
    match: fc.record({ id: fc.constantFrom('a', 'b', 'n1') }),
    set: fc.record({ v: fc.integer({ min: 0, max: 9 }) }),
  }),
  fc.record({
    op: fc.constant('update'),
    entity: fc.constant('items'),
    where: fc.constantFrom('r.v > 3', 'r.v <= 3', 'r.missing > 1'),
    set: fc.record({ at: fc.constant('{{now}}') }),
  }),
  fc.record({
    op: fc.constant('delete'),
    entity: fc.constant('items'),
    match: fc.record({ id: fc.constantFrom('a', 'b', 'n2') }),
  }),
);

const actionArb = fc.record({
  effects: fc.array(effectArb, { minLength: 0, maxLength: 2 }),
  retry: fc.record({
    maxAttempts: fc.integer({ min: 1, max: 3 }),
    backoff: fc.constantFrom('PT0S', 'PT5S'),
  }),
  duration: fc.constantFrom('PT0S', 'PT1S', 'PT30S'),
  idempotent: fc.boolean(),
  system: fc.constantFrom(undefined, 'api', 'db'),
});

const mainKindArb = fc.constantFrom(
  'step',
  'step',
  'step',
  'checkpoint',
  'approval',
  'notify',
  'check',
  'decision',
  'restore',
  'failsafe',
);

const nodeSpecArb = fc.record({
  kind: mainKindArb,
  action: actionArb,
  compensation: fc.constantFrom('none', 'revert', 'revert', 'effects'),
  compensationEffects: fc.array(effectArb, { minLength: 1, maxLength: 2 }),
  compensationFailure: fc.constantFrom('none', 'restore', 'end'),
  stepFailure: fc.boolean(),
  threshold: fc.integer({ min: 1, max: 4 }),
});

const strip = (value: Json): Json =>
  Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined));

/**
 * Random playbooks for the drill's equivalence properties: a chain of steps (with revert or
 * effects compensations, retries, systems, idempotency), checkpoints, restores (some before their
 * checkpoint), approvals, notifications with templates, checks, decisions and failsafes; failure
 * edges to a rollback and a restore; optionally a loop that grows `items` until a decision stops it.
 */
export const playbookArb: fc.Arbitrary<Playbook> = fc
  .tuple(fc.array(nodeSpecArb, { minLength: 1, maxLength: 7 }), fc.boolean(), fc.nat())
  .map(([specs, loop, seed]) => {
    const nodes: Json[] = [{ id: 't', kind: 'trigger', label: 'T', signal: 'manual' }];
    const edges: Json[] = [];
    let edgeCount = 0;
    const edge = (source: string, target: string, kind: string, when?: boolean) =>
      edges.push(strip({ id: `e${edgeCount++}`, source, target, kind, when }));
    const checkpoints = specs.flatMap((spec, index) => (spec.kind === 'checkpoint' ? [`m${index}`] : []));
    const firstCheckpoint = checkpoints[0] ?? 'nowhere';
    // The shared recovery: a rollback of everything, then the end; if it fails, a restore.
    nodes.push(
      { id: 'rb', kind: 'rollback', label: 'Roll back' },
      { id: 'rb-end', kind: 'end', label: 'Rolled back', outcome: 'rolled_back' },
      { id: 'ok', kind: 'end', label: 'Done', outcome: 'completed' },
      { id: 'deg', kind: 'end', label: 'Degraded', outcome: 'degraded' },
      { id: 'fail-end', kind: 'end', label: 'Failed', outcome: 'failed' },
    );
    edge('rb', 'rb-end', 'next');
    if (checkpoints.length > 0) {
      nodes.push(
        { id: 'rec', kind: 'restore', label: 'Restore', checkpoint: firstCheckpoint, duration: 'PT1M' },
        { id: 'rec-end', kind: 'end', label: 'Restored', outcome: 'restored' },
      );
      edge('rec', 'rec-end', 'next');
      edge('rb', 'rec', 'failure');
    }
    let previous = 't';
    specs.forEach((spec, index) => {
      const id = `m${index}`;
      const label = `${spec.kind} ${index}`;
      switch (spec.kind) {
        case 'step':
          nodes.push(strip({ id, kind: 'step', label, ...spec.action }));
          if (spec.compensation !== 'none') {
            nodes.push(
              strip({
                id: `c${index}`,
                kind: 'compensation',
                label: `undo ${index}`,
                strategy: spec.compensation,
                duration: 'PT2S',
                ...(spec.compensation === 'effects' ? { effects: spec.compensationEffects } : {}),
                system: spec.action.system,
              }),
            );
            edge(id, `c${index}`, 'compensate');
            if (spec.compensationFailure === 'restore' && checkpoints.length > 0)
              edge(`c${index}`, 'rec', 'failure');
            if (spec.compensationFailure === 'end') edge(`c${index}`, 'fail-end', 'failure');
          }
          if (spec.stepFailure) edge(id, 'rb', 'failure');
          break;
        case 'checkpoint':
          nodes.push({ id, kind: 'checkpoint', label, entities: seed % 2 === 0 ? ['*'] : ['items'] });
          break;
        case 'approval':
          nodes.push({ id, kind: 'approval', label, approvers: ['x'], simulatedWait: 'PT10M' });
          if (spec.stepFailure) edge(id, 'rb', 'failure');
          break;
        case 'notify':
          nodes.push({
            id,
            kind: 'notify',
            label,
            channel: 'slack',
            audience: 'ops',
            message:
              'At {{now}} ({{run.elapsed}}), {{run.failedNode}} failed; {{id}} heads for {{run.outcome}}',
          });
          break;
        case 'check':
          nodes.push({
            id,
            kind: 'check',
            label,
            invariants:
              spec.threshold % 2 === 0
                ? [{ type: 'model' }]
                : [{ type: 'count', entity: 'items', op: '<=', value: spec.threshold + 1 }],
          });
          if (spec.stepFailure) edge(id, 'rb', 'failure');
          break;
        case 'decision':
          nodes.push({
            id,
            kind: 'decision',
            label,
            // Odd thresholds branch on the drawn ids, so a run that drew other ids goes elsewhere.
            condition:
              spec.threshold % 2 === 0
                ? `size(data.items) >= ${spec.threshold}`
                : `size(data.items) <= ${spec.threshold} || data.items.exists(i, i.id.startsWith("id-") && i.id > "id-i")`,
          });
          edge(id, 'deg', 'branch', false);
          break;
        case 'restore':
          // Without a checkpoint in the playbook a restore is invalid: a failsafe stands in.
          if (checkpoints.length === 0) nodes.push({ id, kind: 'failsafe', label, mode: 'manual' });
          else
            nodes.push({
              id,
              kind: 'restore',
              label,
              checkpoint: checkpoints[seed % checkpoints.length],
              duration: 'PT30S',
            });
          break;
        case 'failsafe':
          nodes.push({ id, kind: 'failsafe', label, mode: 'read-only', pauses: ['sync'] });
          break;
      }
      if (previous !== 't' && nodes.find((node) => node.id === previous)?.kind === 'decision')
        edge(previous, id, 'branch', true);
      else edge(previous, id, 'next');
      previous = id;
    });
    let last = previous;
    if (loop) {
      // Grows items until there are 5: a loop the visit counter and the drill's fork both cross.
      nodes.push(
        {
          id: 'grow',
          kind: 'step',
          label: 'Grow',
          duration: 'PT1S',
          effects: [{ op: 'insert', entity: 'items', records: [{ id: '{{id}}', v: 1 }] }],
        },
        { id: 'undo-grow', kind: 'compensation', label: 'Undo grow', strategy: 'revert' },
        { id: 'enough', kind: 'decision', label: 'Enough?', condition: 'size(data.items) >= 5' },
      );
      edge('grow', 'undo-grow', 'compensate');
      if (nodes.find((node) => node.id === last)?.kind === 'decision') edge(last, 'grow', 'branch', true);
      else edge(last, 'grow', 'next');
      edge('grow', 'enough', 'next');
      edge('enough', 'grow', 'branch', false);
      // Which end the loop reaches depends on the ids it drew.
      nodes.push({
        id: 'drawn',
        kind: 'decision',
        label: 'Drawn?',
        condition: 'data.items.exists(i, i.id > "id-m")',
      });
      edge('enough', 'drawn', 'branch', true);
      edge('drawn', 'deg', 'branch', false);
      last = 'drawn';
      edge(last, 'ok', 'branch', true);
    } else if (nodes.find((node) => node.id === last)?.kind === 'decision') edge(last, 'ok', 'branch', true);
    else edge(last, 'ok', 'next');
    const parsed = parsePlaybook({
      format: 'rollbook.playbook',
      schemaVersion: 1,
      id: `random-${seed}`,
      name: 'Random playbook',
      objectives: seed % 3 === 0 ? {} : { rto: 'PT5M' },
      roles: [{ id: 'x', name: 'Approver', permissions: ['approve'] }],
      dataModel: {
        entities: [
          {
            name: 'items',
            key: 'id',
            fields: [
              { name: 'id', type: 'string' },
              { name: 'v', type: 'integer', required: true },
              { name: 'at', type: 'timestamp' },
            ],
          },
        ],
      },
      dataset: {
        items: [
          { id: 'a', v: 1 },
          { id: 'b', v: 5, at: '2024-01-01T00:00:00Z' },
        ],
      },
      nodes,
      edges,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    return parsed.playbook;
  });

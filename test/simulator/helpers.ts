import { parsePlaybook } from '../../src/domain/parse';
import type { Dataset, Playbook, Scenario } from '../../src/domain/types';
import { type SimulationResult, simulate, startRun } from '../../src/simulator';
import type { RunOptions } from '../../src/simulator/session';

type Json = Record<string, unknown>;

/**
 * A small playbook for one rule: entity `items` (key `id`, integer `v`), two records, a trigger
 * `t`, the given nodes, `next` edges along `chain`, and any extra edges as `source>target:kind`.
 */
export function playbook(options: {
  nodes: Json[];
  chain: string[];
  edges?: string[];
  scenarios?: Json[];
  rto?: string;
  dataset?: Json;
  entities?: Json[];
}): Playbook {
  const edges: Json[] = [];
  const chain = ['t', ...options.chain];
  for (let index = 0; index + 1 < chain.length; index += 1)
    edges.push({ id: `n${index}`, source: chain[index], target: chain[index + 1], kind: 'next' });
  (options.edges ?? []).forEach((text, index) => {
    const [source, rest] = text.split('>');
    const [target, kind, when] = rest!.split(':');
    edges.push({
      id: `x${index}`,
      source,
      target,
      kind,
      ...(when === undefined ? {} : { when: when === 'true' }),
    });
  });
  const input = {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'rule',
    name: 'Rule playbook',
    objectives: options.rto ? { rto: options.rto } : {},
    roles: [{ id: 'x', name: 'Approver', permissions: ['approve'] }],
    dataModel: {
      entities: options.entities ?? [
        {
          name: 'items',
          key: 'id',
          fields: [
            { name: 'id', type: 'string' },
            { name: 'v', type: 'integer', required: true },
            { name: 'at', type: 'timestamp' },
            { name: 'parent', type: 'string' },
          ],
          references: [{ field: 'parent', entity: 'items' }],
        },
      ],
    },
    dataset: options.dataset ?? {
      items: [
        { id: 'a', v: 1 },
        { id: 'b', v: 2 },
      ],
    },
    nodes: [{ id: 't', kind: 'trigger', label: 'Start', signal: 'manual' }, ...options.nodes.map(withLabel)],
    edges,
    scenarios: options.scenarios ?? [],
  };
  const parsed = parsePlaybook(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  return parsed.playbook;
}

function withLabel(node: Json): Json {
  return { label: `Node ${String(node.id)}`, ...node };
}

export const step = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'step',
  duration: 'PT1S',
  ...extra,
});
export const revert = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'compensation',
  duration: 'PT1S',
  ...extra,
});
export const end = (id: string, outcome = 'completed'): Json => ({ id, kind: 'end', outcome });
export const setV = (id: string, v: number): Json => ({
  op: 'update',
  entity: 'items',
  match: { id },
  set: { v },
});
export const insertItem = (id: string, v = 9): Json => ({
  op: 'insert',
  entity: 'items',
  records: [{ id, v }],
});

/** Runs and fails the test on a run error. */
export function run(pb: Playbook, options: RunOptions = {}): SimulationResult {
  const outcome = simulate(pb, options);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

export const scenario = (value: Json): Scenario => value as unknown as Scenario;

/** The data at the end of a run (through a session). */
export function finalData(pb: Playbook, options: RunOptions = {}): Dataset {
  const started = startRun(pb, options);
  if (!started.ok) throw new Error(started.error.message);
  started.session.runToEnd();
  return started.session.state().data;
}

/** The events of one type, narrowed. */
export function eventsOf<T extends SimulationResult['events'][number]['type']>(
  result: SimulationResult,
  type: T,
): Extract<SimulationResult['events'][number], { type: T }>[] {
  return result.events.filter(
    (event): event is Extract<SimulationResult['events'][number], { type: T }> => event.type === type,
  );
}

import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parsePlaybook, parsePlaybookJson } from '../src/domain/parse';
import type { Playbook } from '../src/domain/types';
import { EXPORTERS } from '../src/exporters';

const order = parsePlaybookJson(
  readFileSync('src/templates/examples/order-fulfilment-rollback.json', 'utf8'),
);
if (!order.ok) throw new Error('example does not parse');

/** A saga of `steps` steps, each with an undo and a failure edge to one shared rollback and restore. */
function saga(steps: number): Playbook {
  const nodes: Record<string, unknown>[] = [
    { id: 't', kind: 'trigger', label: 'Start', signal: 'manual' },
    { id: 'cp', kind: 'checkpoint', label: 'Snapshot' },
    { id: 'rb', kind: 'rollback', label: 'Undo' },
    { id: 'r', kind: 'restore', label: 'Restore', checkpoint: 'cp' },
    { id: 'ok', kind: 'end', label: 'Done', outcome: 'completed' },
    { id: 'back', kind: 'end', label: 'Rolled back', outcome: 'rolled_back' },
    { id: 'restored', kind: 'end', label: 'Restored', outcome: 'restored' },
  ];
  const edges: Record<string, unknown>[] = [
    { id: 'e-t', source: 't', target: 'cp', kind: 'next' },
    { id: 'e-rb', source: 'rb', target: 'back', kind: 'next' },
    { id: 'e-rbf', source: 'rb', target: 'r', kind: 'failure' },
    { id: 'e-r', source: 'r', target: 'restored', kind: 'next' },
  ];
  for (let index = 0; index < steps; index += 1) {
    nodes.push({
      id: `s${index}`,
      kind: 'step',
      label: `Step ${index}`,
      retry: { maxAttempts: 2, backoff: 'PT1S' },
    });
    nodes.push({ id: `c${index}`, kind: 'compensation', label: `Undo ${index}` });
    edges.push({
      id: `n${index}`,
      source: index === 0 ? 'cp' : `s${index - 1}`,
      target: `s${index}`,
      kind: 'next',
    });
    edges.push({ id: `k${index}`, source: `s${index}`, target: `c${index}`, kind: 'compensate' });
    edges.push({ id: `f${index}`, source: `s${index}`, target: 'rb', kind: 'failure' });
  }
  edges.push({ id: 'n-end', source: `s${steps - 1}`, target: 'ok', kind: 'next' });
  const parsed = parsePlaybook({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'bench-saga',
    name: 'Bench saga',
    nodes,
    edges,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.playbook;
}

const large = saga(40);

for (const [title, playbook] of [
  ['the order example (21 nodes)', order.playbook],
  [`a ${large.nodes.length}-node saga (40 steps failing into one rollback: 40 compensation chains)`, large],
] as const) {
  describe(`export of ${title}`, () => {
    for (const exporter of EXPORTERS) {
      bench(exporter.id, () => {
        exporter.export(playbook);
      });
    }
  });
}

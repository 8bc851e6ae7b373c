import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Fault } from '../../src/domain/types';
import { simulate, startRun } from '../../src/simulator';
import { effectArb } from './arbitraryPlaybook';

const stepArb = fc.record({
  effects: fc.array(effectArb, { minLength: 0, maxLength: 3 }),
  maxAttempts: fc.integer({ min: 1, max: 3 }),
  idempotent: fc.boolean(),
});

describe('property: revert compensations undo everything', () => {
  it('a playbook of random steps, each with a revert compensation, rolls back to the initial state under any single fail/partial/timeout fault', () => {
    fc.assert(
      fc.property(
        stepArb.chain((first) =>
          fc.tuple(
            fc.array(stepArb, { minLength: 0, maxLength: 5 }).map((rest) => [first, ...rest]),
            fc.constantFrom('fail', 'partial', 'timeout'),
            fc.nat(),
          ),
        ),
        ([steps, type, pick]) => {
          const nodes: Record<string, unknown>[] = [
            { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
          ];
          const edges: Record<string, unknown>[] = [];
          let previous = 't';
          steps.forEach((spec, index) => {
            const id = `s${index}`;
            nodes.push({
              id,
              kind: 'step',
              label: id,
              duration: 'PT1S',
              effects: spec.effects,
              idempotent: spec.idempotent,
              retry: { maxAttempts: spec.maxAttempts },
            });
            nodes.push({
              id: `c${index}`,
              kind: 'compensation',
              label: `undo ${id}`,
              strategy: 'revert',
              duration: 'PT1S',
            });
            edges.push(
              { id: `n${index}`, source: previous, target: id, kind: 'next' },
              { id: `k${index}`, source: id, target: `c${index}`, kind: 'compensate' },
            );
            previous = id;
          });
          nodes.push({ id: 'e', kind: 'end', label: 'E', outcome: 'completed' });
          edges.push({ id: 'last', source: previous, target: 'e', kind: 'next' });
          const parsed = parsePlaybook({
            format: 'rollbook.playbook',
            schemaVersion: 1,
            id: 'prop',
            name: 'Property',
            dataModel: {
              entities: [
                {
                  name: 'items',
                  key: 'id',
                  fields: [
                    { name: 'id', type: 'string' },
                    { name: 'v', type: 'integer' },
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
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
          const target = `s${pick % steps.length}`;
          const fault: Fault =
            type === 'partial' ? { node: target, type: 'partial', fraction: 0.5 } : { node: target, type };
          const faults = [fault];
          const outcome = simulate(parsed.playbook, { faults });
          if (!outcome.ok) throw new Error(outcome.error.message);
          // A retry after a partial write may succeed: then nothing failed and nothing rolls back.
          fc.pre(outcome.result.outcome !== 'completed');
          expect(outcome.result.outcome).toBe('rolled_back');
          expect(outcome.result.diff).toEqual({});
          const started = startRun(parsed.playbook, { faults });
          if (!started.ok) throw new Error(started.error.message);
          started.session.runToEnd();
          expect(started.session.state().data).toEqual(parsed.playbook.dataset);
        },
      ),
      { numRuns: 200 },
    );
  });
});

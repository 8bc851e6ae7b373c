import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { simulate } from '../../src/simulator';
import { documentStore, loadDocument, undoLast } from '../../src/state/documentStore';
import { applicableFaults } from '../../src/state/simulationFaults';
import { simulationActions, simulationStore } from '../../src/state/simulationStore';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';
import { dataViewAt } from '../../src/viewModels/simulationData';
import { traceAt } from '../../src/viewModels/simulationTrace';
import { verdictOf } from '../../src/viewModels/simulationVerdict';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const playbook: Playbook = parsed.playbook;
const node = (id: string) => playbook.nodes.find((candidate) => candidate.id === id)!;

beforeEach(() => {
  loadDocument(playbook);
  simulationActions.reset();
  simulationActions.scenarioChosen(null);
  simulationStore.setState({ injections: [] });
});
afterEach(() => simulationActions.paused());

describe('the simulator panel state', () => {
  it('steps forward one event at a time and back again, without recomputing the run', () => {
    simulationActions.scenarioChosen('carrier-down');
    simulationActions.steppedForward();
    const run = simulationStore.getState().run!;
    expect(simulationStore.getState().cursor).toBe(0);
    simulationActions.steppedForward();
    simulationActions.steppedForward();
    expect(simulationStore.getState().cursor).toBe(2);
    simulationActions.steppedBack();
    expect(simulationStore.getState().cursor).toBe(1);
    expect(simulationStore.getState().run).toBe(run);
    simulationActions.skippedToEnd();
    expect(simulationStore.getState().cursor).toBe(run.events.length - 1);
    simulationActions.steppedForward();
    expect(simulationStore.getState().cursor).toBe(run.events.length - 1);
  });

  it('gives the run the same result as simulate() with the scenario', () => {
    simulationActions.scenarioChosen('carrier-down');
    simulationActions.skippedToEnd();
    const expected = simulate(playbook, { scenario: 'carrier-down' });
    if (!expected.ok) throw new Error(expected.error.message);
    expect(simulationStore.getState().run!.result).toEqual(expected.result);
  });

  it('runs injected faults and approval decisions on top of "no fault"', () => {
    simulationActions.injectionAdded({ kind: 'fault', fault: { node: 's3', type: 'fail' } });
    simulationActions.injectionAdded({ kind: 'approval', node: 'a1', decision: 'reject' });
    simulationActions.skippedToEnd();
    const expected = simulate(playbook, {
      faults: [{ node: 's3', type: 'fail' }],
      approvals: { a1: 'reject' },
    });
    if (!expected.ok) throw new Error(expected.error.message);
    expect(simulationStore.getState().run!.result.outcome).toBe(expected.result.outcome);
    expect(simulationStore.getState().run!.events).toEqual(expected.result.events);
  });

  it('replaces an injected fault of the same type on the same node, and a change discards the run', () => {
    simulationActions.injectionAdded({ kind: 'fault', fault: { node: 's3', type: 'fail' } });
    simulationActions.steppedForward();
    simulationActions.injectionAdded({ kind: 'fault', fault: { node: 's3', type: 'fail', attempts: 1 } });
    expect(simulationStore.getState().injections).toEqual([
      { kind: 'fault', fault: { node: 's3', type: 'fail', attempts: 1 } },
    ]);
    expect(simulationStore.getState().run).toBeNull();
  });

  it('saves the run as a scenario with the observed outcome as its expect, and one undo removes it', () => {
    simulationActions.injectionAdded({ kind: 'fault', fault: { node: 's3', type: 'fail' } });
    simulationActions.skippedToEnd();
    const before = documentStore.getState().document.scenarios.length;
    expect(simulationActions.runSaved()).toBeNull();
    const scenarios = documentStore.getState().document.scenarios;
    expect(scenarios).toHaveLength(before + 1);
    const saved = scenarios.at(-1)!;
    expect(saved.faults).toEqual([{ node: 's3', type: 'fail' }]);
    const rerun = simulate(documentStore.getState().document, { scenario: saved.id });
    if (!rerun.ok) throw new Error(rerun.error.message);
    expect(rerun.result.expectations.every((expectation) => expectation.ok)).toBe(true);
    expect(saved.expect.outcome).toBe(simulationStore.getState().run!.result.outcome);
    undoLast();
    expect(documentStore.getState().document.scenarios).toHaveLength(before);
  });

  it('reports a run that cannot start as an error, not a throw', () => {
    simulationActions.injectionAdded({ kind: 'fault', fault: { node: 'nope', type: 'fail' } });
    simulationActions.steppedForward();
    expect(simulationStore.getState().error).toMatch(/nope/);
    expect(simulationStore.getState().run).toBeNull();
  });
});

describe('the run trace on the canvas', () => {
  it('marks the current node, the failure edge and the recovery edges of carrier-down differently', () => {
    const outcome = simulate(playbook, { scenario: 'carrier-down' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { events } = outcome.result;
    const failedAt = events.findIndex((event) => event.type === 'failed');
    const beforeFailure = traceAt(events, failedAt - 1, playbook.edges);
    expect([...beforeFailure.edges.values()].every((kind) => kind === 'forward')).toBe(true);
    const end = traceAt(events, events.length - 1, playbook.edges);
    expect(end.current).toBe('end-rb');
    const failureEdge = playbook.edges.find((edge) => edge.kind === 'failure' && edge.source === 's2')!;
    expect(end.edges.get(failureEdge.id)).toBe('failure');
    const undoEdge = playbook.edges.find((edge) => edge.kind === 'compensate' && edge.source === 's1')!;
    expect(end.edges.get(undoEdge.id)).toBe('recovery');
    expect(end.nodes.get('s2')).toBe('failed');
    expect(end.nodes.get('c1')).toBe('compensated');
  });

  it('is empty before the first event', () => {
    expect(traceAt([], -1, playbook.edges).current).toBeNull();
  });
});

describe('the data view and the verdict', () => {
  it.each(playbook.scenarios.map((scenario) => scenario.id))(
    'at the last event of %s, shows exactly the differences the result reports',
    (scenarioId) => {
      simulationActions.scenarioChosen(scenarioId);
      simulationActions.skippedToEnd();
      const run = simulationStore.getState().run!;
      const view = dataViewAt(
        run.playbook,
        run.session.dataAt(run.events.length - 1),
        run.expected.data,
        run.result.violations,
      );
      for (const entity of view.entities) {
        const diff = run.result.diff[entity.entity];
        const count = diff ? diff.added.length + diff.removed.length + diff.changed.length : 0;
        expect(entity.differences, entity.entity).toBe(count);
      }
    },
  );

  it('highlights the record a step changed, mid-run, against the state before the run', () => {
    simulationActions.scenarioChosen('carrier-down');
    simulationActions.skippedToEnd();
    const run = simulationStore.getState().run!;
    const write = run.events.find((event) => event.type === 'effect' && event.node === 's1')!;
    const view = dataViewAt(run.playbook, run.session.dataAt(write.seq), run.expected.data, null);
    const inventory = view.entities.find((entity) => entity.entity === 'inventory')!;
    const changed = inventory.rows.filter((row) => row.status === 'changed');
    expect(changed.map((row) => row.key)).toEqual(['MUG']);
    expect(changed[0]!.changedFields).toContain('reserved');
  });

  it('flags records that share a key as duplicates', () => {
    const data = {
      ...playbook.dataset,
      inventory: [...playbook.dataset.inventory!, playbook.dataset.inventory![0]!],
    };
    const view = dataViewAt(playbook, data, playbook.dataset, null);
    const inventory = view.entities.find((entity) => entity.entity === 'inventory')!;
    expect(inventory.rows.filter((row) => row.duplicate)).toHaveLength(2);
    expect(view.violations.some((violation) => violation.invariant === 'unique')).toBe(true);
  });

  it('says the carrier-down verdict in plain words', () => {
    const outcome = simulate(playbook, { scenario: 'carrier-down' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const verdict = verdictOf(playbook, outcome.result);
    expect(verdict.headline).toBe('Rolled back in 2 s (RTO 15 min).');
    expect(verdict.data).toBe('Data matches the state before the run.');
    expect(verdict.expectations.map((line) => line.ok)).toEqual([true, true, true, true]);
  });

  it('offers only the fault types that apply to a node kind', () => {
    expect(applicableFaults(node('s2'))).toEqual([
      'fail',
      'timeout',
      'partial',
      'duplicate',
      'outage',
      'corrupt',
    ]);
    expect(applicableFaults(node('c1'))).toEqual(['fail', 'timeout', 'outage', 'corrupt']);
    expect(applicableFaults(node('r1'))).toEqual(['fail', 'corrupt']);
    expect(applicableFaults(node('cp1'))).toEqual(['corrupt']);
  });
});

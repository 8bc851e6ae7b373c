import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { type DrillEntry, drill, drillEntries, drillSize, simulate } from '../../src/simulator';
import { loadDocument } from '../../src/state/documentStore';
import { type DrillRunner, drillActions, drillStore, setDrillRunner } from '../../src/state/simulationDrill';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const playbook = parsed.playbook;

/** The worker's loop, in-process, in batches of 5; `hold` keeps it from answering until released. */
function inProcessRunner(hold?: Promise<void>): DrillRunner {
  let stop: ((reason: Error) => void) | null = null;
  return {
    async run(document, onProgress) {
      const cancelled = new Promise<never>((_, reject) => {
        stop = reject;
      });
      const work = (async () => {
        const total = drillSize(document);
        let batch: DrillEntry[] = [];
        let done = 0;
        for (const entry of drillEntries(document)) {
          batch.push(entry);
          done += 1;
          if (batch.length === 5) {
            onProgress(done, total, batch);
            batch = [];
          }
        }
        if (hold) await hold;
        onProgress(done, total, batch);
        return { ok: true as const, runs: done };
      })();
      return Promise.race([work, cancelled]);
    },
    cancel() {
      stop?.(new Error('cancelled'));
    },
  };
}

beforeEach(() => loadDocument(playbook));

describe('the drill view state', () => {
  it('collects every batch into the same result drill() gives, with the progress at the total', async () => {
    setDrillRunner(() => inProcessRunner());
    await drillActions.drillRequested();
    const state = drillStore.getState();
    const expected = drill(playbook);
    if (!expected.ok) throw new Error(expected.error.message);
    expect(state.status).toBe('done');
    expect(state.result).toEqual(expected.drill);
    expect(state.done).toBe(state.total);
    expect(state.entries).toHaveLength(expected.drill.runs.length);
  });

  it('stops at once on Cancel and keeps no partial matrix', async () => {
    let release = () => {};
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    setDrillRunner(() => inProcessRunner(hold));
    const running = drillActions.drillRequested();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drillStore.getState().status).toBe('running');
    drillActions.cancelRequested();
    await running;
    release();
    expect(drillStore.getState().status).toBe('cancelled');
    expect(drillStore.getState().message).toBe('Drill cancelled.');
    expect(drillStore.getState().result).toBeNull();
  });

  it('opens a cell with the inputs that replay the very run the drill scored', () => {
    for (const entry of drillEntries(playbook)) {
      if (entry.run.status !== 'run') continue;
      const again = simulate(playbook, {
        faults: entry.faults,
        approvals: entry.approvals,
        seed: playbook.id,
      });
      if (!again.ok) throw new Error(again.error.message);
      expect(
        [again.result.outcome, again.result.consistent, again.result.recoveryMs],
        entry.run.name,
      ).toEqual([entry.run.outcome, entry.run.consistent, entry.run.recoveryMs]);
    }
  });
});

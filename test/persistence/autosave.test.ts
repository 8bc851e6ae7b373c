import { describe, expect, it } from 'vitest';
import { createAutosave } from '../../src/persistence/autosave';
import type { RepositoryError, Result } from '../../src/persistence/storageError';
import { manualClock, settle } from './fakeClock';

const QUOTA: RepositoryError = { kind: 'quota-exceeded', reason: 'storage is full', message: 'full' };
const CONFLICT: RepositoryError = {
  kind: 'conflict',
  reason: 'changed in another tab',
  message: 'conflict',
  storedVersion: 3,
  lastWriter: 'tab-b',
  storedAt: '2025-07-01T09:00:00.000Z',
};

/** A write whose outcome the test decides, recording what was written and when. */
function controllableWrite(now: () => number) {
  const writes: { document: string; at: number }[] = [];
  let outcome: () => Result<unknown> = () => ({ ok: true, value: null });
  let gate: Promise<void> | null = null;
  return {
    writes,
    fail(error: RepositoryError) {
      outcome = () => ({ ok: false, error });
    },
    succeed() {
      outcome = () => ({ ok: true, value: null });
    },
    /** Holds writes until the returned function is called. */
    hold() {
      let release = () => {};
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return () => {
        gate = null;
        release();
      };
    },
    write: async (document: string): Promise<Result<unknown>> => {
      writes.push({ document, at: now() });
      if (gate) await gate;
      return outcome();
    },
  };
}

function setup() {
  const time = manualClock();
  const store = controllableWrite(time.now);
  const autosave = createAutosave<string>({ write: store.write, clock: time.clock });
  const statuses: string[] = [];
  autosave.subscribe((status) =>
    statuses.push(status.kind === 'not-saved' ? `not-saved: ${status.reason}` : status.kind),
  );
  return { time, store, autosave, statuses };
}

describe('autosave', () => {
  it('an edit is written after the quiet time, and only then does the status say saved', async () => {
    const { time, store, autosave, statuses } = setup();
    autosave.edited('v1');
    expect(autosave.status().kind).toBe('saving');
    await time.advance(299);
    expect(store.writes).toEqual([]);
    await time.advance(1);
    expect(store.writes).toEqual([{ document: 'v1', at: 300 }]);
    expect(autosave.status().kind).toBe('saved');
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('continuous editing is still written within 1 s of the first unsaved edit', async () => {
    const { time, store, autosave } = setup();
    for (let ms = 0; ms < 2500; ms += 100) {
      autosave.edited(`v${ms}`);
      await time.advance(100);
    }
    const times = store.writes.map((write) => write.at);
    expect(times[0]).toBeLessThanOrEqual(1000);
    for (let index = 1; index < times.length; index += 1) {
      expect(times[index]! - times[index - 1]!).toBeLessThanOrEqual(1000);
    }
    expect(times.length).toBeGreaterThanOrEqual(2);
  });

  it('a failed write keeps the document, says why, and never claims saved', async () => {
    const { time, store, autosave, statuses } = setup();
    store.fail(QUOTA);
    autosave.edited('precious');
    await time.advance(1000);
    expect(autosave.status()).toMatchObject({ kind: 'not-saved', reason: 'storage is full' });
    expect(autosave.hasUnsavedEdits()).toBe(true);
    expect(autosave.unsavedDocument()).toBe('precious');
    expect(statuses).not.toContain('saved');
  });

  it('a later edit retries a failed write, and success clears the reason', async () => {
    const { time, store, autosave } = setup();
    store.fail(QUOTA);
    autosave.edited('a');
    await time.advance(1000);
    store.succeed();
    autosave.edited('ab');
    await time.advance(1000);
    expect(store.writes.map((write) => write.document)).toEqual(['a', 'ab']);
    expect(autosave.status().kind).toBe('saved');
    expect(autosave.hasUnsavedEdits()).toBe(false);
  });

  it('an edit made while a write is under way is written after it, and saved waits for it', async () => {
    const { time, store, autosave, statuses } = setup();
    const release = store.hold();
    autosave.edited('first');
    await time.advance(300);
    autosave.edited('second');
    await time.advance(300);
    expect(store.writes.map((write) => write.document)).toEqual(['first']);
    release();
    await settle();
    expect(store.writes.map((write) => write.document)).toEqual(['first', 'second']);
    // "first" reaching the disk did not flash "Saved" while "second" was still unwritten.
    expect(statuses).toEqual(['saving', 'saved']);
    expect(autosave.status().kind).toBe('saved');
  });

  it('the status does not say saved when the write that succeeded was of an older edit', async () => {
    const { time, store, autosave } = setup();
    const release = store.hold();
    autosave.edited('old');
    await time.advance(300);
    autosave.edited('new');
    store.fail(QUOTA);
    release();
    await settle();
    expect(autosave.status().kind).not.toBe('saved');
  });

  it('after a conflict, edits wait for the resolution instead of retrying; flush writes', async () => {
    const { time, store, autosave } = setup();
    store.fail(CONFLICT);
    autosave.edited('mine');
    await time.advance(1000);
    autosave.edited('mine, more');
    await time.advance(5000);
    expect(store.writes).toHaveLength(1);
    expect(autosave.status()).toMatchObject({ kind: 'not-saved', reason: 'changed in another tab' });
    store.succeed();
    expect((await autosave.flush()).kind).toBe('saved');
    expect(store.writes.at(-1)?.document).toBe('mine, more');
  });

  it('flush writes pending edits at once', async () => {
    const { store, autosave } = setup();
    autosave.edited('now');
    expect((await autosave.flush()).kind).toBe('saved');
    expect(store.writes.map((write) => write.document)).toEqual(['now']);
  });

  it('reset (the draft was reloaded) drops pending edits without writing them', async () => {
    const { time, store, autosave } = setup();
    autosave.edited('discarded');
    autosave.reset();
    await time.advance(2000);
    expect(store.writes).toEqual([]);
    expect(autosave.status().kind).toBe('saved');
  });

  it('a write that throws is reported as not saved, not as an exception', async () => {
    const time = manualClock();
    const autosave = createAutosave<string>({
      write: () => Promise.reject(new Error('boom')),
      clock: time.clock,
    });
    autosave.edited('x');
    await time.advance(1000);
    expect(autosave.status()).toMatchObject({ kind: 'not-saved', reason: 'storage error' });
  });
});

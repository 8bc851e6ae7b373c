import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { example } from '../exporters/examples';
import { value } from '../persistence/helpers';

/** A fresh copy of the module (its "first open of the tab" state) over this tab's repository. */
async function freshModules() {
  vi.resetModules();
  const { repository } = await import('../../src/state/persistenceContext');
  const prefetch = await import('../../src/state/documentStorePrefetch');
  const early = await import('../../src/persistence/earlyRead');
  return { repository, ...prefetch, startEarlyRead: early.startEarlyRead };
}

describe('the stored read started with the designer chunk (issue 20)', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('the first open of the same playbook takes the read already started, and it holds the stored playbook', async () => {
    const { repository, prefetchStoredPlaybook, takeStoredRead } = await freshModules();
    const created = value(await repository.create(example('minimal-saga')));
    prefetchStoredPlaybook(created.id);
    const read = takeStoredRead(created.id);
    expect(read).not.toBeNull();
    const { stored } = value(await read!);
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Minimal saga');
    // Only the tab's first open may use it: a later open reads afresh.
    expect(takeStoredRead(created.id)).toBeNull();
  });

  it('an open of another playbook, or one after the read went stale, does not take it', async () => {
    const { repository, prefetchStoredPlaybook, takeStoredRead } = await freshModules();
    const created = value(await repository.create(example('minimal-saga')));
    prefetchStoredPlaybook(created.id);
    expect(takeStoredRead('another-id')).toBeNull();

    const again = await freshModules();
    vi.useFakeTimers({ toFake: ['performance'] });
    again.prefetchStoredPlaybook(created.id);
    vi.advanceTimersByTime(5_000);
    expect(again.takeStoredRead(created.id)).toBeNull();
  });

  it('takes the row that the first script of the page read, without a second read through the repository', async () => {
    const { repository, prefetchStoredPlaybook, takeStoredRead, startEarlyRead } = await freshModules();
    const created = value(await repository.create(example('minimal-saga')));
    const peek = vi.spyOn(repository, 'peek');
    startEarlyRead(created.id);
    prefetchStoredPlaybook(created.id);
    const { stored, verify } = value(await takeStoredRead(created.id)!);
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Minimal saga');
    expect(verify).not.toBeNull(); // drawn from the quick read; the full read follows
    expect(peek).not.toHaveBeenCalled();
  });

  it('reads through the repository when the first script found no row, so the open reports why', async () => {
    const { repository, prefetchStoredPlaybook, takeStoredRead, startEarlyRead } = await freshModules();
    const peek = vi.spyOn(repository, 'peek');
    startEarlyRead('never-stored');
    prefetchStoredPlaybook('never-stored');
    const result = await takeStoredRead('never-stored')!;
    expect(peek).toHaveBeenCalledWith('never-stored');
    expect(!result.ok && result.error.kind).toBe('not-found');
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { createAutosave } from '../../src/persistence/autosave';
import { createDraftWriter } from '../../src/persistence/draftWriter';
import { createPlaybookRepository } from '../../src/persistence/playbookRepository';
import {
  decideOnRemoteDelete,
  decideOnRemoteSave,
  decideOnWriteConflict,
  resolveConflict,
} from '../../src/persistence/tabConflict';
import { createMemoryChannelHub, createTabCoordinator } from '../../src/persistence/tabCoordinator';
import type { TabMessage } from '../../src/persistence/tabMessages';
import { manualClock, settle } from './fakeClock';
import { example, freshRepository, value } from './helpers';

const renamed = (playbook: Playbook, name: string): Playbook => ({ ...playbook, name });

describe('the decision on another tab’s save', () => {
  it('a tab without unsaved edits reloads cleanly', () => {
    expect(decideOnRemoteSave({ loadedVersion: 3, hasUnsavedEdits: false }, 4)).toEqual({
      action: 'reload',
      storedVersion: 4,
    });
  });

  it('a tab with unsaved edits gets a conflict with reload, keep both and overwrite', () => {
    expect(decideOnRemoteSave({ loadedVersion: 3, hasUnsavedEdits: true }, 4)).toEqual({
      action: 'conflict',
      storedVersion: 4,
      choices: ['reload', 'keep-both', 'overwrite'],
    });
  });

  it('a save that is not newer than what the tab has is ignored', () => {
    expect(decideOnRemoteSave({ loadedVersion: 4, hasUnsavedEdits: true }, 4)).toEqual({ action: 'ignore' });
    expect(decideOnRemoteSave({ loadedVersion: 5, hasUnsavedEdits: false }, 4)).toEqual({ action: 'ignore' });
  });

  it('a delete in another tab is reported with whether this tab has unsaved edits', () => {
    expect(decideOnRemoteDelete({ loadedVersion: 3, hasUnsavedEdits: true })).toEqual({
      action: 'deleted',
      hasUnsavedEdits: true,
    });
  });

  it('a refused write is a conflict even when no message arrived', () => {
    const error = {
      kind: 'conflict' as const,
      reason: 'changed in another tab',
      message: '',
      storedVersion: 7,
      lastWriter: 'tab-b',
      storedAt: '',
    };
    expect(decideOnWriteConflict(error, 6)).toMatchObject({ action: 'conflict', storedVersion: 7 });
  });
});

/** Waits for the writes the timers started (IndexedDB completes in later macrotasks). */
async function writesDone(...tabs: { autosave: { flush(): Promise<unknown> } }[]) {
  await Promise.all(tabs.map((tab) => tab.autosave.flush()));
  await settle();
}

/** Two tabs: one database, two repositories, two coordinators, each with its autosave. */
async function twoTabs() {
  const { db } = freshRepository();
  const hub = createMemoryChannelHub();
  const time = manualClock();
  const tab = (tabId: string) => createPlaybookRepository(db, { tabId });
  const a = tab('tab-a');
  const created = value(await a.create(example()));
  const open = (tabId: string) => {
    const repository = tab(tabId);
    const coordinator = createTabCoordinator(hub.channel(), tabId);
    const writer = createDraftWriter(repository, created.id, 1, {
      onSaved: (saved) => coordinator.announceSaved(created.id, saved.version, saved.updatedAt),
    });
    const autosave = createAutosave<Playbook>({ write: writer.write, clock: time.clock });
    const heard: TabMessage[] = [];
    coordinator.watch(created.id, (message) => heard.push(message));
    return { repository, coordinator, writer, autosave, heard };
  };
  return { id: created.id, time, one: open('tab-1'), two: open('tab-2') };
}

describe('two tabs of one playbook', () => {
  it('a tab learns of the other tab’s save, and with no edits of its own it reloads', async () => {
    const { id, time, one, two } = await twoTabs();
    one.autosave.edited(renamed(example(), 'Edited in tab 1'));
    await time.advance(1000);
    await writesDone(one);
    expect(two.heard).toMatchObject([{ type: 'saved', playbookId: id, version: 2, tabId: 'tab-1' }]);
    const [message] = two.heard;
    const decision = decideOnRemoteSave(
      { loadedVersion: two.writer.version(), hasUnsavedEdits: two.autosave.hasUnsavedEdits() },
      message?.type === 'saved' ? message.version : 0,
    );
    expect(decision.action).toBe('reload');
    const reloaded = value(
      await resolveConflict('reload', {
        repository: two.repository,
        playbookId: id,
        writer: two.writer,
        autosave: two.autosave,
        localDocument: example(),
        storedVersion: 2,
      }),
    );
    expect(reloaded.choice === 'reload' && reloaded.document.playbook.name).toBe('Edited in tab 1');
    expect(two.writer.version()).toBe(2);
  });

  it('two tabs editing at once never overwrite silently: the later write is refused as a conflict', async () => {
    const { id, time, one, two } = await twoTabs();
    one.autosave.edited(renamed(example(), 'Tab 1'));
    two.autosave.edited(renamed(example(), 'Tab 2'));
    await time.advance(1000);
    await writesDone(one, two);
    const statuses = [one.autosave.status(), two.autosave.status()];
    expect(statuses.filter((status) => status.kind === 'saved')).toHaveLength(1);
    const loser = statuses.find((status) => status.kind === 'not-saved');
    expect(loser).toMatchObject({ kind: 'not-saved', reason: 'changed in another tab' });
    const stored = value(await one.repository.get(id));
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Tab 1');
    // The losing tab still holds its edits in memory.
    expect(two.autosave.unsavedDocument()?.name).toBe('Tab 2');
  });

  it('"keep both" saves the stale tab’s edits as a copy and moves the tab onto the stored draft', async () => {
    const { id, time, one, two } = await twoTabs();
    one.autosave.edited(renamed(example(), 'Tab 1'));
    two.autosave.edited(renamed(example(), 'Tab 2'));
    await time.advance(1000);
    await writesDone(one, two);
    const resolved = value(
      await resolveConflict('keep-both', {
        repository: two.repository,
        playbookId: id,
        writer: two.writer,
        autosave: two.autosave,
        localDocument: two.autosave.unsavedDocument()!,
        storedVersion: 2,
      }),
    );
    expect(resolved.choice === 'keep-both' && resolved.copy.name).toBe('Tab 2 (copy)');
    const names = value(await two.repository.list()).map((entry) => entry.name);
    expect(names.sort()).toEqual(['Tab 1', 'Tab 2 (copy)']);
    expect(two.autosave.hasUnsavedEdits()).toBe(false);
  });

  it('"overwrite" writes the stale tab’s document over the version the user saw', async () => {
    const { id, time, one, two } = await twoTabs();
    one.autosave.edited(renamed(example(), 'Tab 1'));
    two.autosave.edited(renamed(example(), 'Tab 2'));
    await time.advance(1000);
    await writesDone(one, two);
    const resolved = value(
      await resolveConflict('overwrite', {
        repository: two.repository,
        playbookId: id,
        writer: two.writer,
        autosave: two.autosave,
        localDocument: two.autosave.unsavedDocument()!,
        storedVersion: 2,
      }),
    );
    expect(resolved).toEqual({ choice: 'overwrite', version: 3 });
    const stored = value(await one.repository.get(id));
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Tab 2');
    expect(two.autosave.status().kind).toBe('saved');
  });

  it('"overwrite" against a version the user did not see is refused again', async () => {
    const { id, time, one, two } = await twoTabs();
    one.autosave.edited(renamed(example(), 'Tab 1'));
    two.autosave.edited(renamed(example(), 'Tab 2'));
    await time.advance(1000);
    await writesDone(one, two);
    one.autosave.edited(renamed(example(), 'Tab 1 again'));
    await time.advance(1000);
    await writesDone(one);
    const result = await resolveConflict('overwrite', {
      repository: two.repository,
      playbookId: id,
      writer: two.writer,
      autosave: two.autosave,
      localDocument: two.autosave.unsavedDocument()!,
      storedVersion: 2,
    });
    expect(!result.ok && result.error.kind).toBe('conflict');
    const stored = value(await one.repository.get(id));
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Tab 1 again');
  });
});

describe('a playbook deleted in another tab', () => {
  it('still accepts this tab’s draft writes into the trashed row, so undo restores them', async () => {
    const { id, time, one, two } = await twoTabs();
    value(await one.repository.delete(id));
    two.autosave.edited(renamed(example(), 'Written after the delete'));
    await time.advance(1000);
    await writesDone(two);
    expect(two.autosave.status().kind).toBe('saved');
    value(await one.repository.undoDelete(id));
    const stored = value(await one.repository.get(id));
    expect(stored.status === 'ok' && stored.playbook.name).toBe('Written after the delete');
  });
});

describe('the coordinator over real BroadcastChannels (Node 20 global)', () => {
  it('a save announced in one instance arrives in the other, and malformed messages are dropped', async () => {
    const first = createTabCoordinator(new BroadcastChannel('rollbook-test'), 'tab-1');
    const second = createTabCoordinator(new BroadcastChannel('rollbook-test'), 'tab-2');
    const raw = new BroadcastChannel('rollbook-test');
    const heard: TabMessage[] = [];
    const arrived = new Promise<void>((resolve) => {
      second.subscribe((message) => {
        heard.push(message);
        resolve();
      });
    });
    raw.postMessage({ type: 'saved', playbookId: 42 });
    first.announceSaved('pb-1', 5, '2025-07-01T09:00:00.000Z');
    await arrived;
    expect(heard).toEqual([
      { type: 'saved', playbookId: 'pb-1', version: 5, tabId: 'tab-1', at: '2025-07-01T09:00:00.000Z' },
    ]);
    first.close();
    second.close();
    raw.close();
  });
});

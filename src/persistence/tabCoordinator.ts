import { type ChannelLike, readTabMessage, type TabMessage } from './tabMessages';

export interface TabCoordinator {
  readonly tabId: string;
  /** Tells other tabs that this tab wrote the draft of `playbookId` at `version`. */
  announceSaved(playbookId: string, version: number, at: string): void;
  announceDeleted(playbookId: string): void;
  /** Created, imported, forked, restored from the trash: lists elsewhere should refresh. */
  announceLibraryChanged(): void;
  /** Every message from other tabs (never this tab's own). */
  subscribe(listener: (message: TabMessage) => void): () => void;
  /** Messages from other tabs about one playbook: what an open designer listens to. */
  watch(playbookId: string, listener: (message: TabMessage) => void): () => void;
  close(): void;
}

/**
 * Tabs of the same origin learn of each other's saves. The channel is injected: the app passes
 * `new BroadcastChannel(TAB_CHANNEL_NAME)`, tests two in-memory channels or two Node
 * BroadcastChannels. Messages from this same tab are ignored (a BroadcastChannel does not echo to
 * its own instance, but two coordinators may share one in tests or a fallback).
 */
export function createTabCoordinator(channel: ChannelLike, tabId: string): TabCoordinator {
  const listeners = new Set<(message: TabMessage) => void>();
  const onMessage = (event: { data: unknown }) => {
    const message = readTabMessage(event.data);
    if (!message || message.tabId === tabId) return;
    for (const listener of listeners) listener(message);
  };
  channel.addEventListener('message', onMessage);
  const post = (message: TabMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (page unloading) cannot tell anyone; the version check still guards writes.
    }
  };
  const subscribe = (listener: (message: TabMessage) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  return {
    tabId,
    announceSaved: (playbookId, version, at) => post({ type: 'saved', playbookId, version, tabId, at }),
    announceDeleted: (playbookId) => post({ type: 'deleted', playbookId, tabId }),
    announceLibraryChanged: () => post({ type: 'library-changed', tabId }),
    subscribe,
    watch: (playbookId, listener) =>
      subscribe((message) => {
        if (message.type !== 'library-changed' && message.playbookId === playbookId) listener(message);
      }),
    close() {
      listeners.clear();
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}

/**
 * Same-process channels with BroadcastChannel's delivery rules (to every other instance of the same
 * name, asynchronously): for tests, and for a browser without BroadcastChannel (one tab only then).
 */
export function createMemoryChannelHub() {
  const members = new Set<MemoryChannel>();
  class MemoryChannel implements ChannelLike {
    private readonly listeners = new Set<(event: { data: unknown }) => void>();
    constructor() {
      members.add(this);
    }
    postMessage(message: unknown): void {
      const data = structuredClone(message);
      for (const member of members) {
        if (member !== this) queueMicrotask(() => member.deliver(data));
      }
    }
    deliver(data: unknown) {
      for (const listener of this.listeners) listener({ data });
    }
    addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
      this.listeners.delete(listener);
    }
    close(): void {
      members.delete(this);
      this.listeners.clear();
    }
  }
  return { channel: (): ChannelLike => new MemoryChannel() };
}

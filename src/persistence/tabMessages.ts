/**
 * What tabs tell each other about the playbooks they store, over a BroadcastChannel named
 * {@link TAB_CHANNEL_NAME}. Messages carry no documents: a tab that learns of a save reads the
 * stored draft itself, so a message can never be a second, divergent copy of the data.
 */
export type TabMessage =
  | { type: 'saved'; playbookId: string; version: number; tabId: string; at: string }
  | { type: 'deleted'; playbookId: string; tabId: string }
  | { type: 'library-changed'; tabId: string };

export const TAB_CHANNEL_NAME = 'rollbook-tabs';

/** The part of `BroadcastChannel` the coordinator uses; tests pass in-memory channels. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Accepts only well-formed messages: another build of Rollbook may share the channel name. */
export function readTabMessage(data: unknown): TabMessage | null {
  if (data === null || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (typeof message.tabId !== 'string') return null;
  switch (message.type) {
    case 'saved':
      return typeof message.playbookId === 'string' &&
        typeof message.version === 'number' &&
        typeof message.at === 'string'
        ? {
            type: 'saved',
            playbookId: message.playbookId,
            version: message.version,
            tabId: message.tabId,
            at: message.at,
          }
        : null;
    case 'deleted':
      return typeof message.playbookId === 'string'
        ? { type: 'deleted', playbookId: message.playbookId, tabId: message.tabId }
        : null;
    case 'library-changed':
      return { type: 'library-changed', tabId: message.tabId };
    default:
      return null;
  }
}

/**
 * The part of `navigator.storage` (StorageManager) Rollbook uses. Injected so tests, and browsers
 * without it, work: pass `navigator.storage` in the app, a fake in tests.
 */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** Whether the browser promised to keep Rollbook's data under storage pressure. */
export type PersistenceState =
  | { kind: 'persistent' }
  | { kind: 'best-effort'; message: string }
  | { kind: 'unsupported'; message: string };

/**
 * Asks for persistent storage (`navigator.storage.persist()`), so the browser does not evict the
 * library when the disk fills. Never throws: a refusal or a missing API is a state with a message.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined,
): Promise<PersistenceState> {
  if (!storage?.persist) {
    return {
      kind: 'unsupported',
      message: 'This browser cannot promise to keep Rollbook’s data; export important playbooks.',
    };
  }
  try {
    if (storage.persisted && (await storage.persisted())) return { kind: 'persistent' };
    if (await storage.persist()) return { kind: 'persistent' };
  } catch {
    // Some browsers reject in private windows; treated like a refusal.
  }
  return {
    kind: 'best-effort',
    message:
      'The browser may clear Rollbook’s data when the disk is nearly full. Export important playbooks.',
  };
}

/** Storage use for the toolbar ("12 MB of 2 GB used"). */
export type StorageUsage =
  | { kind: 'known'; usageBytes: number; quotaBytes: number; fractionUsed: number; summary: string }
  | { kind: 'unknown'; summary: string };

/** `navigator.storage.estimate()`, wrapped: never throws, never divides by zero. */
export async function readStorageUsage(storage: StorageManagerLike | undefined): Promise<StorageUsage> {
  if (!storage?.estimate)
    return { kind: 'unknown', summary: 'Storage use is not available in this browser.' };
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number' || quota <= 0) {
      return { kind: 'unknown', summary: 'Storage use is not available in this browser.' };
    }
    return {
      kind: 'known',
      usageBytes: usage,
      quotaBytes: quota,
      fractionUsed: usage / quota,
      summary: `${formatBytes(usage)} of ${formatBytes(quota)} used`,
    };
  } catch {
    return { kind: 'unknown', summary: 'Storage use could not be read.' };
  }
}

/** Bytes in words: "512 B", "12 KB", "3.4 MB", "2 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`;
}

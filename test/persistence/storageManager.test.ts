import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  readStorageUsage,
  requestPersistentStorage,
} from '../../src/persistence/storageManager';

describe('persistent storage request', () => {
  it('is persistent when already granted, without asking again', async () => {
    let asked = 0;
    const state = await requestPersistentStorage({
      persisted: async () => true,
      persist: async () => {
        asked += 1;
        return true;
      },
    });
    expect(state).toEqual({ kind: 'persistent' });
    expect(asked).toBe(0);
  });

  it('a refusal is best-effort with a message, and a rejection is treated as a refusal', async () => {
    expect((await requestPersistentStorage({ persist: async () => false })).kind).toBe('best-effort');
    expect(
      (await requestPersistentStorage({ persist: () => Promise.reject(new Error('private')) })).kind,
    ).toBe('best-effort');
  });

  it('a browser without the API is unsupported', async () => {
    expect((await requestPersistentStorage(undefined)).kind).toBe('unsupported');
  });
});

describe('storage usage', () => {
  it('reports usage against the quota in words', async () => {
    const usage = await readStorageUsage({
      estimate: async () => ({ usage: 12 * 1024 * 1024, quota: 2 * 1024 ** 3 }),
    });
    expect(usage).toMatchObject({ kind: 'known', summary: '12 MB of 2 GB used' });
    expect(usage.kind === 'known' && usage.fractionUsed).toBeCloseTo(12 / 2048);
  });

  it('a missing quota or a failing estimate is unknown, not an error', async () => {
    expect((await readStorageUsage({ estimate: async () => ({ usage: 5 }) })).kind).toBe('unknown');
    expect((await readStorageUsage({ estimate: () => Promise.reject(new Error('x')) })).kind).toBe('unknown');
  });

  it('formats bytes', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(3.4 * 1024 ** 2)]).toEqual([
      '512 B',
      '1.5 KB',
      '3.4 MB',
    ]);
  });
});

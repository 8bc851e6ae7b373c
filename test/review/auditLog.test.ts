import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  type AuditEntry,
  appendAuditEntry,
  GENESIS_HASH,
  type NewAuditEntry,
  verifyAuditChain,
} from '../../src/review/auditLog';
import { canonicalJson } from '../../src/review/canonicalJson';
import { contentHash } from '../../src/review/contentHash';
import { example } from './examples';

async function chainOf(count: number): Promise<AuditEntry[]> {
  const hash = await contentHash(example('minimal-saga'));
  let chain: AuditEntry[] = [];
  for (let index = 0; index < count; index++) {
    const entry: NewAuditEntry = {
      at: `2025-07-0${1 + index}T10:00:00Z`,
      actor: index % 2 === 0 ? 'dana' : 'sam',
      action: AUDIT_ACTIONS[index % AUDIT_ACTIONS.length]!,
      contentHash: hash,
      ...(index === 1 ? { detail: 'Rollback order checked in drill.' } : {}),
    };
    chain = await appendAuditEntry(chain, entry);
  }
  return chain;
}

describe('audit log hash chain', () => {
  it('numbers entries from 0 and links each to the previous hash, the first to the genesis hash', async () => {
    const chain = await chainOf(3);
    expect(chain.map((entry) => entry.seq)).toEqual([0, 1, 2]);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(chain[2]!.prevHash).toBe(chain[1]!.hash);
  });

  it("an entry's hash is the SHA-256 of its canonical JSON without the hash", async () => {
    const [first, second] = await chainOf(2);
    for (const entry of [first!, second!]) {
      const { hash, ...rest } = entry;
      expect(hash).toBe(`sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`);
    }
    expect(second!.detail).toBe('Rollback order checked in drill.');
  });

  it('appending returns a new chain and leaves the given one untouched', async () => {
    const chain = await chainOf(2);
    const longer = await appendAuditEntry(chain, {
      at: '2025-08-01T00:00:00Z',
      actor: 'kim',
      action: 'exported',
      contentHash: chain[0]!.contentHash,
    });
    expect(chain).toHaveLength(2);
    expect(longer).toHaveLength(3);
    expect(longer.slice(0, 2)).toEqual(chain);
  });

  it('an intact chain verifies, and so does an empty one', async () => {
    expect(await verifyAuditChain(await chainOf(6))).toEqual({
      ok: true,
      entries: 6,
      message: 'The audit log is intact: 6 entries verified.',
    });
    expect((await verifyAuditChain([])).ok).toBe(true);
  });

  it('an entry edited after it was written is reported as altered, at its index', async () => {
    const chain = await chainOf(4);
    chain[2] = { ...chain[2]!, actor: 'mallory' };
    const result = await verifyAuditChain(chain);
    expect(result).toMatchObject({ ok: false, index: 2, break: 'hash' });
    expect(result.message).toBe(
      `Entry 2 (${AUDIT_ACTIONS[2]} by mallory at 2025-07-03T10:00:00Z) was altered after it was written: its hash does not match its content.`,
    );
  });

  it('an entry edited with its hash recomputed breaks the link of the entry after it', async () => {
    const chain = await chainOf(4);
    const forged = await appendAuditEntry(chain.slice(0, 1), { ...chain[1]!, detail: 'forged' });
    chain[1] = forged[1]!;
    const result = await verifyAuditChain(chain);
    expect(result).toMatchObject({ ok: false, index: 2, break: 'prev-hash' });
    expect(result.message).toContain('does not follow entry 1');
  });

  it('a removed entry is reported where the numbering breaks', async () => {
    const chain = await chainOf(5);
    chain.splice(2, 1);
    expect(await verifyAuditChain(chain)).toMatchObject({ ok: false, index: 2, break: 'seq' });
  });

  it('two entries swapped are reported at the first of them', async () => {
    const chain = await chainOf(4);
    [chain[1], chain[2]] = [chain[2]!, chain[1]!];
    expect(await verifyAuditChain(chain)).toMatchObject({ ok: false, index: 1, break: 'seq' });
  });

  it('a first entry that does not start from the genesis hash is reported', async () => {
    const chain = await chainOf(3);
    const result = await verifyAuditChain(chain.slice(1).map((entry, index) => ({ ...entry, seq: index })));
    expect(result).toMatchObject({ ok: false, index: 0, break: 'prev-hash' });
  });

  it('an entry with an action outside the list is reported', async () => {
    const chain = await chainOf(2);
    const bad = { ...chain[1]!, action: 'renamed-in-secret' } as unknown as AuditEntry;
    expect(await verifyAuditChain([chain[0]!, bad])).toMatchObject({ ok: false, index: 1, break: 'action' });
  });
});

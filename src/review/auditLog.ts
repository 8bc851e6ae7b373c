import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';

/**
 * What happened to a playbook: the actions issue 8 names, plus the library's lifecycle (created,
 * forked, deleted, undeleted), so the timeline tells the whole story of a playbook.
 */
export const AUDIT_ACTIONS = [
  'created',
  'saved-version',
  'approved',
  'changes-requested',
  'restored',
  'imported',
  'exported',
  'forked',
  'deleted',
  'undeleted',
  // Issue 18: an incident's record hangs off the entry that logged its start (src/incidents/chain.ts).
  'incident-started',
  'incident-finished',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One entry of a playbook's audit log. `prevHash` is the previous entry's `hash` ({@link GENESIS_HASH}
 * for the first), and `hash` is the SHA-256 of the RFC 8785 canonical JSON of the entry without
 * `hash`: changing, removing, inserting or reordering any entry breaks the chain after it.
 */
export interface AuditEntry {
  /** Position in the log, from 0. */
  seq: number;
  /** UTC timestamp, as in the playbook format. */
  at: string;
  /** Who did it: the "acting as" name. */
  actor: string;
  action: AuditAction;
  /** The playbook's content hash at that moment. */
  contentHash: string;
  /** Plain words: the comment, the export format, the restored revision. */
  detail?: string;
  prevHash: string;
  hash: string;
}

/** What the caller supplies; the chain fills in `seq`, `prevHash` and `hash`. */
export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The `prevHash` of the first entry: a hash no content can have. */
export const GENESIS_HASH = `sha256:${'0'.repeat(64)}`;

/** The hash an entry must carry: over every field but `hash` itself. */
export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  const { seq, at, actor, action, contentHash, detail, prevHash } = entry;
  // Listing the fields, not spreading, so a stray property never slips into the hashed text.
  return sha256Hex(canonicalJson({ seq, at, actor, action, contentHash, detail, prevHash }));
}

/** The entry that follows `previous` (or starts the log when there is none). */
export async function createAuditEntry(
  previous: AuditEntry | undefined,
  entry: NewAuditEntry,
): Promise<AuditEntry> {
  const linked = {
    seq: previous === undefined ? 0 : previous.seq + 1,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    contentHash: entry.contentHash,
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
    prevHash: previous === undefined ? GENESIS_HASH : previous.hash,
  };
  return { ...linked, hash: await auditEntryHash(linked) };
}

/**
 * A new chain with `entry` appended and linked; the input is not modified. The new entry is the
 * last element.
 */
export async function appendAuditEntry(
  chain: readonly AuditEntry[],
  entry: NewAuditEntry,
): Promise<AuditEntry[]> {
  return [...chain, await createAuditEntry(chain.at(-1), entry)];
}

export type AuditBreak = 'seq' | 'prev-hash' | 'hash' | 'action';

export type AuditVerification =
  | { ok: true; entries: number; message: string }
  | { ok: false; index: number; break: AuditBreak; message: string };

/**
 * Checks every link from the first entry on and reports the first broken one in words. Time order
 * of `at` is not checked: a browser clock may step back, and the chain, not the clock, is the
 * evidence.
 */
export async function verifyAuditChain(chain: readonly AuditEntry[]): Promise<AuditVerification> {
  for (const [index, entry] of chain.entries()) {
    const where = `Entry ${index} (${entry.action} by ${entry.actor} at ${entry.at})`;
    if (!(AUDIT_ACTIONS as readonly string[]).includes(entry.action)) {
      return broken(index, 'action', `${where} has an unknown action "${entry.action}".`);
    }
    if (entry.seq !== index) {
      return broken(
        index,
        'seq',
        `${where} is numbered ${entry.seq} but is at position ${index}: an entry before it was removed or inserted.`,
      );
    }
    const expectedPrev = index === 0 ? GENESIS_HASH : chain[index - 1]!.hash;
    if (entry.prevHash !== expectedPrev) {
      return broken(
        index,
        'prev-hash',
        index === 0
          ? `${where} does not start the chain: its previous hash should be the genesis hash.`
          : `${where} does not follow entry ${index - 1}: its previous hash does not match that entry's hash, so an entry was removed, inserted or changed.`,
      );
    }
    const { hash, ...rest } = entry;
    if ((await auditEntryHash(rest)) !== hash) {
      return broken(
        index,
        'hash',
        `${where} was altered after it was written: its hash does not match its content.`,
      );
    }
  }
  return {
    ok: true,
    entries: chain.length,
    message: `The audit log is intact: ${chain.length} entries verified.`,
  };
}

function broken(index: number, kind: AuditBreak, message: string): AuditVerification {
  return { ok: false, index, break: kind, message };
}

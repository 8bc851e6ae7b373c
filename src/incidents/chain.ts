import { canonicalJson } from '../review/canonicalJson';
import { sha256Hex } from '../review/sha256';
import type { IncidentEntry, IncidentFact, IncidentRecord } from './record';

/** What the caller supplies for a new entry; the chain adds `seq`, `prevHash` and `hash`. */
export type NewIncidentEntry = IncidentFact & { at: string; actor: string };

/** The hash an entry must carry: the canonical JSON (RFC 8785) of every field but `hash`. */
export function incidentEntryHash(entry: Omit<IncidentEntry, 'hash'>): Promise<string> {
  return sha256Hex(canonicalJson(entry));
}

/** The entry that follows the record's last one (or the start's audit entry, for the first). */
export async function nextIncidentEntry(
  record: Pick<IncidentRecord, 'entries' | 'auditAnchor'>,
  entry: NewIncidentEntry,
): Promise<IncidentEntry> {
  const previous = record.entries.at(-1);
  const linked = {
    ...entry,
    seq: previous === undefined ? 0 : previous.seq + 1,
    prevHash: previous === undefined ? record.auditAnchor : previous.hash,
  } as Omit<IncidentEntry, 'hash'>;
  return { ...linked, hash: await incidentEntryHash(linked) } as IncidentEntry;
}

export type IncidentVerification =
  | { ok: true; entries: number; head: string; message: string }
  | { ok: false; index: number; message: string };

/**
 * Checks every link of the record, from the audit entry that logged its start. `auditHashes` are
 * the hashes of the playbook's audit entries: the anchor must be one of them, so a record cannot
 * be made up beside a playbook that never logged it. Reports the first break in words.
 */
export async function verifyIncidentChain(
  record: Pick<IncidentRecord, 'entries' | 'auditAnchor'>,
  auditHashes: ReadonlySet<string>,
  /** The last hash the audit log's close entry names for this record, when it logged one. */
  closedHead?: string,
): Promise<IncidentVerification> {
  if (!auditHashes.has(record.auditAnchor)) {
    return {
      ok: false,
      index: -1,
      message: 'The record does not start from an entry of the playbook’s audit log.',
    };
  }
  for (const [index, entry] of record.entries.entries()) {
    const where = `Entry ${index} (${entry.type} by ${entry.actor} at ${entry.at})`;
    if (entry.seq !== index) {
      return {
        ok: false,
        index,
        message: `${where} is numbered ${entry.seq}: an entry was removed or inserted.`,
      };
    }
    const expectedPrev = index === 0 ? record.auditAnchor : record.entries[index - 1]!.hash;
    if (entry.prevHash !== expectedPrev) {
      return { ok: false, index, message: `${where} does not follow the entry before it.` };
    }
    const { hash, ...rest } = entry;
    if ((await incidentEntryHash(rest)) !== hash) {
      return { ok: false, index, message: `${where} was altered after it was written.` };
    }
  }
  const head = record.entries.at(-1)?.hash ?? record.auditAnchor;
  // The chain alone cannot tell a record cut short at its end; the audit log's close entry can.
  if (closedHead !== undefined && closedHead !== head) {
    return {
      ok: false,
      index: record.entries.length - 1,
      message:
        'The record does not end where the audit log says it was closed: entries were removed or added after closing.',
    };
  }
  return {
    ok: true,
    entries: record.entries.length,
    head,
    message: `The incident record is intact: ${record.entries.length} entries verified from the audit log.`,
  };
}

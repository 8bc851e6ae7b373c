import {
  type IncidentVerification,
  type NewIncidentEntry,
  nextIncidentEntry,
  verifyIncidentChain,
} from '../incidents/chain';
import type { IncidentEnd, IncidentFact, IncidentRecord } from '../incidents/record';
import type { RollbookDatabase } from './database';
import {
  AbortWith,
  auditChain,
  createContext,
  prepareAuditEntry,
  type RepositoryOptions,
  withAuditRetry,
} from './repositoryContext';
import { ok, type Result } from './storageError';

/** What starting an incident needs: the record without its chain, which the store links. */
export type IncidentStart = Omit<IncidentRecord, 'entries' | 'auditAnchor' | 'startedAt'> & { actor: string };

/**
 * Incident records (issue 18) beside the playbooks. Every tick is written at once, whole, in its
 * own transaction, so a reload or a crash loses nothing that was ticked. The start and the close
 * are audit entries of the playbook: the record's first entry links to the start's hash, and the
 * close names the record's last hash, so the record is part of the audit chain's evidence.
 */
export interface IncidentStore {
  start(input: IncidentStart): Promise<Result<IncidentRecord>>;
  /** Appends a tick (a step done, failed or skipped, or one not in the procedure). */
  record(
    id: string,
    fact: Extract<IncidentFact, { type: 'step' }>,
    actor: string,
  ): Promise<Result<IncidentRecord>>;
  finish(
    id: string,
    input: { end: IncidentEnd; note?: string; actor: string },
  ): Promise<Result<IncidentRecord>>;
  get(id: string): Promise<Result<IncidentRecord | null>>;
  /** The playbook's incidents, newest first. */
  list(playbookId: string): Promise<Result<IncidentRecord[]>>;
  verify(id: string): Promise<Result<IncidentVerification>>;
}

const notFound = (id: string) =>
  new AbortWith({
    kind: 'not-found',
    id,
    reason: 'incident not found',
    message: 'This incident is not in the library (it may have been removed in another tab).',
  });

export function createIncidentStore(db: RollbookDatabase, options: RepositoryOptions = {}): IncidentStore {
  const ctx = createContext(db, options);

  /** Links one entry after the stored record's last; another tab's tick in between retries from it. */
  const append = async (
    id: string,
    entry: NewIncidentEntry,
    closing?: IncidentEnd,
  ): Promise<Result<IncidentRecord>> =>
    ctx.run(async () => {
      for (let tries = 1; ; tries += 1) {
        const stored = await db.incidents.get(id);
        if (!stored) throw notFound(id);
        if (stored.entries.some((e) => e.type === 'finished')) {
          return {
            ok: false,
            error: {
              kind: 'conflict',
              reason: 'incident closed',
              message: 'This incident is already closed.',
              storedVersion: stored.entries.length,
              lastWriter: '',
              storedAt: stored.entries.at(-1)?.at ?? '',
            },
          };
        }
        const linked = await nextIncidentEntry(stored, entry);
        const next: IncidentRecord = { ...stored, entries: [...stored.entries, linked] };
        const audit = closing
          ? await prepareAuditEntry(db, stored.playbookId, {
              at: entry.at,
              actor: entry.actor,
              action: 'incident-finished',
              contentHash: stored.contentHash,
              detail: `Incident ${id} closed (${closing}); its record ends at ${linked.hash}`,
            })
          : undefined;
        const written = await db.transaction('rw', db.incidents, db.audit, async () => {
          const current = await db.incidents.get(id);
          if (current?.entries.length !== stored.entries.length) return false;
          await db.incidents.put(next);
          if (audit) await db.audit.add(audit);
          return true;
        });
        if (written) return ok(next);
        if (tries >= 3)
          throw new AbortWith({
            kind: 'unknown',
            reason: 'busy',
            message: 'Another tab kept writing this incident; try again.',
          });
      }
    });

  return {
    start: (input) =>
      ctx.run(() =>
        withAuditRetry(async () => {
          const { actor, ...rest } = input;
          const at = ctx.now();
          const audit = await prepareAuditEntry(db, input.playbookId, {
            at,
            actor,
            action: 'incident-started',
            contentHash: input.contentHash,
            detail: `Incident ${input.id}: ${input.playbookName}, revision ${input.revision}`,
          });
          const base = { ...rest, startedAt: at, auditAnchor: audit.hash, entries: [] };
          const first = await nextIncidentEntry(base, { type: 'started', at, actor });
          const record: IncidentRecord = { ...base, entries: [first] };
          await db.transaction('rw', db.incidents, db.audit, async () => {
            await db.audit.add(audit);
            await db.incidents.add(record);
          });
          return ok(record);
        }),
      ),
    record: (id, fact, actor) => append(id, { ...fact, at: ctx.now(), actor }),
    finish: (id, input) =>
      append(
        id,
        {
          type: 'finished',
          end: input.end,
          ...(input.note ? { note: input.note } : {}),
          at: ctx.now(),
          actor: input.actor,
        },
        input.end,
      ),
    get: (id) => ctx.run(async () => ok((await db.incidents.get(id)) ?? null)),
    list: (playbookId) =>
      ctx.run(async () => {
        const rows = await db.incidents.where('playbookId').equals(playbookId).toArray();
        return ok(rows.sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
      }),
    verify: (id) =>
      ctx.run(async () => {
        const stored = await db.incidents.get(id);
        if (!stored) throw notFound(id);
        const audit = await auditChain(db, stored.playbookId);
        const hashes = new Set(audit.map((entry) => entry.hash));
        const closed = audit.find(
          (entry) =>
            entry.action === 'incident-finished' && entry.detail?.startsWith(`Incident ${id} closed`),
        );
        const closedHead = closed?.detail?.match(/ends at (sha256:[0-9a-f]{64})$/)?.[1];
        return ok(await verifyIncidentChain(stored, hashes, closedHead));
      }),
  };
}

import { Dexie } from 'dexie';
import { parsePlaybook, serializePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import { approvalStatus } from '../review/approvalStatus';
import { type AuditEntry, createAuditEntry, type NewAuditEntry } from '../review/auditLog';
import { contentHash } from '../review/contentHash';
import type { RollbookDatabase } from './database';
import type { AuditRecord, PlaybookSummary } from './records';
import { BLOCKED, fail, fromStorageException, type RepositoryError, type Result } from './storageError';

/** Errors and warnings among a playbook's lint findings: the library's status column. */
export type LintCounts = { errors: number; warnings: number };

/**
 * Optional lint counts for the library list; the app passes src/analysis's linter in. Undefined
 * when the linter cannot run (a draft with format errors): the summary then has no lint counts.
 * It may answer asynchronously, so the app can load the linter only when it first writes (the
 * library page reads stored counts and needs no linter in its initial JavaScript).
 */
export type LintSummarizer = (playbook: Playbook) => LintCounts | undefined | Promise<LintCounts | undefined>;

/** What the repository needs from the outside world; injectable so tests control each. */
export interface RepositoryOptions {
  /** Clock for `updatedAt`, `savedAt`, audit `at`, trash retention. */
  now?: () => Date;
  /** Library ids for new entries. */
  newId?: () => string;
  /** This tab's id, stored as `lastWriter` so tabs can tell their own saves from others'. */
  tabId?: string;
  lint?: LintSummarizer;
  /** How long a deleted playbook stays in the trash (default 30 days). */
  trashRetentionMs?: number;
}

export const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** The shared plumbing of the repository's operations. */
export interface RepositoryContext {
  db: RollbookDatabase;
  now: () => string;
  nowMs: () => number;
  newId: () => string;
  tabId: string;
  trashRetentionMs: number;
  lint: LintSummarizer | undefined;
  /** Runs a storage operation: opens the database first, maps every failure to a value. */
  run<T>(operation: () => Promise<Result<T>>): Promise<Result<T>>;
}

/**
 * Thrown inside a transaction scope to abort it with a known error value: the transaction rolls
 * back (nothing partial is stored) and {@link RepositoryContext.run} returns the value.
 */
export class AbortWith extends Error {
  constructor(readonly error: RepositoryError) {
    super(error.message);
  }
}

export function createContext(db: RollbookDatabase, options: RepositoryOptions): RepositoryContext {
  const clock = options.now ?? (() => new Date());
  let blocked = false;
  // Dexie fires 'blocked' when an older tab keeps the database open during an upgrade; without a
  // value here the open would wait silently and the toolbar would never say why.
  db.on('blocked', () => {
    blocked = true;
  });
  const ensureOpen = async (): Promise<RepositoryError | null> => {
    // An explicitly closed database stays closed: the operation then fails as 'closed'.
    if (db.isOpen() || db.hasBeenClosed()) return null;
    let onBlocked = () => {};
    const blockedSignal = new Promise<'blocked'>((resolve) => {
      onBlocked = () => resolve('blocked');
      if (blocked) resolve('blocked');
      db.on('blocked', onBlocked);
    });
    try {
      const outcome = await Promise.race([db.open().then(() => 'open' as const), blockedSignal]);
      return outcome === 'blocked' ? BLOCKED : null;
    } finally {
      db.on('blocked').unsubscribe(onBlocked);
    }
  };
  return {
    db,
    now: () => clock().toISOString(),
    nowMs: () => clock().getTime(),
    newId: options.newId ?? (() => crypto.randomUUID()),
    tabId: options.tabId ?? 'tab',
    trashRetentionMs: options.trashRetentionMs ?? THIRTY_DAYS_MS,
    lint: options.lint,
    async run(operation) {
      try {
        const openError = await ensureOpen();
        if (openError) return fail(openError);
        return await operation();
      } catch (error) {
        if (error instanceof AbortWith) return fail(error.error);
        return fail(fromStorageException(error));
      }
    },
  };
}

/** The serialized document and its library summary, computed before a transaction starts. */
export interface PreparedDocument {
  text: string;
  summary: PlaybookSummary;
}

/** What a draft writer may already know, sparing the repository work on every autosave. */
export interface DraftHints {
  /** The number of `parsePlaybook` problems, when the caller has just validated the document. */
  problemCount?: number;
  /**
   * Lint counts for the library's status column, when the caller already has the findings (the
   * designer lints on every edit). Without it the repository's `lint` runs: the full linter, which
   * on a 5,000-node playbook costs more than the rest of the save.
   */
  lint?: { errors: number; warnings: number };
}

/**
 * Serializes and summarizes outside the transaction: hashing is WebCrypto, a non-IndexedDB async
 * API, and awaiting one inside a transaction would let IndexedDB commit early
 * (Dexie's PrematureCommitError). Saved versions, imports and restores always carry the hash.
 */
export async function prepareDocument(
  ctx: RepositoryContext,
  document: Playbook,
): Promise<PreparedDocument & { contentHash: string }> {
  const hash = await contentHash(document);
  return { ...(await summarize(ctx, document, hash, undefined)), contentHash: hash };
}

/**
 * The same for an autosaved draft, where speed matters (a 5,000-node playbook every second): the
 * content hash only matters to approvals, so it is computed only when the draft has any; the
 * validity comes from the caller's hint when given.
 */
export async function prepareDraft(
  ctx: RepositoryContext,
  document: Playbook,
  hints: DraftHints,
): Promise<PreparedDocument> {
  const hash = document.review.approvals.length > 0 ? await contentHash(document) : undefined;
  return summarize(ctx, document, hash, hints.problemCount, hints.lint);
}

async function summarize(
  ctx: RepositoryContext,
  document: Playbook,
  hash: string | undefined,
  knownProblems: number | undefined,
  knownLint?: LintCounts,
): Promise<PreparedDocument> {
  const lint = knownLint ?? (await ctx.lint?.(document));
  const problemCount = knownProblems ?? countProblems(document);
  const approval = hash === undefined ? undefined : approvalStatus(document, hash);
  return {
    text: serializePlaybook(document),
    summary: {
      valid: problemCount === 0,
      problemCount,
      nodeCount: document.nodes.length,
      ...(hash === undefined ? {} : { contentHash: hash }),
      approval: approval
        ? { approved: approval.approved, counting: approval.counting, required: approval.required }
        : { approved: false, counting: 0, required: document.governance.requiredApprovals },
      ...(lint ? { lint } : {}),
    },
  };
}

function countProblems(document: Playbook): number {
  const parsed = parsePlaybook(document);
  return parsed.ok ? 0 : parsed.errors.length;
}

/** The last audit entry of a playbook (the head of its hash chain). */
export async function auditHead(db: RollbookDatabase, playbookId: string): Promise<AuditRecord | undefined> {
  return db.audit
    .where('[playbookId+seq]')
    .between([playbookId, Dexie.minKey], [playbookId, Dexie.maxKey])
    .last();
}

/** Every audit entry of a playbook, in chain order, without the storage key. */
export async function auditChain(db: RollbookDatabase, playbookId: string): Promise<AuditEntry[]> {
  const rows = await db.audit
    .where('[playbookId+seq]')
    .between([playbookId, Dexie.minKey], [playbookId, Dexie.maxKey])
    .toArray();
  return rows.map(({ playbookId: _playbookId, ...entry }) => entry);
}

/**
 * Appends an audit entry within a write, the hash computed before the transaction. If another tab
 * appended in between, the `[playbookId+seq]` key collides and the whole write aborts; the caller
 * retries from the new head ({@link withAuditRetry}), so the chain never forks.
 */
export async function prepareAuditEntry(
  db: RollbookDatabase,
  playbookId: string,
  entry: NewAuditEntry,
): Promise<AuditRecord> {
  const head = await auditHead(db, playbookId);
  const previous = head ? stripKey(head) : undefined;
  return { playbookId, ...(await createAuditEntry(previous, entry)) };
}

function stripKey({ playbookId: _playbookId, ...entry }: AuditRecord): AuditEntry {
  return entry;
}

/** Runs `attempt` again (up to 3 times) while it fails because another tab appended to the log. */
export async function withAuditRetry<T>(attempt: () => Promise<Result<T>>): Promise<Result<T>> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (name !== 'ConstraintError' || tries >= 3) throw error;
    }
  }
}

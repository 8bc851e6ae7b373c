import { z } from 'zod';
import { migrate } from '../domain/migrations';
import { parseJsonText, parsePlaybook } from '../domain/parse';
import { PlaybookSchema } from '../domain/schema/playbook';
import type { Playbook } from '../domain/types';
import { findUnsafeKeys } from '../domain/unsafeKeys';
import type { ValidationError } from '../domain/validationError';
import type { PlaybookRecord, PlaybookSummary, RevisionRecord } from './records';

/**
 * A stored document after migrate → parse. `problems` lists what `parsePlaybook` still objects to
 * in a document that has the right shape (a draft saved mid-edit may point at a node that is not
 * drawn yet): such a draft opens in the designer with its problems shown, it is not damaged.
 */
export type LoadedDocument =
  | { status: 'ok'; playbook: Playbook; problems: ValidationError[]; migrations: string[] }
  | { status: 'damaged'; errors: ValidationError[] };

/**
 * Reads stored JSON text the way an import would: JSON → migrate → parse. A document whose shape
 * is wrong (not JSON, not a playbook, a format newer than this build) is `damaged`: the caller
 * quarantines it (keeps it, lists it as damaged with its raw JSON), never drops it.
 */
export function loadDocumentText(text: string): LoadedDocument {
  const json = parseJsonText(text);
  if (!json.ok) return { status: 'damaged', errors: [{ path: '', message: json.message }] };
  const parsed = parsePlaybook(json.value);
  if (parsed.ok)
    return { status: 'ok', playbook: parsed.playbook, problems: [], migrations: parsed.migrations };

  // 1. Unsafe keys or a failed migration: nothing safe to open.
  if (findUnsafeKeys(json.value).length > 0) return { status: 'damaged', errors: parsed.errors };
  const migrated = migrate(json.value);
  if (!migrated.ok) return { status: 'damaged', errors: migrated.errors };
  // 2. Right shape, broken references: open it with its problems, as the designer holds it.
  const shape = PlaybookSchema.safeParse(migrated.document);
  if (!shape.success) return { status: 'damaged', errors: parsed.errors };
  return {
    status: 'ok',
    playbook: shape.data as Playbook,
    problems: parsed.errors,
    migrations: migrated.applied,
  };
}

const SummarySchema = z.looseObject({
  valid: z.boolean(),
  problemCount: z.number(),
  nodeCount: z.number(),
  contentHash: z.string().optional(),
  approval: z.looseObject({ approved: z.boolean(), counting: z.number(), required: z.number() }),
});

/**
 * The envelope every playbook row must have; a row without it is damaged whatever its text. Also
 * the quick read's first check (`quickRead.ts`).
 */
export const PlaybookRecordSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  documentText: z.string(),
  revision: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastWriter: z.string(),
  summary: SummarySchema,
  deletedAt: z.string().optional(),
  preMigrationText: z.string().optional(),
});

/** What the library list shows of a readable playbook. */
export interface LibraryItem {
  status: 'ok';
  id: string;
  name: string;
  revision: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  summary: PlaybookSummary;
  deletedAt?: string;
}

/** A quarantined row: kept, listed as damaged, its raw JSON available for download. */
export interface DamagedItem {
  status: 'damaged';
  id: string;
  name: string;
  updatedAt?: string;
  deletedAt?: string;
  /** The stored document text, or the whole row as JSON when even the row is malformed. */
  rawJson: string;
  errors: ValidationError[];
}

export type LibraryEntry = LibraryItem | DamagedItem;

/** A playbook opened for editing: its draft version is the `expectedVersion` of the next write. */
export interface OpenedPlaybook extends LibraryItem {
  playbook: Playbook;
  problems: ValidationError[];
  migrations: string[];
}

export type StoredPlaybook = OpenedPlaybook | DamagedItem;

/**
 * Reads one row of the `playbooks` table: envelope check, then the document through
 * {@link loadDocumentText}. Never throws; anything unreadable comes back as a {@link DamagedItem}.
 */
export function loadPlaybookRecord(raw: unknown, fallbackId: string): StoredPlaybook {
  const envelope = PlaybookRecordSchema.safeParse(raw);
  if (!envelope.success) {
    const row = (raw ?? {}) as Partial<Record<keyof PlaybookRecord, unknown>>;
    return {
      status: 'damaged',
      id: typeof row.id === 'string' ? row.id : fallbackId,
      name: typeof row.name === 'string' ? row.name : 'Unreadable playbook',
      rawJson: typeof row.documentText === 'string' ? row.documentText : safeStringify(raw),
      errors: envelope.error.issues.map((issue) => ({
        path: `/${issue.path.join('/')}`,
        message: `Stored record: ${issue.message}`,
      })),
    };
  }
  const record = envelope.data as PlaybookRecord;
  const document = loadDocumentText(record.documentText);
  if (document.status === 'damaged') {
    return {
      status: 'damaged',
      id: record.id,
      name: record.name,
      updatedAt: record.updatedAt,
      ...(record.deletedAt === undefined ? {} : { deletedAt: record.deletedAt }),
      rawJson: record.documentText,
      errors: document.errors,
    };
  }
  return {
    ...libraryItem(record),
    playbook: document.playbook,
    problems: document.problems,
    migrations: document.migrations,
  };
}

export function libraryItem(record: PlaybookRecord): LibraryItem {
  return {
    status: 'ok',
    id: record.id,
    name: record.name,
    revision: record.revision,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    summary: record.summary,
    ...(record.deletedAt === undefined ? {} : { deletedAt: record.deletedAt }),
  };
}

/** A saved version as the history list and the read-only viewer see it. */
export type LoadedRevision =
  | ({ status: 'ok'; playbook: Playbook } & Omit<RevisionRecord, 'documentText'>)
  | ({ status: 'damaged'; rawJson: string; errors: ValidationError[] } & Omit<
      RevisionRecord,
      'documentText'
    >);

export function loadRevisionRecord(record: RevisionRecord): LoadedRevision {
  const { documentText, ...meta } = record;
  const document = loadDocumentText(documentText);
  return document.status === 'ok'
    ? { status: 'ok', playbook: document.playbook, ...meta }
    : { status: 'damaged', rawJson: documentText, errors: document.errors, ...meta };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

import { parseJsonText } from '../domain/parse';
import { CURRENT_SCHEMA_VERSION } from '../domain/schemaVersion';
import type { Playbook } from '../domain/types';
import { findUnsafeKeys } from '../domain/unsafeKeys';
import {
  libraryItem,
  loadPlaybookRecord,
  type OpenedPlaybook,
  PlaybookRecordSchema,
  type StoredPlaybook,
} from './loadRecord';
import type { PlaybookRecord } from './records';

/**
 * A stored playbook read for drawing (or listing), before its full read (issue 20, open fast):
 * `stored` is what to show now, `verify` the full read (envelope, migrate, zod, references) to run
 * once the canvas is on screen, or null when `stored` already is the full read.
 */
export interface PeekedPlaybook {
  stored: StoredPlaybook;
  verify: (() => StoredPlaybook) | null;
}

/**
 * Reads a row the quick way when its own summary says the full read would accept the document
 * unchanged: every row is written from a document `parsePlaybook` produced (`summary.valid` is
 * its verdict, `documentText` its serialization), so for such a row JSON.parse gives what the
 * full read would. Guarded anyway: the envelope passes the full read's own envelope check, the
 * text parses, its format version is this build's (no migration due), its nodes and edges are
 * drawable, and it has no unsafe key. Anything else takes the full read at once.
 */
export function peekPlaybookRecord(raw: unknown, fallbackId: string): PeekedPlaybook {
  const quick = quickOpen(raw);
  const full = () => loadPlaybookRecord(raw, fallbackId);
  return quick ? { stored: quick, verify: full } : { stored: full(), verify: null };
}

function quickOpen(raw: unknown): OpenedPlaybook | null {
  const envelope = PlaybookRecordSchema.safeParse(raw);
  if (!envelope.success || envelope.data.summary.valid !== true) return null;
  const record = envelope.data as PlaybookRecord;
  const json = parseJsonText(record.documentText);
  if (!json.ok || typeof json.value !== 'object' || json.value === null || Array.isArray(json.value))
    return null;
  const document = json.value as Record<string, unknown>;
  if (document.schemaVersion !== CURRENT_SCHEMA_VERSION) return null;
  if (!isDrawable(document) || findUnsafeKeys(document).length > 0) return null;
  return { ...libraryItem(record), playbook: document as unknown as Playbook, problems: [], migrations: [] };
}

/**
 * Nodes and edges with what the canvas reads before the full read has run: ids, kinds, ends and
 * positions of the right types. A row edited by hand that keeps its "valid" summary is drawable
 * at least, and the full read then reports it.
 */
function isDrawable(document: Record<string, unknown>): boolean {
  const { nodes, edges } = document;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return false;
  const text = (value: unknown) => typeof value === 'string';
  for (const node of nodes as Record<string, unknown>[]) {
    if (typeof node !== 'object' || node === null || !text(node.id) || !text(node.kind) || !text(node.label))
      return false;
    const position = node.position as Record<string, unknown> | undefined;
    if (position !== undefined && (typeof position?.x !== 'number' || typeof position.y !== 'number'))
      return false;
  }
  for (const edge of edges as Record<string, unknown>[]) {
    if (typeof edge !== 'object' || edge === null) return false;
    if (!text(edge.id) || !text(edge.source) || !text(edge.target) || !text(edge.kind)) return false;
  }
  return true;
}

import type { Playbook } from '../domain/types';

/**
 * The workflow formats Rollbook imports. Issue 17 adds 'asl' | 'bpmn' | 'serverless-workflow':
 * extend this union and register the importer in `registry.ts`.
 */
export type ImportFormat = 'n8n' | 'make' | 'power-automate' | 'asl' | 'bpmn' | 'serverless-workflow';

/** What `--from` and the import dialog accept: a format, or `auto` to detect it from the content. */
export type ImportFrom = ImportFormat | 'auto';

export interface ImportOptions {
  /** `auto` (the default) detects the format from the content. */
  from?: ImportFrom;
}

/** How much an entry needs the author: `attention` entries are decisions only a person can make. */
export type ReportLevel = 'info' | 'warning' | 'attention';

/** The element of the source file an entry is about: its own id (its name where it has none). */
export interface SourceRef {
  id: string;
  name: string;
  type: string;
}

/**
 * One line of the import report. Every element of the source (n8n node, Make module, Power
 * Automate trigger or action) has at least one; `node` is the playbook node it became, or null
 * when it became none (a sticky note, a disabled node, a setting).
 */
export interface ReportEntry {
  level: ReportLevel;
  source: SourceRef;
  node: string | null;
  message: string;
}

export interface ImportResult {
  format: ImportFormat;
  playbook: Playbook;
  report: ReportEntry[];
}

/**
 * Why nothing was imported. `unreadable`: not JSON at all; `unknown-format`: JSON, but not a
 * workflow of a known format (or not of the format asked for); `empty`: a workflow with nothing
 * to import; `invalid`: the workflow's shape is broken where it matters (`path` points there).
 */
export type ImportErrorKind = 'unreadable' | 'unknown-format' | 'empty' | 'invalid';

export interface ImportError {
  kind: ImportErrorKind;
  message: string;
  /** JSON Pointer into the source file, when the problem has one place. */
  path?: string;
}

export type ImportOutcome = ({ ok: true } & ImportResult) | { ok: false; error: ImportError };

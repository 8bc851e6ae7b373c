import { parseJsonText } from '../domain/parse';
import { PLAYBOOK_FORMAT } from '../domain/schema/playbook';
import type { Playbook } from '../domain/types';
import {
  detectImporter,
  type ImportFormat,
  importWorkflowDocument,
  listImporters,
  type ReportEntry,
} from '../importers';
import { readWorkflowText } from '../importers/readWorkflowText';

/**
 * Where one dropped or picked file goes: a Rollbook playbook (or what is meant to be one: it takes
 * the library's own import, which reports its errors as before), a workflow of another tool (shown
 * in the import review), or refused with a message a person can act on.
 */
export type SortedImport =
  | { kind: 'playbook' }
  | {
      kind: 'workflow';
      format: ImportFormat;
      /** What the file is, in words: "n8n workflow", "Make scenario blueprint". */
      label: string;
      playbook: Playbook;
      report: ReportEntry[];
    }
  | { kind: 'refused'; message: string; path?: string };

/** The phase a file is in, for the progress line: reading its JSON, or building from a known format. */
export type ImportStage = { stage: 'reading' } | { stage: 'building'; label: string; elements: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A file that says it is a playbook, or has a playbook's version field, goes to the playbook
 * import even when it is damaged: its errors there point into the playbook format.
 */
const claimsPlaybook = (document: unknown) =>
  isRecord(document) && (document.format === PLAYBOOK_FORMAT || 'schemaVersion' in document);

const jsonDocument = (text: string): { ok: true; document: unknown } | { ok: false } => {
  const parsed = parseJsonText(text);
  return parsed.ok ? { ok: true, document: parsed.value } : { ok: false };
};

/** How many elements a workflow has, roughly, for the progress line (n8n nodes, Make modules, actions). */
function elementCount(document: unknown): number {
  if (!isRecord(document)) return 0;
  for (const key of ['nodes', 'flow', 'actions']) {
    const value = document[key];
    if (Array.isArray(value)) return value.length;
    if (isRecord(value)) return Object.keys(value).length;
  }
  return 0;
}

/**
 * Sorts one file's text (the import worker's job, also callable in-process). Never throws:
 * `importWorkflowDocument` turns even its own bugs into a message.
 */
export function sortImportText(text: string, onStage: (stage: ImportStage) => void = () => {}): SortedImport {
  onStage({ stage: 'reading' });
  // JSON, or the XML (BPMN) and YAML (Serverless Workflow) the importers also read. A text that
  // starts like JSON is read as JSON only: YAML would accept a truncated JSON file as a shorter
  // document. Unreadable: the playbook import says where the JSON syntax breaks, as it always has.
  const parsed = /^\uFEFF?\s*[[{]/.test(text) ? jsonDocument(text) : readWorkflowText(text);
  if (!parsed.ok) return { kind: 'playbook' };
  const document = parsed.document;
  if (claimsPlaybook(document)) return { kind: 'playbook' };
  const importer = detectImporter(document);
  if (importer) onStage({ stage: 'building', label: importer.label, elements: elementCount(document) });
  const imported = importWorkflowDocument(document);
  if (imported.ok) {
    return {
      kind: 'workflow',
      format: imported.format,
      label: importer?.label ?? imported.format,
      playbook: imported.playbook,
      report: imported.report,
    };
  }
  const { error } = imported;
  const message =
    error.kind === 'unknown-format'
      ? `Neither a Rollbook playbook nor a workflow Rollbook can import (it reads Rollbook playbooks and: ${listImporters()
          .map((known) => known.label)
          .join(', ')})`
      : importer
        ? `This ${importer.label} cannot be imported: ${error.message}`
        : error.message;
  return { kind: 'refused', message, ...(error.path ? { path: error.path } : {}) };
}

import { buildPlaybook } from './builder/buildPlaybook';
import { readWorkflowText } from './readWorkflowText';
import { detectImporter, findImporter, listImporters } from './registry';
import type { ImportOptions, ImportOutcome } from './types';

const KNOWN = () =>
  listImporters()
    .map((importer) => importer.label)
    .join(', ');

/**
 * A workflow file of another tool as a playbook (issue 14): `{ format, playbook, report }`, or
 * an error value saying why not. Never throws, whatever the text.
 *
 * @example
 * const outcome = importWorkflow(fileText, { from: 'auto' });
 * if (outcome.ok) show(outcome.playbook, outcome.report); else say(outcome.error.message);
 */
export function importWorkflow(text: string, options: ImportOptions = {}): ImportOutcome {
  if (typeof text !== 'string')
    return { ok: false, error: { kind: 'unreadable', message: 'The file is not text' } };
  const parsed = readWorkflowText(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'unreadable', message: parsed.message } };
  return importWorkflowDocument(parsed.document, options);
}

/** As `importWorkflow`, for a document already parsed from JSON. */
export function importWorkflowDocument(document: unknown, options: ImportOptions = {}): ImportOutcome {
  try {
    return importOrFail(document, options);
  } catch (error) {
    // A bug, not the user's doing: still a value, so the app and the CLI never show a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message: `The workflow could not be imported (please report this): ${reason}`,
      },
    };
  }
}

function importOrFail(document: unknown, options: ImportOptions): ImportOutcome {
  const from = options.from ?? 'auto';
  const importer = from === 'auto' ? detectImporter(document) : findImporter(from);
  if (!importer) {
    const message =
      from === 'auto'
        ? `Not a workflow Rollbook can import (it reads: ${KNOWN() || 'no format yet'})`
        : `Unknown format "${from}" (formats: ${listImporters()
            .map((known) => known.format)
            .join(', ')})`;
    return { ok: false, error: { kind: 'unknown-format', message } };
  }
  if (from !== 'auto' && !importer.detect(document))
    return { ok: false, error: { kind: 'unknown-format', message: `This file is not an ${importer.label}` } };
  const read = importer.parse(document);
  if (!read.ok) return read;
  const built = buildPlaybook(read.workflow);
  if (!built.ok) return built;
  return { ok: true, format: importer.format, playbook: built.playbook, report: built.report };
}

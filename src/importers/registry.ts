import type { IrWorkflow } from './ir';
import type { ImportError, ImportFormat } from './types';

export type ParseOutcome = { ok: true; workflow: IrWorkflow } | { ok: false; error: ImportError };

/** One source format: how to recognise its files and how to read one into the neutral workflow. */
export interface WorkflowImporter {
  format: ImportFormat;
  /** How people name the format: "n8n workflow". */
  label: string;
  /** Cheap and strict enough not to claim another format's file: does this JSON look like ours? */
  detect: (document: unknown) => boolean;
  /** Reads the document; a broken one is an error value, never an exception. */
  parse: (document: unknown) => ParseOutcome;
}

const importers: WorkflowImporter[] = [];

/**
 * Adds a format. Each platform folder registers itself from `src/importers/index.ts`, so adding a
 * format (issue 17: ASL, BPMN, Serverless Workflow) touches that folder and one import line.
 * Detection tries formats in registration order.
 */
export function registerImporter(importer: WorkflowImporter): void {
  const at = importers.findIndex((known) => known.format === importer.format);
  if (at >= 0) importers[at] = importer;
  else importers.push(importer);
}

export function listImporters(): readonly WorkflowImporter[] {
  return importers;
}

export function findImporter(format: string): WorkflowImporter | undefined {
  return importers.find((importer) => importer.format === format);
}

/** The first registered format whose `detect` claims the document. */
export function detectImporter(document: unknown): WorkflowImporter | undefined {
  return importers.find((importer) => importer.detect(document));
}

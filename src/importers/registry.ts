import { aslImporter } from './asl';
import { bpmnImporter } from './bpmn';
import type { IrWorkflow } from './ir';
import { makeImporter } from './make';
import { n8nImporter } from './n8n';
import { powerAutomateImporter } from './powerAutomate';
import { serverlessWorkflowImporter } from './serverlessWorkflow';
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

/**
 * Every format, in the order detection tries them. Adding a format (issue 17: ASL, BPMN,
 * Serverless Workflow) is its folder and one line here.
 */
const importers: readonly WorkflowImporter[] = [
  n8nImporter,
  makeImporter,
  powerAutomateImporter,
  aslImporter,
  bpmnImporter,
  serverlessWorkflowImporter,
];

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

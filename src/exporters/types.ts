import type { Playbook } from '../domain/types';
import type { DrillSummary } from '../simulator/drill';

/** What one exporter returns: the file text, and what the target could not express, in plain words. */
export interface ExportResult {
  output: string;
  /** Each entry one sentence a platform engineer can act on; empty when nothing was lost. */
  losses: string[];
}

/**
 * Facts the playbook alone does not hold, supplied by the caller when it has them (the app, the
 * CLI). Exporters that do not use them ignore them; the runbook says "not known" for each one missing.
 */
export interface ExportContext {
  /** `sha256:…` of the playbook as spec section 8 defines it. */
  contentHash?: string;
  /** A one-line approval status, such as "Approved by sam (ops-lead)" or "Not approved". */
  approvalStatus?: string;
  /** The summary of the latest drill (spec section 7, the simulator's own type), and when it ran. */
  drill?: DrillSummary & { at?: string };
}

/** One export target: a pure function from a parsed playbook to a file. */
export interface Exporter {
  /** Stable id used by the CLI's `--format` and by the export dialog. */
  id: string;
  label: string;
  /** Without the dot: `yaml`, `json`, `bpmn`, `md`, `html`. */
  extension: string;
  mediaType: string;
  /** One sentence for `--help` and the export dialog. */
  description: string;
  export: (playbook: Playbook, context?: ExportContext) => ExportResult;
}

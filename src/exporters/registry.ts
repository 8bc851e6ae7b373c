import type { Playbook } from '../domain/types';
import { bpmn } from './bpmn';
import { n8n, stepFunctions } from './jsonTargets';
import { nativeJson } from './native';
import { runbookHtml, runbookMarkdown } from './runbook';
import { serverlessWorkflowJson, serverlessWorkflowYaml } from './serverlessWorkflow';
import type { ExportContext, Exporter } from './types';

/** Every export target, in the order the export dialog and `--help` list them. */
export const EXPORTERS: readonly Exporter[] = [
  serverlessWorkflowYaml,
  serverlessWorkflowJson,
  stepFunctions,
  bpmn,
  n8n,
  runbookMarkdown,
  runbookHtml,
  nativeJson,
];

/** The short names issue 9 used, accepted as synonyms of the stable ids. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = {
  'serverless-workflow': 'serverless-workflow-yaml',
  asl: 'step-functions',
  markdown: 'runbook-md',
  html: 'runbook-html',
  json: 'rollbook-json',
};

export function findExporter(format: string): Exporter | undefined {
  const id = FORMAT_ALIASES[format] ?? format;
  return EXPORTERS.find((exporter) => exporter.id === id);
}

/**
 * A lint finding as the analysis engine reports it (`LintFinding` of src/analysis). Declared here
 * by shape so the exporters depend on the findings, not on the engine.
 */
export interface ExportFinding {
  rule: string;
  severity: 'error' | 'warn';
  target: string | null;
  message: string;
}

export interface ExportOptions {
  /** Export even when there are error findings; the losses then say so. */
  force?: boolean;
  /** The playbook's lint findings; without them nothing is refused. */
  findings?: readonly ExportFinding[];
  context?: ExportContext;
}

export type ExportOutcome =
  | { ok: true; exporter: Exporter; output: string; losses: string[] }
  | { ok: false; reason: 'refused'; exporter: Exporter; reasons: string[] }
  | { ok: false; reason: 'unknown-format'; reasons: string[] };

const describeFinding = (finding: ExportFinding): string =>
  `${finding.rule}${finding.target ? ` at ${finding.target}` : ''}: ${finding.message}`;

/**
 * Exports a parsed playbook to one target. A playbook with error-level findings is refused unless
 * `force` is set: an export of an unsafe rollback would carry the danger to the platform silently.
 */
export function exportPlaybook(
  playbook: Playbook,
  format: string,
  options: ExportOptions = {},
): ExportOutcome {
  const exporter = findExporter(format);
  if (!exporter) {
    return {
      ok: false,
      reason: 'unknown-format',
      reasons: [
        `Unknown format "${format}". Formats: ${EXPORTERS.map((candidate) => candidate.id).join(', ')}`,
      ],
    };
  }
  const errors = (options.findings ?? []).filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !options.force) {
    return {
      ok: false,
      reason: 'refused',
      exporter,
      reasons: [
        `The playbook has ${errors.length} lint error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} or export with force:`,
        ...errors.map(describeFinding),
      ],
    };
  }
  const { output, losses } = exporter.export(playbook, options.context);
  const forced =
    errors.length > 0
      ? [
          `Exported despite ${errors.length} lint error${errors.length === 1 ? '' : 's'}: ${errors.map(describeFinding).join('; ')}`,
        ]
      : [];
  return { ok: true, exporter, output, losses: [...forced, ...losses] };
}

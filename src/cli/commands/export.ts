import { lintPlaybook } from '../../analysis';
import type { Playbook } from '../../domain/types';
import { EXPORTERS, type ExportContext, exportPlaybook, FORMAT_ALIASES, findExporter } from '../../exporters';
import { reviewStatus } from '../../review';
import { drill } from '../../simulator';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';
import { writeOutputFile } from '../writeOutputFile';

const FORMAT_LIST = EXPORTERS.map((exporter) => `${exporter.id} (${exporter.label})`).join(', ');
const ALIAS_LIST = Object.entries(FORMAT_ALIASES)
  .map(([alias, id]) => `${alias} = ${id}`)
  .join(', ');

/** The runbook shows the content hash, approval status and latest drill; other targets need none of it. */
async function runbookContext(playbook: Playbook): Promise<ExportContext> {
  const status = await reviewStatus(playbook);
  const drilled = drill(playbook);
  return {
    contentHash: status.contentHash,
    approvalStatus: status.summary,
    ...(drilled.ok ? { drill: drilled.drill.summary } : {}),
  };
}

const lossLines = (losses: readonly string[]): string =>
  losses.length === 0
    ? 'Nothing lost.\n'
    : `Lost in this export:\n${losses.map((loss) => `  - ${loss}`).join('\n')}\n`;

/**
 * `rollbook export FILE --format F [-o OUT] [--force] [--json]` (spec section 9): exit 0 written,
 * 1 refused (lint errors without --force) or an invalid playbook, 2 for bad usage. Without `-o`
 * the file goes to stdout and the losses to stderr, so the output can be piped.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the playbook in another format (exit 0 written, 1 refused)',
  usage: 'rollbook export FILE --format F [-o OUT] [--force] [--json]',
  options: [
    option.value('format', 'F', `one of: ${FORMAT_LIST}; also ${ALIAS_LIST}`, 'f'),
    option.value('output', 'OUT', 'write to this file instead of stdout', 'o'),
    option.flag('force', 'export even when lint finds errors (the losses say so)'),
  ],
  run: overPlaybook(
    (args) => {
      const format = args.values.get('format');
      if (format === undefined)
        throw new CliUsageError(`missing --format F (formats: ${EXPORTERS.map((e) => e.id).join(', ')})`);
      const exporter = findExporter(format);
      if (!exporter)
        throw new CliUsageError(
          `unknown format "${format}" (formats: ${EXPORTERS.map((e) => e.id).join(', ')})`,
        );
      return exporter;
    },
    async ({ playbook, options: exporter, args, io, json }) => {
      const context = exporter.id.startsWith('runbook-') ? await runbookContext(playbook) : {};
      const outcome = exportPlaybook(playbook, exporter.id, {
        force: args.flags.has('force'),
        findings: lintPlaybook(playbook),
        context,
      });
      if (!outcome.ok) {
        if (json) printJson(io, { format: exporter.id, refused: true, reasons: outcome.reasons, losses: [] });
        else
          io.stderr(
            `rollbook export: refused.\n${outcome.reasons.map((reason) => `  ${reason}`).join('\n')}\n`,
          );
        return EXIT.failed;
      }
      const file = args.values.get('output');
      if (file !== undefined) {
        const path = writeOutputFile(file, outcome.output, io);
        if (json) printJson(io, { format: exporter.id, file: path, losses: outcome.losses });
        else io.stdout(`Wrote ${file} (${exporter.label}).\n${lossLines(outcome.losses)}`);
        return EXIT.ok;
      }
      if (json) printJson(io, { format: exporter.id, output: outcome.output, losses: outcome.losses });
      else {
        io.stdout(outcome.output);
        io.stderr(lossLines(outcome.losses));
      }
      return EXIT.ok;
    },
  ),
};

import { serializePlaybook } from '../../domain/parse';
import { type ImportFrom, importWorkflow, listImporters, type ReportEntry } from '../../importers';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { readInputText } from '../readInputFile';
import { writeOutputFile } from '../writeOutputFile';

const FROM_VALUES = (): string[] => ['auto', ...listImporters().map((importer) => importer.format)];

const MARK: Readonly<Record<ReportEntry['level'], string>> = { attention: '!', warning: '~', info: ' ' };

/** The readable summary: what became what, the entries that need the author first. */
function summary(
  format: string,
  entries: readonly ReportEntry[],
  nodes: number,
  edges: number,
  name: string,
) {
  const count = (level: ReportEntry['level']) => entries.filter((entry) => entry.level === level).length;
  const ordered = [
    ...entries.filter((entry) => entry.level === 'attention'),
    ...entries.filter((entry) => entry.level === 'warning'),
    ...entries.filter((entry) => entry.level === 'info'),
  ];
  const lines = ordered.map(
    (entry) =>
      `${MARK[entry.level]} ${entry.source.name}${entry.node ? ` → ${entry.node}` : ''}: ${entry.message}`,
  );
  const label = listImporters().find((importer) => importer.format === format)?.label ?? format;
  return `Imported the ${label} as playbook "${name}" (${nodes} nodes, ${edges} edges).\n${count('attention')} need your attention (!), ${count('warning')} warnings (~), ${count('info')} for information.\n${lines.join('\n')}\n`;
}

/**
 * `rollbook import FILE [--from auto|n8n|make|power-automate|asl|bpmn|serverless-workflow] [-o OUT] [--json]` (spec section 9,
 * issue 14 item 7): exit 0 imported, 1 not a workflow of a known format or nothing to import,
 * 2 unreadable (missing, not JSON, binary, empty, too large) or bad usage. Without `-o` only the
 * summary (or, with `--json`, `{ format, playbook, report }`) is printed.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'a playbook from an n8n, Make, Power Automate, Step Functions, BPMN or Serverless Workflow file (exit 0 imported, 1 nothing importable)',
  usage:
    'rollbook import FILE [--from auto|n8n|make|power-automate|asl|bpmn|serverless-workflow] [-o OUT] [--json]',
  options: [
    option.value(
      'from',
      'FORMAT',
      'the workflow format: auto (the default: detected from the content), n8n, make, power-automate, asl, bpmn or serverless-workflow',
    ),
    option.value('output', 'OUT', 'write the playbook to this file', 'o'),
  ],
  run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliUsageError('missing FILE argument');
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}`);
    const from = args.values.get('from') ?? 'auto';
    if (!FROM_VALUES().includes(from))
      throw new CliUsageError(`unknown format "${from}" for --from (formats: ${FROM_VALUES().join(', ')})`);
    const json = args.flags.has('json');
    const outcome = importWorkflow(readInputText(file, io.cwd), { from: from as ImportFrom });
    // Not JSON, XML or YAML at all: unreadable, as a file that cannot be read (exit 2).
    if (!outcome.ok && outcome.error.kind === 'unreadable')
      throw new CliUsageError(`${file}: ${outcome.error.message}`);
    if (!outcome.ok) {
      if (json) printJson(io, { imported: false, error: outcome.error });
      else io.stderr(`rollbook import: ${file}: ${outcome.error.message}\n`);
      return EXIT.failed;
    }
    const { format, playbook, report } = outcome;
    const output = args.values.get('output');
    const written =
      output !== undefined ? writeOutputFile(output, serializePlaybook(playbook), io) : undefined;
    if (json) {
      printJson(io, { format, playbook, report, ...(written ? { file: written } : {}) });
    } else {
      io.stdout(summary(format, report, playbook.nodes.length, playbook.edges.length, playbook.name));
      io.stdout(written ? `Wrote ${output}.\n` : 'Add -o FILE to write the playbook.\n');
    }
    return EXIT.ok;
  },
};

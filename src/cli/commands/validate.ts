import { parsePlaybook } from '../../domain/parse';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { formatErrors } from '../loadPlaybook';
import { readJsonFile } from '../readInputFile';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a playbook: schema, references, edge rules, expressions (exit 0 valid, 1 invalid)',
  usage: 'rollbook validate FILE [--json]',
  options: [],
  run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliUsageError('missing FILE argument');
    if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}`);
    const result = parsePlaybook(readJsonFile(file, io.cwd));
    const errors = result.ok ? [] : result.errors;
    if (args.flags.has('json')) {
      printJson(io, { valid: result.ok, errors });
    } else if (result.ok) {
      const { playbook } = result;
      io.stdout(
        `${file}: valid playbook "${playbook.name}" (${playbook.nodes.length} nodes, ${playbook.edges.length} edges)\n`,
      );
    } else {
      io.stdout(
        `${file}: invalid (${errors.length} error${errors.length === 1 ? '' : 's'})\n${formatErrors(errors)}\n`,
      );
    }
    return result.ok ? EXIT.ok : EXIT.failed;
  },
};

import { playbookJsonSchema } from '../../domain/jsonSchema';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the playbook format',
  usage: 'rollbook schema [--json]',
  options: [],
  run(args, io) {
    if (args.positionals.length > 0) throw new CliUsageError(`unexpected argument ${args.positionals[0]}`);
    printJson(io, playbookJsonSchema());
    return EXIT.ok;
  },
};

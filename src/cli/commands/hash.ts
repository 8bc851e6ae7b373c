import { contentHash } from '../../review/contentHash';
import type { CliCommand } from '../command';
import { EXIT, printJson } from '../io';
import { loadPlaybookArg } from '../loadPlaybook';

/** `rollbook hash FILE [--json]` (spec section 9): the content hash of section 8. */
export const hashCommand: CliCommand = {
  name: 'hash',
  summary: 'print the content hash that review decisions are bound to (exit 0)',
  usage: 'rollbook hash FILE [--json]',
  options: [],
  async run(args, io) {
    const json = args.flags.has('json');
    const loaded = loadPlaybookArg(args.positionals, io, json);
    if (!loaded.ok) return loaded.exitCode;
    const hash = await contentHash(loaded.playbook);
    if (json) printJson(io, { contentHash: hash });
    else io.stdout(`${hash}\n`);
    return EXIT.ok;
  },
};

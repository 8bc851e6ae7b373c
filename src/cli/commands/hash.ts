import { contentHash } from '../../review/contentHash';
import type { CliCommand } from '../command';
import { EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';

/** `rollbook hash FILE [--json]` (spec section 9): the content hash of section 8. */
export const hashCommand: CliCommand = {
  name: 'hash',
  summary: 'print the content hash that review decisions are bound to (exit 0)',
  usage: 'rollbook hash FILE [--json]',
  options: [],
  run: overPlaybook(
    () => undefined,
    async ({ playbook, io, json }) => {
      const hash = await contentHash(playbook);
      if (json) printJson(io, { contentHash: hash });
      else io.stdout(`${hash}\n`);
      return EXIT.ok;
    },
  ),
};

import { IdSchema } from '../../domain/schema/scalars';
import { exportPrivateJwk, generateSigningKey } from '../../review/signing/keys';
import { teamEntry } from '../../review/team/teamSchema';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { writeOutputFile } from '../writeOutputFile';

/**
 * `rollbook review keygen -o KEY --name NAME [--role ROLE]… [--json]`: a new ES256 key pair for a
 * reviewer who signs in a terminal. The private JWK goes to KEY (created, never replaced; readable
 * by its owner only); the public half is printed as the entry to add to the team file's `people`.
 */
export const reviewKeygenCommand: CliCommand = {
  name: 'review keygen',
  summary: 'make a signing key: the private key to a file, the team file entry to stdout (exit 0)',
  usage: 'rollbook review keygen -o KEY --name NAME [--role ROLE]… [--json]',
  options: [
    option.value('output', 'KEY', 'the private key file to create (never replaced)', 'o'),
    option.value('name', 'NAME', 'your name, as you will sign decisions'),
    option.list('role', 'ROLE', 'a role you review in, for the team file entry'),
  ],
  async run(args, io) {
    if (args.positionals.length > 0) throw new CliUsageError(`unexpected argument ${args.positionals[0]}`);
    const file = args.values.get('output');
    if (file === undefined)
      throw new CliUsageError('missing -o KEY (the private key is written to a file, never printed)');
    const name = args.values.get('name')?.trim();
    if (!name) throw new CliUsageError('missing --name NAME (the name you sign decisions under)');
    const roles = args.lists.get('role') ?? [];
    const badRole = roles.find((role) => !IdSchema.safeParse(role).success);
    if (badRole !== undefined) throw new CliUsageError(`--role "${badRole}" is not a role id`);

    const key = await generateSigningKey({ extractable: true });
    const privateJwk = await exportPrivateJwk(key);
    const path = writeOutputFile(file, `${JSON.stringify(privateJwk, null, 2)}\n`, io, {
      exclusive: true,
      mode: 0o600,
    });
    const entry = teamEntry(name, roles, key.publicJwk);
    if (args.flags.has('json')) printJson(io, { file: path, kid: key.kid, teamEntry: entry });
    else
      io.stdout(
        `Wrote your private key to ${file} (key ${key.kid}). Keep it secret; a lost key is replaced, not recovered.\nAdd this entry to "people" in the team file:\n${JSON.stringify(entry, null, 2)}\n`,
      );
    return EXIT.ok;
  },
};

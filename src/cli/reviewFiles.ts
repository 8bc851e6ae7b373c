import type { ValidationError } from '../domain/validationError';
import { fromZodIssues } from '../domain/zodIssues';
import { PrivateJwkSchema } from '../review/signing/jwk';
import { importSigningKey, type SigningKey } from '../review/signing/keys';
import { readTeamFile } from '../review/team/parseTeam';
import type { TeamFile } from '../review/team/teamSchema';
import { CliUsageError } from './io';
import { readJsonFile } from './readInputFile';

/** One line for exit 2: the first problem, and how many more there are. */
function firstProblem(file: string, what: string, errors: readonly ValidationError[]): CliUsageError {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new CliUsageError(`${file} is not a valid ${what}: ${first?.path || '/'}: ${first?.message}${more}`);
}

/** `--team TEAM`: a team file read completely (shape and keys); anything wrong exits 2. */
export async function readTeamArg(file: string, cwd: string): Promise<TeamFile> {
  const result = await readTeamFile(readJsonFile(file, cwd));
  if (!result.ok) throw firstProblem(file, 'team file', result.errors);
  return result.team;
}

/** `--key KEY`: a private JWK file (as `review keygen` writes or a browser exports); anything wrong exits 2. */
export async function readKeyArg(file: string, cwd: string): Promise<SigningKey> {
  const input = readJsonFile(file, cwd);
  const shape = PrivateJwkSchema.safeParse(input);
  if (!shape.success) throw firstProblem(file, 'private key (JWK)', fromZodIssues(shape.error.issues, input));
  const imported = await importSigningKey(shape.data);
  if (!imported.ok) throw new CliUsageError(`${file} is not a usable signing key: ${imported.message}`);
  return imported.key;
}

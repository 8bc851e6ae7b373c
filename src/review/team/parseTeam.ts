import type { ValidationError } from '../../domain/validationError';
import { validationError } from '../../domain/validationError';
import { fromZodIssues } from '../../domain/zodIssues';
import { jwkThumbprint } from '../signing/jwk';
import { importVerifyingKey } from '../signing/keys';
import { personKey, type TeamFile, TeamFileSchema } from './teamSchema';

export type TeamParseResult = { ok: true; team: TeamFile } | { ok: false; errors: ValidationError[] };

/**
 * The shape of a team file (synchronous, for an editor that checks as the user types): the zod
 * schema, then one entry per person. Errors carry JSON Pointers (`/people/1/keys/0/x`). Keys are
 * only checked to be well-formed here; `readTeamFile` also checks each is a real P-256 point.
 */
export function parseTeamFile(input: unknown): TeamParseResult {
  const shape = TeamFileSchema.safeParse(input);
  if (!shape.success) return { ok: false, errors: fromZodIssues(shape.error.issues, input) };
  const errors: ValidationError[] = [];
  const firstAt = new Map<string, number>();
  shape.data.people.forEach((person, index) => {
    const key = personKey(person.name);
    const earlier = firstAt.get(key);
    if (earlier === undefined) firstAt.set(key, index);
    else
      errors.push(
        validationError(
          ['people', index, 'name'],
          `"${person.name}" is listed twice (also person ${earlier + 1}): give each person one entry with all their keys and roles`,
        ),
      );
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, team: shape.data };
}

/**
 * What only WebCrypto can tell (asynchronous): every key is a point on P-256, and no key is listed
 * for two people (then it could not say who signed).
 */
export async function checkTeamKeys(team: TeamFile): Promise<ValidationError[]> {
  const errors: ValidationError[] = [];
  const ownerOf = new Map<string, number>();
  for (const [personIndex, person] of team.people.entries()) {
    for (const [keyIndex, key] of person.keys.entries()) {
      const path = ['people', personIndex, 'keys', keyIndex];
      if (!(await importVerifyingKey(key))) {
        errors.push(
          validationError(path, `${person.name}'s key ${keyIndex + 1} is not a valid P-256 public key`),
        );
        continue;
      }
      const kid = await jwkThumbprint(key);
      const owner = ownerOf.get(kid);
      if (owner === undefined) ownerOf.set(kid, personIndex);
      else if (owner !== personIndex)
        errors.push(
          validationError(
            path,
            `${person.name}'s key ${keyIndex + 1} (${kid}) is also listed for ${team.people[owner]!.name}: a key belongs to one person`,
          ),
        );
    }
  }
  return errors;
}

/** A team file read completely: its shape, then its keys. What the CLI and an import call. */
export async function readTeamFile(input: unknown): Promise<TeamParseResult> {
  const parsed = parseTeamFile(input);
  if (!parsed.ok) return parsed;
  const errors = await checkTeamKeys(parsed.team);
  return errors.length > 0 ? { ok: false, errors } : parsed;
}

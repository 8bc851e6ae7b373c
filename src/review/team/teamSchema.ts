import { z } from 'zod';
import { IdSchema } from '../../domain/schema/scalars';
import { type EcPublicKey, PublicJwkSchema, publicMembers } from '../signing/jwk';

/** One person who may sign review decisions, in the roles they hold (spec 8.1). */
export const TeamPersonSchema = z.strictObject({
  name: z
    .string({ error: 'Must be the name the person reviews under (text)' })
    .refine((name) => name.trim() !== '', { error: 'The name is empty' }),
  /** Role ids, as the playbooks' `roles` and review records spell them. */
  roles: z.array(IdSchema).default([]),
  /** Public keys; a person with a new device or a replaced key has several. */
  keys: z.array(PublicJwkSchema).default([]),
});

/**
 * The team file: who may sign, and in which roles. It lives where changes to it are reviewed
 * (beside the playbooks in the team's repository); a decision verifies only against it.
 */
export const TeamFileSchema = z.strictObject({
  /** Editors that validate JSON read it: public/schema/team.v1.schema.json. */
  $schema: z.string().optional(),
  rollbookTeam: z.literal(1),
  name: z.string({ error: 'Must be the team name (text)' }).min(1).max(200),
  people: z.array(TeamPersonSchema).default([]),
});

export type TeamPerson = z.output<typeof TeamPersonSchema>;
export type TeamFile = z.output<typeof TeamFileSchema>;

/**
 * A person's team-file entry for a key: what a profile exports to paste into the team file, and
 * what `rollbook review keygen` prints.
 *
 * @example teamEntry('sam', ['ops-lead'], key.publicJwk) // { name: 'sam', roles: ['ops-lead'], keys: [{ kty: 'EC', … }] }
 */
export function teamEntry(name: string, roles: readonly string[], publicJwk: EcPublicKey): TeamPerson {
  return { name, roles: [...roles], keys: [publicMembers(publicJwk)] };
}

/** Names are compared trimmed and case-insensitively, as reviewers are (spec 8.1). */
export function personKey(name: string): string {
  return name.trim().toLowerCase();
}

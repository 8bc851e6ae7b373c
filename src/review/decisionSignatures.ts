import type { ApprovalRecord } from '../domain/types';
import { type EcPublicKey, jwkThumbprint } from './signing/jwk';
import { importVerifyingKey } from './signing/keys';
import { signatureMatches } from './signing/signDecision';
import { personKey, type TeamFile } from './team/teamSchema';

/**
 * Why a decision is not verified against a team file (spec 8.1), most telling first:
 * - `unsigned`: it has no `signature`.
 * - `unknown-key`: its `kid` is not a key the team file lists for the person named `reviewer`
 *   (or no such person is listed): the signature cannot be checked.
 * - `bad-signature`: the key is the reviewer's, but the signature does not match the record: a
 *   member was changed after signing, or it was made by another key under this `kid`.
 * - `role-not-held`: the team file does not give the reviewer the record's `role`.
 */
export type SignatureReason = 'unsigned' | 'unknown-key' | 'bad-signature' | 'role-not-held';

/** The signature check of every record of `review.approvals`, made against one team file. */
export interface TeamVerification {
  /** The team file's `name`, for "verified against …". */
  teamName: string;
  /** Per record, in order: why it is not verified; empty when it is. */
  reasons: SignatureReason[][];
}

interface PersonKeys {
  roles: readonly string[];
  keyByKid: Map<string, EcPublicKey>;
}

async function indexTeam(team: TeamFile): Promise<Map<string, PersonKeys>> {
  const people = new Map<string, PersonKeys>();
  for (const person of team.people) {
    const keyByKid = new Map<string, EcPublicKey>();
    for (const key of person.keys) keyByKid.set(await jwkThumbprint(key), key);
    people.set(personKey(person.name), { roles: person.roles, keyByKid });
  }
  return people;
}

async function checkOne(record: ApprovalRecord, people: Map<string, PersonKeys>): Promise<SignatureReason[]> {
  if (!record.signature) return ['unsigned'];
  const person = people.get(personKey(record.reviewer));
  const publicKey = person?.keyByKid.get(record.signature.kid);
  if (!person || !publicKey) return ['unknown-key'];
  const reasons: SignatureReason[] = [];
  const key = await importVerifyingKey(publicKey);
  if (!key || !(await signatureMatches(record, key))) reasons.push('bad-signature');
  if (!person.roles.includes(record.role)) reasons.push('role-not-held');
  return reasons;
}

/**
 * Checks every decision's signature against a team file (spec 8.1). A decision is *verified* when
 * it is signed, its `kid` is the thumbprint of a key listed for the person whose name equals its
 * `reviewer` (trimmed, case-insensitive), that person holds its `role`, and the signature verifies
 * over the record without `signature`. Asynchronous (WebCrypto); pass the result to
 * `approvalStatus`, which applies it with the rules of section 8, or call `reviewStatus`.
 * Give it a team file that passed `readTeamFile`.
 */
export async function checkDecisionSignatures(
  records: readonly ApprovalRecord[],
  team: TeamFile,
): Promise<TeamVerification> {
  const people = await indexTeam(team);
  const reasons: SignatureReason[][] = [];
  for (const record of records) reasons.push(await checkOne(record, people));
  return { teamName: team.name, reasons };
}

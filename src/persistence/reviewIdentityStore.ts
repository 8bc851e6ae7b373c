import { generateSigningKey, type SigningKey } from '../review/signing/keys';
import type { RollbookDatabase } from './database';
import type { SigningKeyRecord, TeamFileRecord, TombstoneRecord } from './records';
import { createContext, type RepositoryOptions } from './repositoryContext';
import { ok, type Result } from './storageError';

/** The profile key's row id: one signing key per browser profile. */
const PROFILE_KEY = 'profile';

/** The scope of the team file that applies to every playbook without one of its own. */
export const LIBRARY_TEAM_SCOPE = 'library';

/**
 * What this browser keeps for signed review (issue 16) beside the playbooks: its signing key, the
 * team files the user opened, and the tombstones of purged playbooks. Every method resolves to a
 * {@link Result}, as the playbook repository's do.
 */
export interface ReviewIdentityStore {
  /** This browser's signing key, or `null` before one is made. */
  signingKey(): Promise<Result<SigningKeyRecord | null>>;
  /**
   * Makes a new non-extractable key and stores it, replacing the current one (a lost or first
   * key): the old private key is gone for good; decisions it signed verify only while the team
   * file still lists its public key.
   */
  replaceSigningKey(): Promise<Result<SigningKeyRecord>>;
  /** The team file of a scope (`'library'` or a playbook's library id), or `null`. */
  teamFile(scope: string): Promise<Result<TeamFileRecord | null>>;
  saveTeamFile(record: Omit<TeamFileRecord, 'updatedAt'>): Promise<Result<TeamFileRecord>>;
  removeTeamFile(scope: string): Promise<Result<null>>;
  tombstones(): Promise<Result<TombstoneRecord[]>>;
}

export function createReviewIdentityStore(
  db: RollbookDatabase,
  options: RepositoryOptions & { generateKey?: () => Promise<SigningKey> } = {},
): ReviewIdentityStore {
  const ctx = createContext(db, options);
  const generate = options.generateKey ?? (() => generateSigningKey({ extractable: false }));
  return {
    signingKey: () => ctx.run(async () => ok((await db.signingKeys.get(PROFILE_KEY)) ?? null)),
    replaceSigningKey: () =>
      ctx.run(async () => {
        const previous = await db.signingKeys.get(PROFILE_KEY);
        const key = await generate();
        const record: SigningKeyRecord = {
          id: PROFILE_KEY,
          privateKey: key.privateKey,
          publicJwk: key.publicJwk,
          kid: key.kid,
          createdAt: ctx.now(),
          ...(previous ? { replacedKid: previous.kid } : {}),
        };
        await db.signingKeys.put(record);
        return ok(record);
      }),
    teamFile: (scope) => ctx.run(async () => ok((await db.teamFiles.get(scope)) ?? null)),
    saveTeamFile: (input) =>
      ctx.run(async () => {
        const record: TeamFileRecord = { ...input, updatedAt: ctx.now() };
        await db.teamFiles.put(record);
        return ok(record);
      }),
    removeTeamFile: (scope) =>
      ctx.run(async () => {
        await db.teamFiles.delete(scope);
        return ok(null);
      }),
    tombstones: () => ctx.run(async () => ok(await db.tombstones.toArray())),
  };
}

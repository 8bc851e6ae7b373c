import { useQuery } from '@tanstack/react-query';
import { parseJsonText } from '../domain/parse';
import type { ApprovalRecord, Playbook } from '../domain/types';
import { LIBRARY_TEAM_SCOPE, type SigningKeyRecord } from '../persistence';
import { repositoryErrorOf } from '../queries';
import { readTeamFile, type SigningKey, signedDecisionFor, type TeamFile } from '../review';
import { mutate, queryClient, reviewIdentity } from './persistenceContext';

/** This browser's signing key (`null` before the first one is made). */
export const useSigningKey = () => useQuery(reviewIdentity.signingKey());

type KeyOutcome = { ok: true; key: SigningKeyRecord } | { ok: false; message: string };

/** The profile's key as the signing functions take it. */
export function asSigningKey(record: SigningKeyRecord): SigningKey {
  return { privateKey: record.privateKey, publicJwk: record.publicJwk, kid: record.kid };
}

/** The key to sign with: the stored one, or a new one made now (the first decision of a browser). */
export async function ensureSigningKey(): Promise<KeyOutcome> {
  try {
    const current = await queryClient.fetchQuery(reviewIdentity.signingKey());
    if (current) return { ok: true, key: current };
  } catch (error) {
    return { ok: false, message: repositoryErrorOf(error)?.message ?? 'Your signing key cannot be read.' };
  }
  return replaceSigningKey();
}

/** A new key in place of the current one (lost, or never made). The old one cannot come back. */
export async function replaceSigningKey(): Promise<KeyOutcome> {
  const made = await mutate(reviewIdentity.replaceSigningKey(), undefined);
  return made.ok ? { ok: true, key: made.value } : { ok: false, message: made.error.message };
}

/** What a reviewer decides here: the record's members but the hash, the time and the signature. */
export interface DecisionByThisBrowser {
  reviewer: string;
  role: string;
  decision: ApprovalRecord['decision'];
  comment: string;
}

/** "2025-07-02T10:00:00Z": the spec's timestamps have no milliseconds. */
const nowStamp = () => `${new Date().toISOString().slice(0, 19)}Z`;

/**
 * A decision on `playbook`'s current content, now, signed with this browser's key (made on the
 * first decision): the record to append, or why it cannot be made, in words.
 */
export async function signAsThisBrowser(
  playbook: Playbook,
  input: DecisionByThisBrowser,
): Promise<{ ok: true; record: ApprovalRecord } | { ok: false; message: string }> {
  const key = await ensureSigningKey();
  if (!key.ok) return { ok: false, message: `Your decision cannot be signed: ${key.message}` };
  const comment = input.comment.trim();
  const signed = await signedDecisionFor(
    playbook,
    {
      reviewer: input.reviewer,
      role: input.role,
      decision: input.decision,
      at: nowStamp(),
      ...(comment ? { comment } : {}),
    },
    asSigningKey(key.key),
  );
  if (signed.ok) return signed;
  const [first] = signed.errors;
  return { ok: false, message: `This decision cannot be made: ${first?.path} ${first?.message}.` };
}

/** A team file read from text: the team, or the first problem in words with its JSON Pointer. */
export type TeamRead = { ok: true; team: TeamFile } | { ok: false; message: string };

export async function readTeamText(text: string): Promise<TeamRead> {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, message: `This is not JSON: ${json.message}.` };
  const read = await readTeamFile(json.value);
  if (read.ok) return read;
  const [first] = read.errors;
  const more = read.errors.length > 1 ? ` (and ${read.errors.length - 1} more)` : '';
  return {
    ok: false,
    message: first ? `${first.path ? `${first.path}: ` : ''}${first.message}${more}.` : 'Not a team file.',
  };
}

/** Which team file applies to a playbook, and what it says. */
export type TeamState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ok'; scope: string; team: TeamFile; fileName?: string }
  | { status: 'invalid'; scope: string; message: string };

/**
 * The team file for a playbook: its own when it has one, else the library's (spec 8.1 leaves the
 * place to the team; a playbook kept in another repository can carry another team's file).
 */
export function useTeamFor(playbookId: string | null): TeamState {
  const own = useQuery({
    ...reviewIdentity.teamFile(playbookId ?? ''),
    enabled: playbookId !== null,
  });
  const library = useQuery(reviewIdentity.teamFile(LIBRARY_TEAM_SCOPE));
  const record = own.data ?? library.data ?? null;
  const read = useQuery({
    queryKey: ['review-identity', 'team-read', record?.text ?? ''],
    queryFn: () => readTeamText(record?.text ?? ''),
    enabled: record !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if ((playbookId !== null && own.isPending) || library.isPending) return { status: 'loading' };
  if (record === null) return { status: 'none' };
  if (!read.data) return { status: 'loading' };
  if (!read.data.ok) return { status: 'invalid', scope: record.scope, message: read.data.message };
  return {
    status: 'ok',
    scope: record.scope,
    team: read.data.team,
    ...(record.fileName ? { fileName: record.fileName } : {}),
  };
}

/** The same outside React: the team a returned decision or a signature check is judged by. */
export async function teamFor(playbookId: string | null): Promise<TeamState> {
  const fetch = (scope: string) => queryClient.fetchQuery(reviewIdentity.teamFile(scope)).catch(() => null);
  const record = (playbookId ? await fetch(playbookId) : null) ?? (await fetch(LIBRARY_TEAM_SCOPE));
  if (!record) return { status: 'none' };
  const read = await readTeamText(record.text);
  if (!read.ok) return { status: 'invalid', scope: record.scope, message: read.message };
  return { status: 'ok', scope: record.scope, team: read.team };
}

/** Stores a team file for a scope (the library, or one playbook). */
export async function saveTeamFile(input: {
  scope: string;
  text: string;
  fileName?: string;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  const saved = await mutate(reviewIdentity.saveTeamFile(), input);
  return saved.ok ? { ok: true } : { ok: false, message: saved.error.message };
}

export async function removeTeamFile(scope: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const removed = await mutate(reviewIdentity.removeTeamFile(), scope);
  return removed.ok ? { ok: true } : { ok: false, message: removed.error.message };
}

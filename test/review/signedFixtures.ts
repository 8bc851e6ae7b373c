import type { ApprovalRecord, Playbook } from '../../src/domain/types';
import { reviewStatus } from '../../src/review/reviewStatus';
import { signedDecisionFor } from '../../src/review/signedDecision';
import { generateSigningKey, type SigningKey } from '../../src/review/signing/keys';
import { parseTeamFile } from '../../src/review/team/parseTeam';
import { type TeamFile, teamEntry } from '../../src/review/team/teamSchema';
import { example } from './examples';

/** A person with their own key, as a browser profile would make it (non-extractable). */
export interface Signer {
  name: string;
  roles: string[];
  key: SigningKey;
}

export async function signer(name: string, roles: string[]): Promise<Signer> {
  return { name, roles, key: await generateSigningKey({ extractable: false }) };
}

/** A team file listing these people with their keys, checked by the parser. */
export function teamOf(...people: Signer[]): TeamFile {
  const parsed = parseTeamFile({
    rollbookTeam: 1,
    name: 'Payments operations',
    people: people.map((person) => teamEntry(person.name, person.roles, person.key.publicJwk)),
  });
  if (!parsed.ok) throw new Error(`Team fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.team;
}

export interface DecisionSpec {
  by: Signer;
  reviewer?: string;
  role?: string;
  decision?: ApprovalRecord['decision'];
  at?: string;
  comment?: string;
}

/** A decision on `playbook`'s current content, signed by `spec.by` (reviewer and role default to theirs). */
export async function decide(playbook: Playbook, spec: DecisionSpec, index = 0): Promise<ApprovalRecord> {
  const result = await signedDecisionFor(
    playbook,
    {
      reviewer: spec.reviewer ?? spec.by.name,
      role: spec.role ?? spec.by.roles[0] ?? 'ops-lead',
      decision: spec.decision ?? 'approved',
      at: spec.at ?? `2025-07-04T10:0${index}:00Z`,
      ...(spec.comment === undefined ? {} : { comment: spec.comment }),
    },
    spec.by.key,
  );
  if (!result.ok) throw new Error(`Decision fixture refused: ${JSON.stringify(result.errors)}`);
  return result.record;
}

/** The playbook carrying exactly these records. */
export function withRecords(playbook: Playbook, approvals: ApprovalRecord[]): Playbook {
  return { ...playbook, review: { approvals } };
}

/** order-fulfilment-rollback (author dana, ops-lead approves, 1 approval required). */
export const base = (): Playbook => example('order-fulfilment-rollback');

/** The approval status against the team file. */
export const statusWith = (playbook: Playbook, team: TeamFile) => reviewStatus(playbook, { team });

import { ApprovalRecordSchema } from '../domain/schema/review';
import type { ApprovalRecord, Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import { fromZodIssues } from '../domain/zodIssues';
import { describeVerdict } from './approvalWording';
import { canonicalJson } from './canonicalJson';
import { contentHash } from './contentHash';
import { checkDecisionSignatures, type SignatureReason } from './decisionSignatures';
import type { TeamFile } from './team/teamSchema';

/** Why a decision sent back by a reviewer (a link or a file) is not added to the playbook. */
export type IncomingRefusal = 'malformed' | 'other-version' | 'already-recorded' | SignatureReason;

export type IncomingDecisionResult =
  | { ok: true; record: ApprovalRecord; verified: boolean }
  | { ok: false; reason: IncomingRefusal; message: string; errors?: ValidationError[] };

/**
 * Checks a decision that arrives from another machine before the author appends it to
 * `review.approvals`: it must be a well-formed record, made for this playbook's current content
 * (another version, or another playbook, has another hash), not already recorded, and, with a
 * team file, verified (spec 8.1). Without a team file it is accepted unverified, as the app works
 * without one. Refusals are values with a plain message; nothing is thrown for bad input.
 */
export async function checkIncomingDecision(
  playbook: Playbook,
  input: unknown,
  team?: TeamFile,
): Promise<IncomingDecisionResult> {
  const parsed = ApprovalRecordSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fromZodIssues(parsed.error.issues, input);
    return {
      ok: false,
      reason: 'malformed',
      message: 'This is not a review decision Rollbook can read.',
      errors,
    };
  }
  const record = parsed.data;
  if (record.contentHash !== (await contentHash(playbook)))
    return {
      ok: false,
      reason: 'other-version',
      message: `This decision was made on other content (another version, or another playbook): ${record.contentHash}.`,
    };
  const text = canonicalJson(record);
  if (playbook.review.approvals.some((existing) => canonicalJson(existing) === text))
    return { ok: false, reason: 'already-recorded', message: 'This decision is already recorded.' };
  if (!team) return { ok: true, record, verified: false };
  const [reasons = []] = (await checkDecisionSignatures([record], team)).reasons;
  const [first] = reasons;
  if (first === undefined) return { ok: true, record, verified: true };
  return { ok: false, reason: first, message: `${describeVerdict(record, reasons, [])}.` };
}

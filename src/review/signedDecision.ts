import { ApprovalRecordSchema } from '../domain/schema/review';
import type { ApprovalRecord, Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import { fromZodIssues } from '../domain/zodIssues';
import { contentHash } from './contentHash';
import type { SigningKey } from './signing/keys';
import { signDecision } from './signing/signDecision';

/** What a reviewer decides; the content hash is the playbook's own, never given. */
export interface DecisionInput {
  reviewer: string;
  role: string;
  decision: ApprovalRecord['decision'];
  /** UTC timestamp; the caller reads the clock (the pure core never does). */
  at: string;
  comment?: string;
}

export type SignedDecisionResult =
  | { ok: true; record: ApprovalRecord }
  | { ok: false; errors: ValidationError[] };

/**
 * A decision on the playbook's current content, signed with `key`: the record to append to
 * `review.approvals` (the app's Approve and Request changes, `rollbook review sign`). A decision
 * the format refuses (an empty reviewer, a role that is not an id) is an error value with the
 * member's JSON Pointer, relative to the record (`/role`).
 */
export async function signedDecisionFor(
  playbook: Playbook,
  input: DecisionInput,
  key: SigningKey,
): Promise<SignedDecisionResult> {
  const unsigned = {
    reviewer: input.reviewer,
    role: input.role,
    decision: input.decision,
    at: input.at,
    contentHash: await contentHash(playbook),
    ...(input.comment === undefined ? {} : { comment: input.comment }),
  };
  const checked = ApprovalRecordSchema.safeParse(unsigned);
  if (!checked.success) return { ok: false, errors: fromZodIssues(checked.error.issues, unsigned) };
  return { ok: true, record: await signDecision(checked.data, key) };
}

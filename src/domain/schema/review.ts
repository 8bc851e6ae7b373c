import { z } from 'zod';
import { lazySchema, unwrapped } from './lazySchema';
import { IdSchema, TimestampSchema } from './scalars';

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;

/**
 * A decision's signature (spec section 8.1): `alg` "ES256", `kid` the RFC 7638 thumbprint of the
 * signer's key, `value` the 64-byte r ‖ s, both base64url. Only the members are checked here, not
 * their values: a signature that is malformed is simply one that does not verify (src/review/
 * says why), and must not make the whole playbook unreadable, in the app or in `rollbook`.
 */
export const DecisionSignatureSchema = lazySchema(() =>
  z.strictObject({
    alg: z.string(),
    kid: z.string(),
    value: z.string(),
  }),
);

/** One reviewer's decision, bound to the content hash it was made for (spec section 8). */
export const ApprovalRecordSchema = lazySchema(() =>
  z.strictObject({
    reviewer: z.string().min(1),
    role: unwrapped(IdSchema),
    decision: z.enum(REVIEW_DECISIONS),
    at: unwrapped(TimestampSchema),
    contentHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, { error: 'Must be "sha256:" and 64 lower-case hex digits' }),
    comment: z.string().optional(),
    signature: unwrapped(DecisionSignatureSchema).optional(),
  }),
);

export const ReviewSchema = lazySchema(() =>
  z.strictObject({
    approvals: z.array(unwrapped(ApprovalRecordSchema)).default([]),
  }),
);

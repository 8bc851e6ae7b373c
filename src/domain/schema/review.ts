import { z } from 'zod';
import { IdSchema, TimestampSchema } from './scalars';

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;

/**
 * A decision's signature (spec section 8.1): ES256 by the reviewer's own key. `kid` is the RFC 7638
 * thumbprint (SHA-256, 43 base64url characters), `value` the 64-byte r ‖ s (86 characters). Whether
 * it verifies is decided against a team file (src/review/), not here.
 */
export const DecisionSignatureSchema = z.strictObject({
  alg: z.literal('ES256'),
  kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/, {
    error: 'Must be a key thumbprint: 43 base64url characters (SHA-256, RFC 7638)',
  }),
  value: z.string().regex(/^[A-Za-z0-9_-]{86}$/, {
    error: 'Must be an ES256 signature: 86 base64url characters (64 bytes, r and s)',
  }),
});

/** One reviewer's decision, bound to the content hash it was made for (spec section 8). */
export const ApprovalRecordSchema = z.strictObject({
  reviewer: z.string().min(1),
  role: IdSchema,
  decision: z.enum(REVIEW_DECISIONS),
  at: TimestampSchema,
  contentHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, { error: 'Must be "sha256:" and 64 lower-case hex digits' }),
  comment: z.string().optional(),
  signature: DecisionSignatureSchema.optional(),
});

export const ReviewSchema = z.strictObject({
  approvals: z.array(ApprovalRecordSchema).default([]),
});

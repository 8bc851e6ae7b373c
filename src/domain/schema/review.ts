import { z } from 'zod';
import { IdSchema, TimestampSchema } from './scalars';

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;

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
});

export const ReviewSchema = z.strictObject({
  approvals: z.array(ApprovalRecordSchema).default([]),
});

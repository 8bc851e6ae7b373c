import { z } from 'zod';
import { lazySchema, unwrapped } from './lazySchema';
import { IdSchema } from './scalars';

export const EDGE_KINDS = ['next', 'failure', 'compensate', 'branch'] as const;

/** A link between two nodes (spec section 4); the kind rules are checked in the reference pass. */
export const EdgeSchema = lazySchema(() =>
  z.strictObject({
    id: unwrapped(IdSchema),
    source: unwrapped(IdSchema),
    target: unwrapped(IdSchema),
    kind: z.enum(EDGE_KINDS),
    when: z.boolean().optional(),
    label: z.string().optional(),
  }),
);

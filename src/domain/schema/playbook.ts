import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, PLAYBOOK_FORMAT } from '../schemaVersion';
import { DataModelSchema, DatasetSchema } from './dataModel';
import { EdgeSchema } from './edges';
import { lazySchema, unwrapped } from './lazySchema';
import { NodeSchema } from './nodes';
import { ReviewSchema } from './review';
import { DurationSchema, IdSchema, TimestampSchema } from './scalars';
import { ScenarioSchema } from './scenario';

export { CURRENT_SCHEMA_VERSION, PLAYBOOK_FORMAT } from '../schemaVersion';

export const PERMISSIONS = ['initiate', 'approve', 'override', 'execute'] as const;

export const RoleSchema = lazySchema(() =>
  z.strictObject({
    id: unwrapped(IdSchema),
    name: z.string().min(1, { error: 'A role needs a name' }),
    permissions: z.array(z.enum(PERMISSIONS)).default([]),
  }),
);

export const MetadataSchema = lazySchema(() =>
  z.strictObject({
    author: z.string().optional(),
    createdAt: unwrapped(TimestampSchema).optional(),
    updatedAt: unwrapped(TimestampSchema).optional(),
    tags: z.array(z.string()).optional(),
  }),
);

export const ObjectivesSchema = lazySchema(() =>
  z.strictObject({
    rto: unwrapped(DurationSchema).optional(),
    rpo: unwrapped(DurationSchema).optional(),
    terminationCriteria: z.string().optional(),
  }),
);

export const GovernanceSchema = lazySchema(() =>
  z.strictObject({
    requiredApprovals: z.int().min(0).default(1),
    approverRoles: z.array(unwrapped(IdSchema)).default([]),
  }),
);

/** The known top-level keys; any other key must start with `x-` (kept verbatim). */
export const PLAYBOOK_KEYS: ReadonlySet<string> = new Set([
  'format',
  'schemaVersion',
  'id',
  'name',
  'description',
  'revision',
  'metadata',
  'objectives',
  'roles',
  'governance',
  'dataModel',
  'dataset',
  'nodes',
  'edges',
  'scenarios',
  'review',
]);

/** The members of {@link PLAYBOOK_KEYS}, built with the playbook schema (test/domain checks they agree). */
const playbookShape = () => ({
  format: z.literal(PLAYBOOK_FORMAT, {
    error: `Must be "${PLAYBOOK_FORMAT}": this is not a Rollbook playbook`,
  }),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: unwrapped(IdSchema),
  name: z
    .string({ error: 'The playbook needs a name' })
    .min(1, { error: 'The name is empty' })
    .max(200, { error: 'The name is longer than 200 characters' }),
  description: z.string().optional(),
  revision: z.int().min(1, { error: 'The revision is at least 1' }).default(1),
  metadata: unwrapped(MetadataSchema).default({}),
  objectives: unwrapped(ObjectivesSchema).default({}),
  roles: z.array(unwrapped(RoleSchema)).default([]),
  governance: unwrapped(GovernanceSchema).default({ requiredApprovals: 1, approverRoles: [] }),
  dataModel: unwrapped(DataModelSchema).default({ entities: [] }),
  dataset: unwrapped(DatasetSchema).default({}),
  nodes: z.array(unwrapped(NodeSchema), { error: 'The playbook needs a list of nodes' }),
  edges: z.array(unwrapped(EdgeSchema), { error: 'The playbook needs a list of edges' }),
  scenarios: z.array(unwrapped(ScenarioSchema)).default([]),
  review: unwrapped(ReviewSchema).default({ approvals: [] }),
});

/** An extension key: any top-level key starting with `x-`. */
export const isExtensionKey = (key: string): boolean => key.startsWith('x-');

/**
 * The playbook file (spec section 1). Shape only: references between its parts are checked by
 * `checkReferences`, which `parsePlaybook` runs after this.
 */
export const PlaybookSchema = lazySchema(() =>
  z.looseObject(playbookShape()).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!PLAYBOOK_KEYS.has(key) && !isExtensionKey(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown field "${key}". Extension fields must start with "x-" (such as "x-${key}")`,
        });
      }
    }
  }),
);

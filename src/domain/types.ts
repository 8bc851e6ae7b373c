import type { z } from 'zod';
import type { EntitySchema, FieldSchema } from './schema/dataModel';
import type { EdgeSchema } from './schema/edges';
import type { EffectSchema } from './schema/effects';
import type { InvariantSchema } from './schema/invariants';
import type { NodeSchema } from './schema/nodes';
import type { PlaybookSchema, RoleSchema } from './schema/playbook';
import type { ApprovalRecordSchema } from './schema/review';
import type { ExpectSchema, FaultSchema, ScenarioSchema } from './schema/scenario';

/** A parsed playbook: every default applied (spec section 1). */
export type Playbook = z.output<typeof PlaybookSchema>;
/** A playbook as written in a file, before defaults. */
export type PlaybookInput = z.input<typeof PlaybookSchema>;

export type PlaybookNode = z.output<typeof NodeSchema>;
export type NodeKind = PlaybookNode['kind'];
/** The node of one kind: `NodeOf<'step'>`. */
export type NodeOf<K extends NodeKind> = Extract<PlaybookNode, { kind: K }>;

export type Edge = z.output<typeof EdgeSchema>;
export type EdgeKind = Edge['kind'];
export type Effect = z.output<typeof EffectSchema>;
export type Invariant = z.output<typeof InvariantSchema>;
export type Entity = z.output<typeof EntitySchema>;
export type Field = z.output<typeof FieldSchema>;
export type Role = z.output<typeof RoleSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
export type Fault = z.output<typeof FaultSchema>;
export type FaultType = Fault['type'];
export type Expect = z.output<typeof ExpectSchema>;
export type ApprovalRecord = z.output<typeof ApprovalRecordSchema>;
export type DataRecord = Record<string, unknown>;
export type Dataset = Record<string, DataRecord[]>;

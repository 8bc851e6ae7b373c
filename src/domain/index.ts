/** The playbook format (spec sections 1–4, 7, 8): schema, types, parse, migrations, edge rules. */
export * from './edgeRules';
export * from './expressions';
export * from './migrations';
export * from './parse';
export * from './schema/dataModel';
export * from './schema/edges';
export * from './schema/effects';
export * from './schema/invariants';
export * from './schema/nodes';
export * from './schema/playbook';
export * from './schema/review';
export * from './schema/scalars';
export * from './schema/scenario';
export * from './templates';
export type * from './types';
export * from './validationError';

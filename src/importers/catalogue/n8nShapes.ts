import type { CatalogueEntry, OperationEffect } from './types';

/** One n8n action node of the catalogue (`N8N_NODES` in n8n.ts, messaging apps in n8nMessaging.ts). */
export interface N8nNodeEntry {
  app: string;
  defaultResource?: string;
  defaultOperation?: string;
  /** n8n's default operation per resource, where it differs from `defaultOperation`. */
  defaultOperations?: Readonly<Record<string, string>>;
  ops: Readonly<Record<string, OperationEffect>>;
  /** Parameters that name what the node touches (a table, a sheet), in order of preference. */
  resourceParams?: readonly string[];
  channel?: CatalogueEntry['channel'];
  /** Undo wording per effect, where the generic one would mislead. */
  undo?: Partial<Record<OperationEffect, string>>;
}

export const CRUD: Readonly<Record<string, OperationEffect>> = {
  create: 'create',
  get: 'read',
  getAll: 'read',
  search: 'read',
  update: 'update',
  upsert: 'update',
  delete: 'delete',
};

export const SQL: Readonly<Record<string, OperationEffect>> = {
  select: 'read',
  insert: 'create',
  update: 'update',
  upsert: 'update',
  deleteTable: 'delete',
  // A raw query can do anything: the importer asks the author (see docs/importers.md).
};

export const MESSAGE_SENDS = { send: 'send', reply: 'send', sendAndWait: 'send' } as const;

import type { NOTIFY_CHANNELS } from '../../domain/schema/nodes';

/** What an operation does to data outside the workflow; it decides the undo the builder proposes. */
export type OperationEffect = 'read' | 'create' | 'update' | 'delete' | 'send' | 'charge';

export const OPERATION_EFFECTS: readonly OperationEffect[] = [
  'read',
  'create',
  'update',
  'delete',
  'send',
  'charge',
];

/** One known connector operation: what it does and the undo to propose. */
export interface CatalogueEntry {
  /** The system as people name it: "Google Sheets". */
  app: string;
  effect: OperationEffect;
  /** What it touches when the workflow does not say (becomes the guessed entity): "contacts". */
  resource?: string;
  /** The undo to propose, in words; absent: the wording for the effect (`undoWording`). */
  undo?: string;
  /** For sends: how the message goes out. */
  channel?: (typeof NOTIFY_CHANNELS)[number];
}

/** The undo proposed for each effect when an entry has no wording of its own (issue 14 item 4). */
export const UNDO_WORDING: Readonly<Record<OperationEffect, string | null>> = {
  read: null,
  create: 'delete what it created',
  update: 'put back the values it changed',
  delete: 'put back what it deleted, from the snapshot taken before it',
  charge: 'refund the payment',
  send: null,
};

export const undoWording = (entry: Pick<CatalogueEntry, 'effect' | 'undo'>): string | null =>
  entry.undo ?? UNDO_WORDING[entry.effect];

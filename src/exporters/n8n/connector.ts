import type { NodeOf, PlaybookNode } from '../../domain/types';
import { N8N_NODES, type OperationEffect } from '../../importers/catalogue';

/** An n8n connector node for an undo: the node type, and the operation when the catalogue names one. */
export interface ConnectorChoice {
  type: string;
  app: string;
  resource?: string;
  operation?: string;
}

/** What a playbook effect's `op` does, in the catalogue's words. */
const EFFECT_OF_OP: Readonly<Record<string, OperationEffect>> = {
  insert: 'create',
  update: 'update',
  delete: 'delete',
};

/** What putting back a step's effect does: an insert is undone by a delete, and so on. */
const INVERSE: Readonly<Record<OperationEffect, OperationEffect | undefined>> = {
  create: 'delete',
  update: 'update',
  delete: 'create',
  charge: undefined,
  send: undefined,
  read: undefined,
};

/** The catalogue's effect of the undo: its own effects, or the inverse of its step's first effect. */
function undoEffect(
  compensation: NodeOf<'compensation'>,
  step: PlaybookNode | undefined,
): OperationEffect | undefined {
  if (compensation.strategy === 'effects') {
    const first = compensation.effects[0];
    return first ? EFFECT_OF_OP[first.op] : undefined;
  }
  const first = step?.kind === 'step' ? step.effects[0] : undefined;
  const forward = first ? EFFECT_OF_OP[first.op] : undefined;
  return forward ? INVERSE[forward] : undefined;
}

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The catalogue's n8n node for the system an undo talks to ("Google Sheets", "HubSpot"): the same
 * table the n8n importer reads, in reverse, so an imported workflow exports back to its own nodes.
 * Undefined when the system is not a catalogue app (the export then writes a marked HTTP Request).
 */
export function connectorFor(
  compensation: NodeOf<'compensation'>,
  step: PlaybookNode | undefined,
): ConnectorChoice | undefined {
  const system = compensation.system ?? (step?.kind === 'step' ? step.system : undefined);
  if (system === undefined) return undefined;
  const wanted = normalise(system);
  const found = Object.entries(N8N_NODES).find(([, entry]) => normalise(entry.app) === wanted);
  if (!found) return undefined;
  const [type, entry] = found;
  const effect = undoEffect(compensation, step);
  const key = effect ? Object.keys(entry.ops).find((op) => entry.ops[op] === effect) : undefined;
  if (key === undefined) return { type, app: entry.app };
  const [resource, operation] = key.includes(':') ? key.split(':', 2) : [entry.defaultResource, key];
  return {
    type,
    app: entry.app,
    ...(resource !== undefined ? { resource } : {}),
    ...(operation !== undefined ? { operation } : {}),
  };
}

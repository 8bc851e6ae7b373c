import type { Entity, NodeOf, Playbook, PlaybookNode } from '../domain/types';
import type { GraphIndex } from './graphIndex';

/**
 * What the three personal-data rules (spec section 2, "Personal data and retention") share: which
 * entities hold personal data, what a checkpoint or restore covers, what an erasure step erases,
 * and which nodes a run can reach from a node. Decisions are in docs/format-decisions.md (20-26).
 */

/** The rules about personal data, which the Problems panel lists in a group of their own. */
export const PERSONAL_DATA_RULE_IDS: ReadonlySet<string> = new Set([
  'restore-resurrects-erased',
  'snapshot-retention',
  'snapshot-minimal',
]);

/** Entities with at least one field marked `personal`, by name. */
export function personalEntities(playbook: Playbook): ReadonlyMap<string, Entity> {
  const out = new Map<string, Entity>();
  for (const entity of playbook.dataModel.entities)
    if (entity.fields.some((field) => field.personal === true)) out.set(entity.name, entity);
  return out;
}

/** The names of the personal fields of an entity. */
export function personalFieldNames(entity: Entity): string[] {
  return entity.fields.filter((field) => field.personal === true).map((field) => field.name);
}

/** The entities a checkpoint's snapshot holds: `*` is every entity of the data model. */
export function snapshotEntities(playbook: Playbook, checkpoint: NodeOf<'checkpoint'>): string[] {
  if (checkpoint.entities.includes('*')) return playbook.dataModel.entities.map((entity) => entity.name);
  return checkpoint.entities;
}

/** The entities a restore puts back: its own `entities`, else everything its checkpoint took. */
export function restoredEntities(
  playbook: Playbook,
  restore: NodeOf<'restore'>,
  checkpoint: NodeOf<'checkpoint'>,
): string[] {
  return restore.entities ?? snapshotEntities(playbook, checkpoint);
}

/** The entities an `erasure` step deletes from or changes (an insert erases nothing); empty for any other node. */
export function erasedEntities(node: PlaybookNode): Set<string> {
  const out = new Set<string>();
  if (node.kind !== 'step' || node.erasure !== true) return out;
  for (const effect of node.effects) if (effect.op !== 'insert') out.add(effect.entity);
  return out;
}

/** The entities a step's before-images can hold changed or deleted records of (what `revert` writes back). */
export function revertibleEntities(node: PlaybookNode): Set<string> {
  const out = new Set<string>();
  if (node.kind !== 'step') return out;
  for (const effect of node.effects) if (effect.op !== 'insert') out.add(effect.entity);
  return out;
}

/** The entities a node really changes: a step's effects, or an `effects` compensation's. */
export function changedEntities(node: PlaybookNode): Set<string> {
  const out = new Set<string>();
  const effects =
    node.kind === 'step' || (node.kind === 'compensation' && node.strategy === 'effects') ? node.effects : [];
  for (const effect of effects) out.add(effect.entity);
  return out;
}

/**
 * The nodes a run can reach after `start` (excluded unless a loop returns to it), over every edge
 * kind: next, branch, failure, and compensate (a compensation may run once its step completed).
 * Memoized per index and start, since the rules ask the same few starts again.
 */
export function reachableAfter(index: GraphIndex, start: number): Uint8Array {
  let byStart = reachCache.get(index);
  if (!byStart) {
    byStart = new Map();
    reachCache.set(index, byStart);
  }
  const known = byStart.get(start);
  if (known) return known;
  const seen = new Uint8Array(index.nodes.length);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of index.outgoing[queue[head]!]!) {
      if (seen[edge.to]) continue;
      seen[edge.to] = 1;
      queue.push(edge.to);
    }
  }
  byStart.set(start, seen);
  return seen;
}

const reachCache = new WeakMap<GraphIndex, Map<number, Uint8Array>>();

/** "a", "a" and "b", "a, b and c": entity names in a message. */
export function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

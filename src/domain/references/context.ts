import type { PathSegment } from '../../lib/jsonPointer';
import type { Entity, PlaybookNode } from '../types';

/** Records one problem: where (path), what, and the node or edge it concerns. */
export type Report = (path: PathSegment[], message: string, target?: string) => void;

/** A node by id (the first of a repeated id), read from the shared node positions. */
export interface NodeLookup {
  get(id: string): PlaybookNode | undefined;
  has(id: string): boolean;
}

/** What the node and scenario checks look names up in, built once by the id and model checks. */
export interface Context {
  entities: Map<string, Entity>;
  nodesById: NodeLookup;
  roleIds: Set<string>;
}

/** Field names per entity, computed once: effects and records are checked against them often. */
const fieldSets = new WeakMap<Entity, Set<string>>();
export function hasField(entity: Entity, name: string): boolean {
  let names = fieldSets.get(entity);
  if (!names) {
    names = new Set(entity.fields.map((field) => field.name));
    fieldSets.set(entity, names);
  }
  return names.has(name);
}

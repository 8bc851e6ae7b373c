import type { Edge, Entity, Playbook, PlaybookNode, Role, Scenario } from '../domain/types';

/** An item with the list index it sits at (or is to be put at). */
export interface Indexed<T> {
  index: number;
  value: T;
}

/** Where a node sits on the canvas; `undefined` means the document gives it no position. */
export type NodePosition = { x: number; y: number } | undefined;

/** The records of one entity in the dataset, as the schema types them. */
export type DatasetRecords = Playbook['dataset'][string];

/** The playbook-level fields the settings panel edits. */
export type PlaybookSettings = Pick<
  Playbook,
  'description' | 'objectives' | 'roles' | 'governance' | 'metadata' | 'revision' | 'id'
>;

/**
 * Every edit of a document, as plain data (`noun.verb`, after diagram-js). Each has an inverse
 * computed by `applyCommand`, so undo, redo, autosave and "what changed" read one stream.
 * List edits (`entity.update`, `scenario.update`, `role.update`) put `value` at `index`:
 * `insert` adds it there, `value: null` removes the item, otherwise the item is replaced.
 */
export type Command =
  | { type: 'node.add'; nodes: Indexed<PlaybookNode>[]; edges: Indexed<Edge>[] }
  | { type: 'node.delete'; ids: string[]; edgeIds: string[] }
  | { type: 'node.move'; moves: { id: string; position: NodePosition }[] }
  | { type: 'node.update'; id: string; node: PlaybookNode }
  | { type: 'node.rename'; from: string; to: string }
  | { type: 'edge.connect'; edges: Indexed<Edge>[] }
  | { type: 'edge.delete'; ids: string[] }
  | { type: 'edge.update'; id: string; edge: Edge }
  | { type: 'entity.update'; index: number; value: Entity | null; insert?: boolean }
  | { type: 'role.update'; index: number; value: Role | null; insert?: boolean }
  | { type: 'scenario.update'; index: number; value: Scenario | null; insert?: boolean }
  | { type: 'dataset.update'; entity: string; records: DatasetRecords | null }
  | { type: 'playbook.rename'; name: string }
  | { type: 'playbook.update'; changes: Partial<PlaybookSettings>; removed?: (keyof PlaybookSettings)[] }
  | { type: 'document.replace'; document: Playbook }
  | { type: 'batch'; label: string; commands: Command[] };

export type CommandType = Command['type'];

/** The result of applying a command: the new document and the command that undoes it. */
export type ApplyResult = { ok: true; document: Playbook; inverse: Command } | { ok: false; reason: string };

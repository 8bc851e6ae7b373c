import type { Connection } from '@xyflow/react';
import { blankPlaybook } from '../commands/blankPlaybook';
import { freshId, ID_PREFIXES, idsInUse } from '../commands/ids';
import { newNode } from '../commands/newNode';
import { renamePlaybook } from '../commands/playbookRename';
import type { Command, DatasetRecords, NodePosition, PlaybookSettings } from '../commands/types';
import type { Edge, Entity, NodeKind, Playbook, PlaybookNode, Role, Scenario } from '../domain/types';
import { checkConnection } from '../graph/connectionRules';
import { edgeKindOfHandle } from '../graph/edgeNames';
import { selectOnly } from './canvasStore';
import { dispatch, documentStore, loadDocument, redoLast, undoLast } from './documentStore';
import { openPlaybookWasExported } from './exportLog';

/**
 * What people do to the document, named as events (zustand maintainers' advice). Each becomes
 * one named command, so one gesture is one undo step. Returns the refusal reason, if any.
 */
const actions = {
  nodesDragged(moves: { id: string; position: NodePosition }[]): string | null {
    const { document } = documentStore.getState();
    const byId = new Map(document.nodes.map((node) => [node.id, node]));
    const changed = moves.filter((move) => {
      const old = byId.get(move.id)?.position;
      return !old || !move.position || old.x !== move.position.x || old.y !== move.position.y;
    });
    if (changed.length === 0) return null;
    return dispatch({ type: 'node.move', moves: changed });
  },

  edgeConnected(connection: Pick<Connection, 'source' | 'target' | 'sourceHandle'>): string | null {
    const { document } = documentStore.getState();
    const shape = edgeKindOfHandle(connection.sourceHandle);
    const verdict = checkConnection(document, {
      source: connection.source,
      target: connection.target,
      ...shape,
    });
    if (!verdict.ok) {
      documentStore.setState({ refusal: verdict.reason });
      return verdict.reason;
    }
    const edge: Edge = {
      id: freshId('e', idsInUse(document)),
      source: connection.source,
      target: connection.target,
      ...shape,
    };
    return dispatch({ type: 'edge.connect', edges: [{ index: document.edges.length, value: edge }] });
  },

  paletteKindAdded(kind: NodeKind, position: { x: number; y: number }): string | null {
    const { document } = documentStore.getState();
    const id = freshId(ID_PREFIXES[kind], idsInUse(document));
    const node = newNode(kind, id, position, document);
    const refusal = dispatch({
      type: 'node.add',
      nodes: [{ index: document.nodes.length, value: node }],
      edges: [],
    });
    if (!refusal) selectOnly([id]);
    return refusal;
  },

  selectionDeleted(nodeIds: string[], edgeIds: string[]): string | null {
    if (nodeIds.length === 0 && edgeIds.length === 0) return null;
    if (nodeIds.length === 0) return dispatch({ type: 'edge.delete', ids: edgeIds });
    return dispatch({ type: 'node.delete', ids: nodeIds, edgeIds });
  },

  /** A field of a node edited in the inspector; keystrokes in one field make one undo step. */
  nodeEdited(node: PlaybookNode, field: string): string | null {
    return dispatch({ type: 'node.update', id: node.id, node }, `node:${node.id}:${field}`);
  },

  /** A node's id changed in the inspector; everything that names it follows, in one step. */
  nodeRenamed(from: string, to: string): string | null {
    const refusal = dispatch({ type: 'node.rename', from, to });
    if (!refusal) selectOnly([to]);
    return refusal;
  },

  edgeEdited(edge: Edge, field: string): string | null {
    return dispatch({ type: 'edge.update', id: edge.id, edge }, `edge:${edge.id}:${field}`);
  },

  entityEdited(index: number, value: Entity | null, insert = false, field = ''): string | null {
    return dispatch(
      { type: 'entity.update', index, value, insert },
      insert || value === null || !field ? undefined : `entity:${index}:${field}`,
    );
  },

  roleEdited(index: number, value: Role | null, insert = false, field = ''): string | null {
    return dispatch(
      { type: 'role.update', index, value, insert },
      insert || value === null || !field ? undefined : `role:${index}:${field}`,
    );
  },

  scenarioEdited(index: number, value: Scenario | null, insert = false, field = ''): string | null {
    return dispatch(
      { type: 'scenario.update', index, value, insert },
      insert || value === null || !field ? undefined : `scenario:${index}:${field}`,
    );
  },

  datasetEdited(entity: string, records: DatasetRecords | null, field = ''): string | null {
    return dispatch(
      { type: 'dataset.update', entity, records },
      records === null || !field ? undefined : `dataset:${entity}:${field}`,
    );
  },

  /** The id follows the name until the first export (issue 15): see `renamePlaybook`. */
  playbookRenamed(name: string): string | null {
    const { document } = documentStore.getState();
    return dispatch(renamePlaybook(document, name, openPlaybookWasExported()), 'playbook:name');
  },

  settingsEdited(
    changes: Partial<PlaybookSettings>,
    removed: (keyof PlaybookSettings)[] = [],
    field = '',
  ): string | null {
    return dispatch({ type: 'playbook.update', changes, removed }, field ? `settings:${field}` : undefined);
  },

  /** An imported file replaces the document as one undoable step, so an import never loses work. */
  documentImported(document: Playbook): string | null {
    return dispatch({ type: 'document.replace', document });
  },

  /** A blank canvas, as one undoable step: the document it replaces comes back with Undo. */
  blankPlaybookStarted(): string | null {
    return dispatch({ type: 'document.replace', document: blankPlaybook() });
  },

  /** Several edits as one undo step (paste, auto-layout). */
  batchApplied(label: string, commands: Command[]): string | null {
    return dispatch({ type: 'batch', label, commands });
  },

  undoRequested: undoLast,
  redoRequested: redoLast,
  documentOpened: loadDocument,
};

export type DocumentActions = typeof actions;

/** The same actions for code outside React (canvas change handlers). */
export const documentActions: DocumentActions = actions;

/** The document actions; a stable object, safe in dependency lists. */
export const useDocumentActions = (): DocumentActions => actions;

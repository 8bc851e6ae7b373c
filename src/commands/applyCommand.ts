import type { Edge, Playbook, PlaybookNode } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import { editSlot } from './listSlot';
import { renameNodeId, renameRefusal } from './renameNode';
import type { ApplyResult, Command, Indexed, PlaybookSettings } from './types';

const refuse = (reason: string): ApplyResult => ({ ok: false, reason });

/** Puts items at their indexes, lowest first, so a delete's inverse restores the exact order. */
function insertAt<T>(list: readonly T[], items: readonly Indexed<T>[]): T[] {
  const next = [...list];
  for (const item of [...items].sort((a, b) => a.index - b.index)) {
    next.splice(Math.min(item.index, next.length), 0, item.value);
  }
  return next;
}

function usedIds(document: Playbook): Set<string> {
  return new Set([...document.nodes.map((n) => n.id), ...document.edges.map((e) => e.id)]);
}

function addNodes(document: Playbook, command: Extract<Command, { type: 'node.add' }>): ApplyResult {
  const used = usedIds(document);
  for (const { value } of [...command.nodes, ...command.edges]) {
    if (used.has(value.id)) return refuse(`The id "${value.id}" is already used`);
    used.add(value.id);
  }
  const nodeIds = new Set([...document.nodes.map((n) => n.id), ...command.nodes.map((n) => n.value.id)]);
  for (const { value } of command.edges) {
    if (!nodeIds.has(value.source) || !nodeIds.has(value.target))
      return refuse(`Link "${value.id}" joins a node that does not exist`);
  }
  return {
    ok: true,
    document: {
      ...document,
      nodes: insertAt(document.nodes, command.nodes),
      edges: insertAt(document.edges, command.edges),
    },
    inverse: {
      type: 'node.delete',
      ids: command.nodes.map((n) => n.value.id),
      edgeIds: command.edges.map((e) => e.value.id),
    },
  };
}

function deleteNodes(document: Playbook, command: Extract<Command, { type: 'node.delete' }>): ApplyResult {
  const ids = new Set(command.ids);
  const edgeIds = new Set(command.edgeIds);
  const removedNodes: Indexed<PlaybookNode>[] = [];
  const removedEdges: Indexed<Edge>[] = [];
  const nodes = document.nodes.filter((node, index) => {
    if (!ids.has(node.id)) return true;
    removedNodes.push({ index, value: node });
    return false;
  });
  // An edge goes with either of its nodes: a dangling edge would make the file invalid.
  const edges = document.edges.filter((edge, index) => {
    if (!ids.has(edge.source) && !ids.has(edge.target) && !edgeIds.has(edge.id)) return true;
    removedEdges.push({ index, value: edge });
    return false;
  });
  if (removedNodes.length === 0 && removedEdges.length === 0) return refuse('Nothing to delete');
  return {
    ok: true,
    document: { ...document, nodes, edges },
    inverse: { type: 'node.add', nodes: removedNodes, edges: removedEdges },
  };
}

function moveNodes(document: Playbook, command: Extract<Command, { type: 'node.move' }>): ApplyResult {
  const targets = new Map(command.moves.map((move) => [move.id, move.position]));
  const undo: { id: string; position: PlaybookNode['position'] }[] = [];
  const nodes = document.nodes.map((node) => {
    if (!targets.has(node.id)) return node;
    undo.push({ id: node.id, position: node.position });
    const position = targets.get(node.id);
    if (position === undefined) {
      const { position: _dropped, ...rest } = node;
      return rest as PlaybookNode;
    }
    return { ...node, position: { x: position.x, y: position.y } };
  });
  if (undo.length === 0) return refuse('None of those nodes exist');
  return { ok: true, document: { ...document, nodes }, inverse: { type: 'node.move', moves: undo } };
}

function updateNode(document: Playbook, command: Extract<Command, { type: 'node.update' }>): ApplyResult {
  const index = document.nodes.findIndex((node) => node.id === command.id);
  const old = document.nodes[index];
  if (!old) return refuse(`Node "${command.id}" does not exist`);
  if (command.node.id !== command.id) return refuse('A node update cannot change the id');
  const nodes = [...document.nodes];
  nodes[index] = command.node;
  return {
    ok: true,
    document: { ...document, nodes },
    inverse: { type: 'node.update', id: command.id, node: old },
  };
}

function connectEdges(document: Playbook, command: Extract<Command, { type: 'edge.connect' }>): ApplyResult {
  const used = usedIds(document);
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  for (const { value } of command.edges) {
    if (used.has(value.id)) return refuse(`The id "${value.id}" is already used`);
    if (!nodeIds.has(value.source) || !nodeIds.has(value.target))
      return refuse(`Link "${value.id}" joins a node that does not exist`);
    used.add(value.id);
  }
  return {
    ok: true,
    document: { ...document, edges: insertAt(document.edges, command.edges) },
    inverse: { type: 'edge.delete', ids: command.edges.map((e) => e.value.id) },
  };
}

function deleteEdges(document: Playbook, command: Extract<Command, { type: 'edge.delete' }>): ApplyResult {
  const ids = new Set(command.ids);
  const removed: Indexed<Edge>[] = [];
  const edges = document.edges.filter((edge, index) => {
    if (!ids.has(edge.id)) return true;
    removed.push({ index, value: edge });
    return false;
  });
  if (removed.length === 0) return refuse('None of those links exist');
  return { ok: true, document: { ...document, edges }, inverse: { type: 'edge.connect', edges: removed } };
}

function updateEdge(document: Playbook, command: Extract<Command, { type: 'edge.update' }>): ApplyResult {
  const index = document.edges.findIndex((edge) => edge.id === command.id);
  const old = document.edges[index];
  if (!old) return refuse(`Link "${command.id}" does not exist`);
  // The same rule as edge.connect: a link may not point at a missing node. (Allowing it here made
  // the inverse of a later edge.delete, an edge.connect, refuse, and undo stopped half-way.)
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  if (!nodeIds.has(command.edge.source) || !nodeIds.has(command.edge.target))
    return refuse(`Link "${command.id}" would join a node that does not exist`);
  const edges = [...document.edges];
  edges[index] = command.edge;
  return {
    ok: true,
    document: { ...document, edges },
    inverse: { type: 'edge.update', id: command.id, edge: old },
  };
}

function updateSettings(
  document: Playbook,
  command: Extract<Command, { type: 'playbook.update' }>,
): ApplyResult {
  const next: Record<string, unknown> = { ...document };
  const previous: Partial<PlaybookSettings> = {};
  const absent: (keyof PlaybookSettings)[] = [];
  const keys = [...(Object.keys(command.changes) as (keyof PlaybookSettings)[]), ...(command.removed ?? [])];
  for (const key of keys) {
    if (key in document && document[key] !== undefined) Object.assign(previous, { [key]: document[key] });
    else absent.push(key);
  }
  Object.assign(next, command.changes);
  for (const key of command.removed ?? []) delete next[key];
  return {
    ok: true,
    document: next as Playbook,
    inverse: { type: 'playbook.update', changes: previous, removed: absent },
  };
}

/**
 * Applies one command to a document, purely. Returns the new document and the inverse command,
 * or a reason when the command cannot apply (a duplicate id, a node that is gone). The rules of
 * spec section 4 are not enforced here: undo must be able to restore any document exactly.
 */
export function applyCommand(document: Playbook, command: Command): ApplyResult {
  switch (command.type) {
    case 'node.add':
      return addNodes(document, command);
    case 'node.delete':
      return deleteNodes(document, command);
    case 'node.move':
      return moveNodes(document, command);
    case 'node.update':
      return updateNode(document, command);
    case 'node.rename': {
      const refusal = renameRefusal(document, command.from, command.to);
      if (refusal) return refuse(refusal);
      return {
        ok: true,
        document: renameNodeId(document, command.from, command.to),
        inverse: { type: 'node.rename', from: command.to, to: command.from },
      };
    }
    case 'edge.connect':
      return connectEdges(document, command);
    case 'edge.delete':
      return deleteEdges(document, command);
    case 'edge.update':
      return updateEdge(document, command);
    case 'entity.update': {
      const edit = editSlot(document.dataModel.entities, command.index, command.value, command.insert);
      if (!edit) return refuse('That entity does not exist');
      return {
        ok: true,
        document: { ...document, dataModel: { ...document.dataModel, entities: edit.list } },
        inverse: { type: 'entity.update', ...edit.undo },
      };
    }
    case 'role.update': {
      const edit = editSlot(document.roles, command.index, command.value, command.insert);
      if (!edit) return refuse('That role does not exist');
      return {
        ok: true,
        document: { ...document, roles: edit.list },
        inverse: { type: 'role.update', ...edit.undo },
      };
    }
    case 'scenario.update': {
      const edit = editSlot(document.scenarios, command.index, command.value, command.insert);
      if (!edit) return refuse('That scenario does not exist');
      return {
        ok: true,
        document: { ...document, scenarios: edit.list },
        inverse: { type: 'scenario.update', ...edit.undo },
      };
    }
    case 'dataset.update': {
      const dataset = { ...document.dataset };
      const old = dataset[command.entity];
      if (command.records === null) delete dataset[command.entity];
      else dataset[command.entity] = command.records;
      return {
        ok: true,
        document: { ...document, dataset },
        inverse: { type: 'dataset.update', entity: command.entity, records: old ?? null },
      };
    }
    case 'playbook.rename':
      return {
        ok: true,
        document: { ...document, name: command.name },
        inverse: { type: 'playbook.rename', name: document.name },
      };
    case 'playbook.update':
      return updateSettings(document, command);
    case 'document.replace':
      return {
        ok: true,
        document: command.document,
        inverse: { type: 'document.replace', document },
      };
    case 'batch': {
      let current = document;
      const inverses: Command[] = [];
      for (const part of command.commands) {
        const result = applyCommand(current, part);
        if (!result.ok) return result;
        current = result.document;
        inverses.unshift(result.inverse);
      }
      return {
        ok: true,
        document: current,
        inverse: { type: 'batch', label: command.label, commands: inverses },
      };
    }
    default:
      return assertNever(command);
  }
}

import type { Entity, Playbook, Role } from '../../domain/types';
import type { Command } from '../types';
import { type CompositeResult, refuseComposite } from './types';

/** One permission a role can hold (spec section 1). */
export type Permission = Role['permissions'][number];

/** "Finance lead" → "finance-lead": an id (spec section 1) made from words someone typed. */
export function idFromName(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return /^[a-z]/.test(slug) ? slug : fallback;
}

function unusedId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let counter = 2;
  while (taken.has(`${wanted}-${counter}`)) counter += 1;
  return `${wanted}-${counter}`;
}

/**
 * A new role named by the person, as one insert at the end of the roles (the inspector's inline
 * "create role" where an Owner or approver list is empty). Returns the command and the role's id.
 */
export function newRole(
  playbook: Playbook,
  name: string,
  permissions: readonly Permission[],
): { command: Command; role: Role } {
  const id = unusedId(idFromName(name, 'role'), new Set(playbook.roles.map((role) => role.id)));
  const role: Role = { id, name: name.trim() || id, permissions: [...permissions] };
  return { command: { type: 'role.update', index: playbook.roles.length, value: role, insert: true }, role };
}

/**
 * A new entity with a string key field `id`, as the data model's "Add entity" makes one, named by
 * the person (the effect editor's inline "create entity" when the data model is empty).
 */
export function newEntity(playbook: Playbook, name: string): { command: Command; entity: Entity } {
  const taken = new Set(playbook.dataModel.entities.map((entity) => entity.name));
  const entity: Entity = {
    name: unusedId(idFromName(name, 'entity'), taken),
    key: 'id',
    fields: [{ name: 'id', type: 'string', required: false }],
    unique: [],
    references: [],
  };
  return {
    command: {
      type: 'entity.update',
      index: playbook.dataModel.entities.length,
      value: entity,
      insert: true,
    },
    entity,
  };
}

/** The permission added to each of these roles that lacks it, in one step. */
export function grantPermission(
  playbook: Playbook,
  roleIds: readonly string[],
  permission: Permission,
  focus: string,
): CompositeResult {
  const wanted = new Set(roleIds);
  const commands: Command[] = playbook.roles.flatMap((role, index): Command[] =>
    wanted.has(role.id) && !role.permissions.includes(permission)
      ? [{ type: 'role.update', index, value: { ...role, permissions: [...role.permissions, permission] } }]
      : [],
  );
  if (commands.length === 0)
    return refuseComposite(`Those roles already have the "${permission}" permission`);
  const names = playbook.roles.filter((role) => wanted.has(role.id)).map((role) => role.name);
  return {
    ok: true,
    focus,
    command: { type: 'batch', label: `Give ${names.join(', ')} the ${permission} permission`, commands },
  };
}

/**
 * The role a node needs as its owner: the role it names when that role is missing (created), the
 * one role that may execute, or a new "Operator" role when there is none. With several roles that
 * could own it, the choice is the person's: refused.
 */
export function assignOwner(playbook: Playbook, nodeId: string): CompositeResult {
  const index = playbook.nodes.findIndex((node) => node.id === nodeId);
  const node = playbook.nodes[index];
  if (!node) return refuseComposite(`Node "${nodeId}" does not exist`);
  if (node.owner !== undefined) {
    if (playbook.roles.some((role) => role.id === node.owner))
      return refuseComposite(`"${node.label}" already has an owner`);
    const role: Role = { id: node.owner, name: node.owner, permissions: ['execute'] };
    return {
      ok: true,
      focus: nodeId,
      command: {
        type: 'batch',
        label: `Add the role ${node.owner}`,
        commands: [{ type: 'role.update', index: playbook.roles.length, value: role, insert: true }],
      },
    };
  }
  const executors = playbook.roles.filter((role) => role.permissions.includes('execute'));
  const only =
    playbook.roles.length === 1 ? playbook.roles[0] : executors.length === 1 ? executors[0] : undefined;
  if (only) {
    return {
      ok: true,
      focus: nodeId,
      command: {
        type: 'batch',
        label: `Make ${only.name} the owner of ${node.label}`,
        commands: [{ type: 'node.update', id: nodeId, node: { ...node, owner: only.id } }],
      },
    };
  }
  if (playbook.roles.length > 0)
    return refuseComposite('Several roles could own it: pick one in the inspector');
  const created = newRole(playbook, 'Operator', ['initiate', 'execute']);
  return {
    ok: true,
    focus: nodeId,
    command: {
      type: 'batch',
      label: `Add the role Operator and make it the owner of ${node.label}`,
      commands: [
        created.command,
        { type: 'node.update', id: nodeId, node: { ...node, owner: created.role.id } },
      ],
    },
  };
}

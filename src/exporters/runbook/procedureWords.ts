import type { Effect, NodeOf, Playbook, PlaybookNode } from '../../domain/types';
import { assertNever } from '../../lib/assertNever';
import type { Section } from './blocks';
import type { ProcedureStep } from './procedureOrder';
import { roleNames } from './summary';

/** ", and orders has status set to "shipped"": the data change a person can look for. */
export function describeEffects(effects: readonly Effect[]): string {
  if (effects.length === 0) return '';
  const parts = effects.map((effect) => {
    switch (effect.op) {
      case 'insert':
        return `${effect.records.length} new ${effect.entity} record${effect.records.length === 1 ? '' : 's'}`;
      case 'update':
        return `${effect.entity} with ${Object.entries(effect.set)
          .map(([field, value]) => `${field} set to ${readableValue(value)}`)
          .join(', ')}`;
      case 'delete':
        return `the chosen ${effect.entity} records deleted`;
      default:
        return assertNever(effect, 'effect');
    }
  });
  return `, and you see ${parts.join('; ')}`;
}

/** A value as a reader sees it: a run-time value such as `{{now}}` becomes words in brackets. */
function readableValue(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const words = value.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_whole, name: string) =>
    name === 'now' ? '[the time it runs]' : `[${name}]`,
  );
  return words === value ? JSON.stringify(value) : words;
}

/** Who performs a node: its owner role, an approval's approvers, else the roles that may execute. */
export function whoDoes(playbook: Playbook, node: PlaybookNode): string {
  if (node.kind === 'approval') return roleNames(playbook, node.approvers);
  if (node.owner) return roleNames(playbook, [node.owner]);
  const executors = playbook.roles
    .filter((role) => role.permissions.includes('execute'))
    .map((role) => role.id);
  return roleNames(playbook, executors, 'the person running the playbook (no owner is named)');
}

/**
 * "Escalation and contacts": the notify nodes by tier (1 first, as an incident escalates), with
 * the step that sends each, then every role and what it may do, so the reader knows whom to call.
 */
export function escalationSection(playbook: Playbook, steps: readonly ProcedureStep[]): Section {
  const numberOf = new Map(steps.map((step) => [step.node.id, step.number]));
  const notifications = playbook.nodes
    .filter((node): node is NodeOf<'notify'> => node.kind === 'notify')
    .sort((a, b) => a.tier - b.tier);
  const rows = notifications.map((notify) => [
    `Tier ${notify.tier}`,
    notify.audience,
    notify.channel,
    numberOf.has(notify.id)
      ? `Step ${numberOf.get(notify.id)} ("${notify.label}")`
      : `"${notify.label}" (no run reaches it)`,
  ]);
  const roleRows = playbook.roles.map((role) => [
    `${role.name} (${role.id})`,
    role.permissions.length > 0
      ? role.permissions.map((permission) => PERMISSION_WORDS[permission]).join(', ')
      : 'nothing',
    steps
      .filter((step) => whoDoes(playbook, step.node).includes(`(${role.id})`))
      .map((step) => String(step.number))
      .join(', ') || 'none',
  ]);
  return {
    title: 'Escalation and contacts',
    level: 2,
    blocks: [
      notifications.length === 0
        ? {
            kind: 'paragraph',
            text: 'The playbook notifies nobody: agree on whom to call before you need to.',
          }
        : { kind: 'table', header: ['Tier', 'Who', 'How', 'When'], rows },
      ...(roleRows.length > 0
        ? [{ kind: 'table' as const, header: ['Role', 'May', 'Steps'], rows: roleRows }]
        : [{ kind: 'paragraph' as const, text: 'No roles are named in this playbook.' }]),
    ],
  };
}

const PERMISSION_WORDS = {
  initiate: 'start a run',
  approve: 'approve',
  override: 'override during a run',
  execute: 'perform steps',
} as const;

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/applyCommand';
import { blankPlaybook } from '../../../src/commands/blankPlaybook';
import { assignOwner, idFromName, newEntity, newRole } from '../../../src/commands/composite/setupActions';
import { parsePlaybook } from '../../../src/domain/parse';

describe('setup made inline', () => {
  it('a role named by a person gets an id from its name, never one already taken', () => {
    expect(idFromName('Finance lead', 'role')).toBe('finance-lead');
    expect(idFromName('  42 ', 'role')).toBe('role');
    const playbook = { ...blankPlaybook(), roles: [{ id: 'operations', name: 'Ops', permissions: [] }] };
    const { command, role } = newRole(playbook, 'Operations', ['approve']);
    expect(role).toEqual({ id: 'operations-2', name: 'Operations', permissions: ['approve'] });
    const applied = applyCommand(playbook, command);
    expect(applied.ok && applied.document.roles.map((r) => r.id)).toEqual(['operations', 'operations-2']);
  });

  it('a new entity has a string key id and makes a valid playbook', () => {
    const playbook = blankPlaybook({ withStartAndEnd: true });
    const { command, entity } = newEntity(playbook, 'Charges');
    expect(entity).toMatchObject({ name: 'charges', key: 'id', fields: [{ name: 'id', type: 'string' }] });
    const applied = applyCommand(playbook, command);
    expect(applied.ok && parsePlaybook(applied.document).ok).toBe(true);
  });

  it('an owner naming a role that does not exist: the fix creates that role', () => {
    const base = blankPlaybook({ withStartAndEnd: true });
    const playbook = {
      ...base,
      nodes: [
        ...base.nodes,
        {
          id: 'rb',
          kind: 'rollback' as const,
          label: 'Roll back',
          owner: 'sre',
          scope: 'all' as const,
          order: 'reverse-completion' as const,
        },
      ],
    };
    const result = assignOwner(playbook, 'rb');
    if (!result.ok) throw new Error(result.reason);
    const applied = applyCommand(playbook, result.command);
    expect(applied.ok && applied.document.roles).toEqual([
      { id: 'sre', name: 'sre', permissions: ['execute'] },
    ]);
  });
});

import { PERMISSIONS } from '../../domain/schema/playbook';
import type { Role } from '../../domain/types';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { ChecklistField, DurationField, ListField, NumberField, TextField } from '../components/fields';
import { useFieldError, withField } from '../inspector/nodeEditing';
import { BlankPlaybookButton } from './BlankPlaybookButton';

/** Roles: who owns nodes, starts runs and approves. */
function RolesEditor({ roles }: { roles: Role[] }) {
  const actions = useDocumentActions();
  const error = useFieldError();
  return (
    <section className="group" aria-label="Roles">
      <h3>Roles</h3>
      {roles.map((role, index) => {
        const title = `Role ${index + 1}`;
        const set = (next: Role, field: string) => actions.roleEdited(index, next, false, field);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a role's id is itself editable
          <fieldset className="card" key={index}>
            <legend>{title}</legend>
            <TextField
              label={`${title}: id`}
              value={role.id}
              onChange={(id) => set({ ...role, id }, 'id')}
              error={error(`/roles/${index}/id`)}
            />
            <TextField
              label={`${title}: name`}
              value={role.name}
              onChange={(name) => set({ ...role, name }, 'name')}
              error={error(`/roles/${index}/name`)}
            />
            <ChecklistField
              label={`${title}: permissions`}
              options={PERMISSIONS.map((p) => ({ value: p, label: p }))}
              value={role.permissions}
              onChange={(permissions) =>
                set({ ...role, permissions: permissions as Role['permissions'] }, 'permissions')
              }
            />
            <button type="button" className="danger" onClick={() => actions.roleEdited(index, null)}>
              Remove {title}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          actions.roleEdited(
            roles.length,
            { id: `role${roles.length + 1}`, name: 'New role', permissions: [] },
            true,
          )
        }
      >
        Add role
      </button>
    </section>
  );
}

/** Playbook settings: name, id, description, revision, metadata, objectives, governance, roles. */
export function PlaybookPanel() {
  const document = useDocument();
  const actions = useDocumentActions();
  const error = useFieldError();
  const { objectives, governance, metadata } = document;
  const roles = document.roles.map((role) => ({ value: role.id, label: role.name }));
  return (
    <form className="panel" aria-label="Playbook settings" onSubmit={(e) => e.preventDefault()}>
      <h2>Playbook</h2>
      <BlankPlaybookButton />
      <TextField
        label="Name"
        value={document.name}
        onChange={actions.playbookRenamed}
        error={error('/name')}
      />
      <TextField
        label="Playbook id"
        value={document.id}
        onChange={(id) => actions.settingsEdited({ id }, [], 'id')}
        error={error('/id')}
      />
      <TextField
        label="Playbook description"
        multiline
        value={document.description ?? ''}
        onChange={(v) =>
          v
            ? actions.settingsEdited({ description: v }, [], 'description')
            : actions.settingsEdited({}, ['description'], 'description')
        }
      />
      <NumberField
        label="Revision"
        integer
        min={1}
        value={document.revision}
        onChange={(v) => actions.settingsEdited({ revision: v ?? 1 }, [], 'revision')}
        error={error('/revision')}
      />
      <TextField
        label="Author"
        value={metadata.author ?? ''}
        onChange={(v) =>
          actions.settingsEdited({ metadata: withField(metadata, 'author', v || undefined) }, [], 'author')
        }
      />
      <ListField
        label="Tags"
        value={metadata.tags ?? []}
        onChange={(v) =>
          actions.settingsEdited(
            { metadata: withField(metadata, 'tags', v.length ? v : undefined) },
            [],
            'tags',
          )
        }
      />
      <fieldset className="group">
        <legend>Objectives</legend>
        <DurationField
          label="Recovery time objective (RTO)"
          optional
          value={objectives.rto}
          onChange={(v) => actions.settingsEdited({ objectives: withField(objectives, 'rto', v) }, [], 'rto')}
          error={error('/objectives/rto')}
        />
        <DurationField
          label="Recovery point objective (RPO)"
          optional
          value={objectives.rpo}
          onChange={(v) => actions.settingsEdited({ objectives: withField(objectives, 'rpo', v) }, [], 'rpo')}
          error={error('/objectives/rpo')}
        />
        <TextField
          label="Termination criteria"
          multiline
          value={objectives.terminationCriteria ?? ''}
          onChange={(v) =>
            actions.settingsEdited(
              { objectives: withField(objectives, 'terminationCriteria', v || undefined) },
              [],
              'terminationCriteria',
            )
          }
        />
      </fieldset>
      <fieldset className="group">
        <legend>Governance</legend>
        <NumberField
          label="Approvals required"
          integer
          min={0}
          value={governance.requiredApprovals}
          onChange={(v) =>
            actions.settingsEdited(
              { governance: { ...governance, requiredApprovals: v ?? 0 } },
              [],
              'requiredApprovals',
            )
          }
          error={error('/governance/requiredApprovals')}
        />
        <ChecklistField
          label="Approver roles"
          options={roles}
          value={governance.approverRoles}
          onChange={(v) =>
            actions.settingsEdited({ governance: { ...governance, approverRoles: v } }, [], 'approverRoles')
          }
          error={error('/governance/approverRoles')}
          empty="Any role may approve; add roles below"
        />
      </fieldset>
      <RolesEditor roles={document.roles} />
    </form>
  );
}

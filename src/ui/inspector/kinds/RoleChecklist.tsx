import type { PlaybookNode } from '../../../domain/types';
import { ChecklistField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
import { NewRoleInline } from '../InlineCreate';

/**
 * The roles a node names (a trigger's initiators, an approval's approvers) as checkboxes; with no
 * roles yet, the inline form that creates one and ticks it (`withRole` adds it to the node).
 */
export function RoleChecklist(props: {
  label: string;
  /** Why a role is needed here, shown beside the inline "new role" form. */
  why: string;
  node: PlaybookNode;
  withRole: (roleId: string) => PlaybookNode;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null | undefined;
}) {
  const roles = useRoleOptions();
  return (
    <>
      <ChecklistField
        label={props.label}
        options={roles}
        empty="No roles yet."
        value={props.value}
        onChange={props.onChange}
        error={props.error}
      />
      {roles.length === 0 && <NewRoleInline why={props.why} node={props.node} use={props.withRole} />}
    </>
  );
}

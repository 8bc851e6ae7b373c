import { ChecklistField, DurationField, NumberField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
import { NewRoleInline } from '../InlineCreate';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Approval: who approves, how many must, how long they have, and the wait a dry run assumes. */
export function ApprovalForm(props: KindFormProps<'approval'>) {
  const bind = bindNode(props);
  const roles = useRoleOptions();
  return (
    <>
      <ChecklistField
        label="Approver roles"
        options={roles}
        empty="No roles yet."
        {...bind.field('approvers')}
      />
      {roles.length === 0 && (
        <NewRoleInline
          why="An approval waits for a person in a role with the approve permission: name the role that approves."
          node={props.node}
          use={(role) => ({ ...props.node, approvers: [...props.node.approvers, role] })}
        />
      )}
      <NumberField label="Approvals needed" integer min={1} {...bind.field('quorum', 1)} />
      <DurationField label="Timeout" optional {...bind.optional('timeout')} />
      <DurationField label="Simulated wait" {...bind.field('simulatedWait', 'PT0S')} />
    </>
  );
}

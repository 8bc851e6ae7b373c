import { DurationField, NumberField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';
import { RoleChecklist } from './RoleChecklist';

/** Approval: who approves, how many must, how long they have, and the wait a dry run assumes. */
export function ApprovalForm(props: KindFormProps<'approval'>) {
  const bind = bindNode(props);
  return (
    <>
      <RoleChecklist
        label="Approver roles"
        why="An approval waits for a person in a role with the approve permission: name the role that approves."
        node={props.node}
        withRole={(role) => ({ ...props.node, approvers: [...props.node.approvers, role] })}
        {...bind.field('approvers')}
      />
      <NumberField label="Approvals needed" integer min={1} {...bind.field('quorum', 1)} />
      <DurationField label="Timeout" optional {...bind.optional('timeout')} />
      <DurationField label="Simulated wait" {...bind.field('simulatedWait', 'PT0S')} />
    </>
  );
}

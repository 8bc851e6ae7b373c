import { ChecklistField, DurationField, NumberField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
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
        empty="Add roles in the Playbook tab"
        {...bind.field('approvers')}
      />
      <NumberField label="Approvals needed" integer min={1} {...bind.field('quorum', 1)} />
      <DurationField label="Timeout" optional {...bind.optional('timeout')} />
      <DurationField label="Simulated wait" {...bind.field('simulatedWait', 'PT0S')} />
    </>
  );
}

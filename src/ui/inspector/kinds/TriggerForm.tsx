import { TRIGGER_SIGNALS } from '../../../domain/schema/nodes';
import { ExpressionField, SelectField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';
import { RoleChecklist } from './RoleChecklist';

/** Trigger: the signal that starts the rollback, when it applies, who may start it. */
export function TriggerForm(props: KindFormProps<'trigger'>) {
  const bind = bindNode(props);
  return (
    <>
      <SelectField label="Signal" options={TRIGGER_SIGNALS} {...bind.field('signal')} />
      <ExpressionField label="Condition" {...bind.text('condition')} />
      <RoleChecklist
        label="Who may start it"
        why="The roles listed here may start the playbook: name the role that starts it."
        node={props.node}
        withRole={(role) => ({ ...props.node, initiators: [...props.node.initiators, role] })}
        {...bind.field('initiators')}
      />
    </>
  );
}

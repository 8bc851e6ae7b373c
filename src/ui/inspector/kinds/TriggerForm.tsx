import { TRIGGER_SIGNALS } from '../../../domain/schema/nodes';
import { ChecklistField, ExpressionField, SelectField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Trigger: the signal that starts the rollback, when it applies, who may start it. */
export function TriggerForm(props: KindFormProps<'trigger'>) {
  const bind = bindNode(props);
  const roles = useRoleOptions();
  return (
    <>
      <SelectField label="Signal" options={TRIGGER_SIGNALS} {...bind.field('signal')} />
      <ExpressionField label="Condition" {...bind.text('condition')} />
      <ChecklistField
        label="Who may start it"
        options={roles}
        empty="Add roles in the Playbook tab"
        {...bind.field('initiators')}
      />
    </>
  );
}

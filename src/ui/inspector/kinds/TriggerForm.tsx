import { TRIGGER_SIGNALS } from '../../../domain/schema/nodes';
import { ChecklistField, ExpressionField, SelectField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
import { NewRoleInline } from '../InlineCreate';
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
        empty="No roles yet."
        {...bind.field('initiators')}
      />
      {roles.length === 0 && (
        <NewRoleInline
          why="The roles listed here may start the playbook: name the role that starts it."
          node={props.node}
          use={(role) => ({ ...props.node, initiators: [...props.node.initiators, role] })}
        />
      )}
    </>
  );
}

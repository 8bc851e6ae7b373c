import { TRIGGER_SIGNALS } from '../../../domain/schema/nodes';
import { ChecklistField, ExpressionField, SelectField } from '../../components/fields';
import { useRoleOptions } from '../formSelectors';
import { InlineCreate } from '../InlineCreate';
import { roleCreatedFor } from '../useInlineSetup';
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
        <InlineCreate
          noun="role"
          why="The roles listed here may start the playbook: name the role that starts it."
          example="such as Operations"
          onCreate={(name) =>
            roleCreatedFor(name, props.node, (role) => ({
              ...props.node,
              initiators: [...props.node.initiators, role],
            }))
          }
        />
      )}
    </>
  );
}

import { CheckboxField, TextField } from '../../components/fields';
import { withField } from '../nodeEditing';
import { ActionFields } from './ActionFields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Step: a forward action of the workflow, and whether it can be undone at all. */
export function StepForm(props: KindFormProps<'step'>) {
  const bind = bindNode(props);
  const { node, pointer, error, change } = props;
  return (
    <>
      <ActionFields {...props} />
      <TextField label="Idempotency key" {...bind.text('idempotencyKey')} />
      <CheckboxField
        label="Cannot be undone"
        checked={node.irreversible !== undefined}
        onChange={(v) =>
          change(withField(node, 'irreversible', v ? { reason: 'Explain why' } : undefined), 'irreversible')
        }
      />
      {node.irreversible && (
        <TextField
          label="Why it cannot be undone"
          value={node.irreversible.reason}
          onChange={(v) => change({ ...node, irreversible: { reason: v } }, 'irreversible.reason')}
          error={error(`${pointer}/irreversible`)}
        />
      )}
    </>
  );
}

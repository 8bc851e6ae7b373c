import { CheckboxField, TextField } from '../../components/fields';
import { withField } from '../nodeEditing';
import { ActionFields } from './ActionFields';
import { IrreversibleFields } from './IrreversibleFields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Step: a forward action of the workflow, and whether it can be undone at all. */
export function StepForm(props: KindFormProps<'step'>) {
  const bind = bindNode(props);
  const { node, change } = props;
  return (
    <>
      <ActionFields {...props} />
      <TextField label="Idempotency key" {...bind.text('idempotencyKey')} />
      <CheckboxField
        label="Erasure on request (deletes or anonymises personal data a person asked to erase)"
        checked={node.erasure === true}
        onChange={(v) => change(withField(node, 'erasure', v ? true : undefined), 'erasure')}
      />
      <IrreversibleFields {...props} />
    </>
  );
}

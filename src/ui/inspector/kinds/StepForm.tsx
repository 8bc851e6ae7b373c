import { TextField } from '../../components/fields';
import { ActionFields } from './ActionFields';
import { IrreversibleFields } from './IrreversibleFields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Step: a forward action of the workflow, and whether it can be undone at all. */
export function StepForm(props: KindFormProps<'step'>) {
  const bind = bindNode(props);
  return (
    <>
      <ActionFields {...props} />
      <TextField label="Idempotency key" {...bind.text('idempotencyKey')} />
      <IrreversibleFields {...props} />
    </>
  );
}

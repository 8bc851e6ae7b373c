import { SelectField } from '../../components/fields';
import { ActionFields } from './ActionFields';
import { bindNode, type KindFormProps } from './kindFormProps';

const STRATEGIES = [
  { value: 'revert', label: "Revert the step's changes" },
  { value: 'effects', label: 'Run its own effects' },
] as const;

/** Compensation: how a step is undone, by reverting its changes or by effects of its own. */
export function CompensationForm(props: KindFormProps<'compensation'>) {
  const bind = bindNode(props);
  return (
    <>
      <SelectField label="Strategy" options={STRATEGIES} {...bind.field('strategy')} />
      <ActionFields {...props} />
    </>
  );
}

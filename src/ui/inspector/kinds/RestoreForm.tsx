import { DurationField, ListField, SelectField } from '../../components/fields';
import { useNodeOptions } from '../formSelectors';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Restore: which checkpoint is put back, which of its entities, and how long it takes. */
export function RestoreForm(props: KindFormProps<'restore'>) {
  const bind = bindNode(props);
  const checkpoints = useNodeOptions('checkpoint');
  const entities = bind.optional('entities');
  return (
    <>
      <SelectField
        label="Checkpoint"
        placeholder="Choose a checkpoint"
        options={checkpoints}
        {...bind.field('checkpoint')}
      />
      <ListField
        label="Entities to restore"
        hint="Leave empty for all the checkpoint holds"
        {...entities}
        value={entities.value ?? []}
      />
      <DurationField label="Duration" {...bind.field('duration', 'PT0S')} />
    </>
  );
}

import { DurationField, ListField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Checkpoint: which entities are snapshotted, and when the snapshot is deleted (personal data). */
export function CheckpointForm(props: KindFormProps<'checkpoint'>) {
  const bind = bindNode(props);
  return (
    <>
      <ListField
        label="Entities to snapshot"
        hint='Entity names, or "*" for all'
        {...bind.field('entities')}
      />
      <DurationField label="Delete the snapshot after" optional {...bind.optional('expires')} />
    </>
  );
}

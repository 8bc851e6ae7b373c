import { ListField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Checkpoint: which entities are snapshotted. */
export function CheckpointForm(props: KindFormProps<'checkpoint'>) {
  const bind = bindNode(props);
  return (
    <ListField label="Entities to snapshot" hint='Entity names, or "*" for all' {...bind.field('entities')} />
  );
}

import { ListField, TextField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Fail-safe: the degraded mode, what it pauses and when it may end. */
export function FailsafeForm(props: KindFormProps<'failsafe'>) {
  const bind = bindNode(props);
  return (
    <>
      <TextField label="Degraded mode" {...bind.field('mode')} />
      <ListField label="Workflows paused" {...bind.field('pauses')} />
      <TextField label="Exit criteria" multiline {...bind.text('exitCriteria')} />
    </>
  );
}

import { CheckboxField, DurationField, TextField } from '../../components/fields';
import { EffectsEditor } from '../EffectsEditor';
import { bindNode, type KindFormProps } from './kindFormProps';
import { RetryFields } from './RetryFields';

/** What a step and a compensation share: system, timing, retry, idempotency and data changes. */
export function ActionFields(props: KindFormProps<'step' | 'compensation'>) {
  const bind = bindNode(props);
  const { node, pointer, error, change } = props;
  return (
    <>
      <TextField
        label="System"
        hint="The outside system it calls, for outage faults"
        {...bind.text('system')}
      />
      <DurationField label="Duration" {...bind.field('duration', 'PT0S')} />
      <DurationField label="Timeout" optional {...bind.optional('timeout')} />
      <RetryFields {...props} />
      <CheckboxField
        label="Idempotent (safe to run twice)"
        checked={node.idempotent}
        onChange={(idempotent) => change({ ...node, idempotent }, 'idempotent')}
      />
      <EffectsEditor
        value={node.effects}
        pointer={`${pointer}/effects`}
        error={error}
        onChange={(effects) => change({ ...node, effects }, 'effects')}
      />
    </>
  );
}

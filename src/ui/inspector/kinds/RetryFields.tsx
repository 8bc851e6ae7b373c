import { DurationField, NumberField } from '../../components/fields';
import type { KindFormProps } from './kindFormProps';

/** How a step or compensation retries: attempts, the wait before a retry and its growth. */
export function RetryFields({ node, pointer, error, change }: KindFormProps<'step' | 'compensation'>) {
  const bind = (key: keyof typeof node.retry) => ({
    onChange: (value: unknown) => change({ ...node, retry: { ...node.retry, [key]: value } }, `retry.${key}`),
    error: error(`${pointer}/retry/${key}`),
  });
  return (
    <fieldset className="group">
      <legend>Retry</legend>
      <NumberField
        label="Attempts"
        integer
        min={1}
        max={100}
        value={node.retry.maxAttempts}
        {...bind('maxAttempts')}
      />
      <DurationField
        label="Wait before retry"
        value={node.retry.backoff}
        {...bind('backoff')}
        onChange={(v) => bind('backoff').onChange(v ?? 'PT0S')}
      />
      <NumberField
        label="Wait multiplier"
        min={1}
        max={10}
        value={node.retry.multiplier}
        {...bind('multiplier')}
      />
    </fieldset>
  );
}

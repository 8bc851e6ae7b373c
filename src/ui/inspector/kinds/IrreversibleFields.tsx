import { CheckboxField, TextField } from '../../components/fields';
import { withField } from '../nodeEditing';
import type { KindFormProps } from './kindFormProps';

/**
 * Whether a step cannot be undone, and why. The reason starts empty with an example as its
 * placeholder (it used to start as the text "Explain why", which then passed as a reason); an
 * empty reason is shown as a hint until the person has typed in the box, the Problems panel
 * meanwhile lists it.
 */
export function IrreversibleFields({ node, pointer, error, change }: KindFormProps<'step'>) {
  const reason = node.irreversible?.reason;
  return (
    <>
      <CheckboxField
        label="Cannot be undone"
        checked={node.irreversible !== undefined}
        onChange={(v) =>
          change(withField(node, 'irreversible', v ? { reason: '' } : undefined), 'irreversible')
        }
      />
      {node.irreversible && (
        <TextField
          label="Why it cannot be undone"
          placeholder="such as: an email cannot be unsent"
          value={node.irreversible.reason}
          onChange={(v) => change({ ...node, irreversible: { reason: v } }, 'irreversible.reason')}
          error={reason ? error(`${pointer}/irreversible`) : undefined}
          hint="Say why, so reviewers can put an approval in front of it"
        />
      )}
    </>
  );
}

import { InvariantsEditor } from '../InvariantsEditor';
import type { KindFormProps } from './kindFormProps';

/** Check: the invariants the data must meet at this point. */
export function CheckForm({ node, pointer, error, change }: KindFormProps<'check'>) {
  return (
    <InvariantsEditor
      value={node.invariants}
      pointer={`${pointer}/invariants`}
      error={error}
      onChange={(invariants) => change({ ...node, invariants }, 'invariants')}
    />
  );
}

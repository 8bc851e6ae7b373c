import { CheckboxField, ChecklistField } from '../../components/fields';
import { useNodeOptions } from '../formSelectors';
import type { KindFormProps } from './kindFormProps';

/** Rollback: undo every completed step, or the chosen ones (newest first either way). */
export function RollbackForm({ node, pointer, error, change }: KindFormProps<'rollback'>) {
  const steps = useNodeOptions('step');
  return (
    <>
      <CheckboxField
        label="Undo all completed steps"
        checked={node.scope === 'all'}
        onChange={(v) =>
          change({ ...node, scope: v ? 'all' : steps.slice(0, 1).map((s) => s.value) }, 'scope')
        }
      />
      {node.scope !== 'all' && (
        <ChecklistField
          label="Steps to undo"
          options={steps}
          value={node.scope}
          onChange={(v) => change({ ...node, scope: v.length ? v : 'all' }, 'scope')}
          error={error(`${pointer}/scope`)}
        />
      )}
      <p className="field__hint">Order: newest completed step first.</p>
    </>
  );
}

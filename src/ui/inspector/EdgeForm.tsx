import type { Edge } from '../../domain/types';
import { EDGE_KIND_WORDS } from '../../graph/edgeNames';
import { useDocumentActions } from '../../state/documentActions';
import { SelectField, TextField } from '../components/fields';
import { useNodeLabel } from './formSelectors';
import { useFieldError, withField } from './nodeEditing';

/** A link's kind, label and branch value. */
export function EdgeForm({ edge, index }: { edge: Edge; index: number }) {
  const actions = useDocumentActions();
  const pointer = `/edges/${index}`;
  const error = useFieldError(pointer);
  const sourceLabel = useNodeLabel(edge.source);
  const targetLabel = useNodeLabel(edge.target);
  return (
    <form className="inspector" aria-label="Edit link" onSubmit={(e) => e.preventDefault()}>
      <h2>
        Link <code>{edge.id}</code>
      </h2>
      <p>
        From <strong>{sourceLabel}</strong> to <strong>{targetLabel}</strong>
      </p>
      {error(pointer) && <p className="field__error">{error(pointer)}</p>}
      <SelectField
        label="Kind"
        value={edge.kind}
        options={(Object.keys(EDGE_KIND_WORDS) as Edge['kind'][]).map((k) => ({
          value: k,
          label: EDGE_KIND_WORDS[k],
        }))}
        onChange={(kind) =>
          actions.edgeEdited(
            withField({ ...edge, kind }, 'when', kind === 'branch' ? (edge.when ?? true) : undefined),
            'kind',
          )
        }
      />
      {edge.kind === 'branch' && (
        <SelectField
          label="Branch value"
          value={edge.when === false ? 'no' : 'yes'}
          options={['yes', 'no']}
          onChange={(v) => actions.edgeEdited({ ...edge, when: v === 'yes' }, 'when')}
        />
      )}
      <TextField
        label="Label"
        value={edge.label ?? ''}
        onChange={(v) => actions.edgeEdited(withField(edge, 'label', v || undefined), 'label')}
      />
      <button type="button" className="danger" onClick={() => actions.selectionDeleted([], [edge.id])}>
        Delete link
      </button>
    </form>
  );
}

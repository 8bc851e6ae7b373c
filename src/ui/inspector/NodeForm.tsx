import type { PlaybookNode } from '../../domain/types';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { useDocumentActions } from '../../state/documentActions';
import { SelectField, TextField } from '../components/fields';
import { useRoleOptions } from './formSelectors';
import { NewRoleInline } from './InlineCreate';
import { KindForm } from './kinds/KindForm';
import { bindNode, type KindFormProps } from './kinds/kindFormProps';
import { NodeIdField } from './NodeIdField';
import { NodeLinks } from './NodeLinks';
import { useFieldError } from './nodeEditing';

/**
 * Kinds whose form offers a new role at the Owner field when there is none. A trigger and an
 * approval offer it at their own role list (who may start it, who approves), which is the one
 * that matters there: one offer per form.
 */
const OWNER_CREATES_ROLE: ReadonlySet<string> = new Set([
  'step',
  'compensation',
  'rollback',
  'restore',
  'check',
]);

/** Every field of one node: the shared ones, then those of its kind, then its links. */
export function NodeForm({ node, index }: { node: PlaybookNode; index: number }) {
  const actions = useDocumentActions();
  const pointer = `/nodes/${index}`;
  const error = useFieldError(pointer);
  const props: KindFormProps = { node, pointer, error, change: actions.nodeEdited };
  const bind = bindNode(props);
  const roles = useRoleOptions();
  const owner = bind.text('owner');
  const info = NODE_KIND_INFO[node.kind];
  return (
    <form
      className="inspector"
      aria-label={`Edit ${info.title}: ${node.label}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>
        {info.title} <code>{node.id}</code>
      </h2>
      <p className="field__hint">{info.description}</p>
      {error(pointer) && !error(`${pointer}/label`) && <p className="field__error">{error(pointer)}</p>}
      <TextField label="Label" {...bind.field('label')} />
      <NodeIdField id={node.id} />
      <TextField label="Description" multiline {...bind.text('description')} />
      <SelectField
        label="Owner"
        placeholder="No owner"
        options={[
          ...roles,
          ...(owner.value && !roles.some((r) => r.value === owner.value) ? [owner.value] : []),
        ]}
        {...owner}
      />
      {roles.length === 0 && OWNER_CREATES_ROLE.has(node.kind) && (
        <NewRoleInline
          why="No roles yet. A role says who runs this on the day (and who may start or approve the playbook): name one to make it the owner."
          node={node}
          use={(owner) => ({ ...node, owner })}
        />
      )}
      <KindForm {...props} />
      <NodeLinks node={node} />
      <button type="button" className="danger" onClick={() => actions.selectionDeleted([node.id], [])}>
        Delete node
      </button>
    </form>
  );
}

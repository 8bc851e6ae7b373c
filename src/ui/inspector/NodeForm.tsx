import { useState } from 'react';
import type { PlaybookNode } from '../../domain/types';
import { checkConnection } from '../../graph/connectionRules';
import { EDGE_KIND_WORDS, edgeKindOfHandle } from '../../graph/edgeNames';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { SelectField, TextField } from '../components/fields';
import { KindFields } from './kindForms';
import { NodeIdField } from './NodeIdField';
import { useFieldError, withField } from './nodeEditing';

const LINK_KINDS = [
  { value: 'next', label: 'Next' },
  { value: 'failure', label: 'On failure' },
  { value: 'compensate', label: 'Undone by (compensation)' },
  { value: 'branch-true', label: 'Branch: yes' },
  { value: 'branch-false', label: 'Branch: no' },
] as const;

/** Outgoing links, and a keyboard way to add one, checked by the same rules as a drag. */
function LinksSection({ node }: { node: PlaybookNode }) {
  const document = useDocument();
  const actions = useDocumentActions();
  const [kind, setKind] = useState<(typeof LINK_KINDS)[number]['value']>(
    node.kind === 'decision' ? 'branch-true' : 'next',
  );
  const [target, setTarget] = useState('');
  const labels = new Map(document.nodes.map((n) => [n.id, n.label]));
  const outgoing = document.edges.filter((edge) => edge.source === node.id);
  const verdict = target
    ? checkConnection(document, { source: node.id, target, ...edgeKindOfHandle(kind) })
    : null;
  return (
    <section className="group" aria-label="Links">
      <h3>Links from this node</h3>
      <ul className="links">
        {outgoing.map((edge) => (
          <li key={edge.id}>
            {edge.kind === 'branch' ? `Branch ${edge.when ? 'yes' : 'no'}` : EDGE_KIND_WORDS[edge.kind]} →{' '}
            {labels.get(edge.target)}
            <button
              type="button"
              aria-label={`Delete link to ${labels.get(edge.target)}`}
              onClick={() => actions.selectionDeleted([], [edge.id])}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <SelectField label="New link kind" value={kind} options={LINK_KINDS} onChange={setKind} />
      <SelectField
        label="New link to"
        value={target}
        placeholder="Choose a node"
        options={document.nodes
          .filter((n) => n.id !== node.id)
          .map((n) => ({ value: n.id, label: `${NODE_KIND_INFO[n.kind].title}: ${n.label}` }))}
        onChange={setTarget}
        error={verdict && !verdict.ok ? `Cannot link: ${verdict.reason}` : undefined}
      />
      <button
        type="button"
        disabled={!verdict?.ok}
        onClick={() => {
          if (actions.edgeConnected({ source: node.id, target, sourceHandle: kind }) === null) setTarget('');
        }}
      >
        Add link
      </button>
    </section>
  );
}

/** Every field of one node: the shared ones, then those of its kind, then its links. */
export function NodeForm({ node, index }: { node: PlaybookNode; index: number }) {
  const actions = useDocumentActions();
  const document = useDocument();
  const error = useFieldError();
  const pointer = `/nodes/${index}`;
  const change = (next: PlaybookNode, field: string) => actions.nodeEdited(next, field);
  const roles = document.roles.map((role) => ({ value: role.id, label: role.name }));
  return (
    <form
      className="inspector"
      aria-label={`Edit ${NODE_KIND_INFO[node.kind].title}: ${node.label}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>
        {NODE_KIND_INFO[node.kind].title} <code>{node.id}</code>
      </h2>
      <p className="field__hint">{NODE_KIND_INFO[node.kind].description}</p>
      {error(pointer) && !error(`${pointer}/label`) && <p className="field__error">{error(pointer)}</p>}
      <TextField
        label="Label"
        value={node.label}
        onChange={(v) => change({ ...node, label: v }, 'label')}
        error={error(`${pointer}/label`)}
      />
      <NodeIdField id={node.id} />
      <TextField
        label="Description"
        multiline
        value={node.description ?? ''}
        onChange={(v) => change(withField(node, 'description', v || undefined), 'description')}
      />
      <SelectField
        label="Owner"
        value={node.owner ?? ''}
        placeholder="No owner"
        options={[
          ...roles,
          ...(node.owner && !roles.some((r) => r.value === node.owner) ? [node.owner] : []),
        ]}
        onChange={(v) => change(withField(node, 'owner', v || undefined), 'owner')}
        error={error(`${pointer}/owner`)}
      />
      <KindFields node={node} pointer={pointer} error={error} change={change} />
      <LinksSection node={node} />
      <button type="button" className="danger" onClick={() => actions.selectionDeleted([node.id], [])}>
        Delete node
      </button>
    </form>
  );
}

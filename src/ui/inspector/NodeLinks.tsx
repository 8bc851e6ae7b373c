import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PlaybookNode } from '../../domain/types';
import { checkConnection } from '../../graph/connectionRules';
import { EDGE_KIND_WORDS, edgeKindOfHandle } from '../../graph/edgeNames';
import { useDocumentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';
import { SelectField } from '../components/fields';
import { nodeChoice, useNodeSummaries, useOutgoingEdges } from './formSelectors';

const LINK_KINDS = [
  { value: 'next', label: 'Next' },
  { value: 'failure', label: 'On failure' },
  { value: 'compensate', label: 'Undone by (compensation)' },
  { value: 'branch-true', label: 'Branch: yes' },
  { value: 'branch-false', label: 'Branch: no' },
] as const;

/** Outgoing links, and a keyboard way to add one, checked by the same rules as a drag. */
export function NodeLinks({ node }: { node: PlaybookNode }) {
  const actions = useDocumentActions();
  const [kind, setKind] = useState<(typeof LINK_KINDS)[number]['value']>(
    node.kind === 'decision' ? 'branch-true' : 'next',
  );
  const [target, setTarget] = useState('');
  const nodes = useNodeSummaries();
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const outgoing = useOutgoingEdges(node.id);
  // The verdict is compared by its fields, so an edit elsewhere that does not change it re-renders nothing.
  const verdict = useStore(
    documentStore,
    useShallow((s) =>
      target ? checkConnection(s.document, { source: node.id, target, ...edgeKindOfHandle(kind) }) : null,
    ),
  );
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
        options={nodes.filter((n) => n.id !== node.id).map(nodeChoice)}
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

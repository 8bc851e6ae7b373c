import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useStore } from 'zustand';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { selectOnly } from '../../state/canvasStore';
import { useDocument } from '../../state/documentSelectors';
import { uiActions, uiStore } from '../../state/uiStore';

/** Find nodes by label: the matches are listed; choosing one selects it and brings it into view. */
export function SearchBox() {
  const open = useStore(uiStore, (s) => s.searchOpen);
  const document = useDocument();
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  if (!open) return null;
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? document.nodes.filter((node) => node.label.toLowerCase().includes(needle)).slice(0, 12)
    : [];
  const focus = (id: string) => {
    selectOnly([id]);
    uiActions.tabChosen('inspector');
    void flow.fitView({ nodes: [{ id }], duration: 200, maxZoom: 1.2 });
  };
  return (
    <search className="search" aria-label="Search nodes">
      <input
        // biome-ignore lint/a11y/noAutofocus: the search was opened on purpose to type into it
        autoFocus
        type="search"
        aria-label="Search nodes by label"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && matches[0]) focus(matches[0].id);
          if (event.key === 'Escape') uiActions.searchToggled(false);
        }}
      />
      <ul aria-label="Matching nodes">
        {matches.map((node) => (
          <li key={node.id}>
            <button type="button" onClick={() => focus(node.id)}>
              {NODE_KIND_INFO[node.kind].title}: {node.label}
            </button>
          </li>
        ))}
        {needle && matches.length === 0 && <li>No node matches "{query}"</li>}
      </ul>
      <button type="button" onClick={() => uiActions.searchToggled(false)}>
        Close search
      </button>
    </search>
  );
}

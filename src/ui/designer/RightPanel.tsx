import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useSelectedEdgeIds, useSelectedNodeIds } from '../../state/selectionSelectors';
import { type RightPanelTab, uiActions, uiStore } from '../../state/uiStore';
import { Inspector } from '../inspector/Inspector';
import { DataModelPanel } from '../panels/DataModelPanel';
import { DatasetPanel } from '../panels/DatasetPanel';
import { PlaybookPanel } from '../panels/PlaybookPanel';
import { ScenariosPanel } from '../panels/ScenariosPanel';

/**
 * The right panel's tabs. The seam for later features: the simulator and review add an entry
 * here (and a value to `RightPanelTab`), nothing else changes.
 */
export const RIGHT_PANEL_TABS: { id: RightPanelTab; title: string; render: () => ReactNode }[] = [
  { id: 'inspector', title: 'Inspector', render: () => <Inspector /> },
  { id: 'playbook', title: 'Playbook', render: () => <PlaybookPanel /> },
  { id: 'data-model', title: 'Data model', render: () => <DataModelPanel /> },
  { id: 'dataset', title: 'Dataset', render: () => <DatasetPanel /> },
  { id: 'scenarios', title: 'Scenarios', render: () => <ScenariosPanel /> },
];

/** The tab a key moves to (WAI-ARIA tabs: arrows wrap, Home and End), or `null` for any other key. */
function tabAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Selecting a node or a link on the canvas brings the Inspector forward (issue 15): it is what shows it. */
function useInspectorFollowsSelection() {
  const nodes = useSelectedNodeIds();
  const edges = useSelectedEdgeIds();
  const selection = [...nodes, ...edges].join(' ');
  useEffect(() => {
    if (selection !== '') uiActions.tabChosen('inspector');
  }, [selection]);
}

/**
 * Tabs after the WAI-ARIA pattern: a tablist with one tab in the Tab order (roving tabindex),
 * arrow keys, Home and End move and select (automatic activation: a panel renders at once).
 */
export function RightPanel() {
  const current = useStore(uiStore, (s) => s.rightTab);
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useInspectorFollowsSelection();
  const active = RIGHT_PANEL_TABS.find((tab) => tab.id === current) ?? RIGHT_PANEL_TABS[0]!;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = RIGHT_PANEL_TABS.indexOf(active);
    const next = tabAfterKey(event.key, index, RIGHT_PANEL_TABS.length);
    if (next === null) return;
    event.preventDefault();
    uiActions.tabChosen(RIGHT_PANEL_TABS[next]!.id);
    tabs.current[next]?.focus();
  };
  return (
    <aside className="right-panel" aria-label="Side panel">
      <div role="tablist" aria-label="Side panel tabs" className="tabs" onKeyDown={onKeyDown}>
        {RIGHT_PANEL_TABS.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab.id}`}
            aria-selected={tab.id === active.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === active.id ? 0 : -1}
            onClick={() => uiActions.tabChosen(tab.id)}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-${active.id}`}
        className="right-panel__body"
      >
        {active.render()}
      </div>
    </aside>
  );
}

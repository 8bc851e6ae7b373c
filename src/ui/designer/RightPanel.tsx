import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useSelectedEdgeIds, useSelectedNodeIds } from '../../state/selectionSelectors';
import { type RightPanelTab, uiActions, uiStore } from '../../state/uiStore';
import { TabList, tabIdOf, tabPanelIdOf } from '../components/TabList';
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

/**
 * Selecting a node or a link on the canvas brings the Inspector forward (issue 15): it is what
 * shows it, from the top of the panel.
 */
function useInspectorFollowsSelection(body: RefObject<HTMLDivElement | null>) {
  const nodes = useSelectedNodeIds();
  const edges = useSelectedEdgeIds();
  const selection = [...nodes, ...edges].join(' ');
  useEffect(() => {
    if (selection === '') return;
    uiActions.tabChosen('inspector');
    // Another node's form starts at its heading, not where the last one was scrolled to.
    body.current?.scrollTo({ top: 0 });
  }, [selection, body]);
}

/** The side panel: its tabs (WAI-ARIA tabs, see `TabList`) and the chosen tab's panel. */
export function RightPanel() {
  const current = useStore(uiStore, (s) => s.rightTab);
  const baseId = useId();
  const body = useRef<HTMLDivElement>(null);
  useInspectorFollowsSelection(body);
  const active = RIGHT_PANEL_TABS.find((tab) => tab.id === current) ?? RIGHT_PANEL_TABS[0]!;
  return (
    <aside className="right-panel" aria-label="Side panel">
      <TabList
        label="Side panel tabs"
        className="tabs"
        tabs={RIGHT_PANEL_TABS}
        current={active.id}
        onChoose={uiActions.tabChosen}
        baseId={baseId}
      />
      <div
        role="tabpanel"
        id={tabPanelIdOf(baseId)}
        aria-labelledby={tabIdOf(baseId, active.id)}
        className="right-panel__body"
        ref={body}
      >
        {active.render()}
      </div>
    </aside>
  );
}

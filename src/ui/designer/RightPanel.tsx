import { type ReactNode, useId } from 'react';
import { useStore } from 'zustand';
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

/** Tabs after the WAI-ARIA pattern: a tablist and one tabpanel. */
export function RightPanel() {
  const current = useStore(uiStore, (s) => s.rightTab);
  const baseId = useId();
  const active = RIGHT_PANEL_TABS.find((tab) => tab.id === current) ?? RIGHT_PANEL_TABS[0]!;
  return (
    <aside className="right-panel" aria-label="Side panel">
      <div role="tablist" aria-label="Side panel tabs" className="tabs">
        {RIGHT_PANEL_TABS.map((tab) => (
          <button
            key={tab.id}
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

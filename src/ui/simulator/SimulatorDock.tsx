import { useId } from 'react';
import { simulationActions, useSimulation } from '../../state/simulationStore';
import { TabList, tabIdOf, tabPanelIdOf } from '../components/TabList';
import { DrillView } from '../drill/DrillView';
import { FaultMenu } from './FaultMenu';
import { RunPanel } from './RunPanel';
import './simulator.css';

const DOCK_TABS = [
  { id: 'run', title: 'Run' },
  { id: 'drill', title: 'Drill' },
] as const;

/** The bottom dock with the simulator (one run, step by step) and the drill (every fault). */
export function SimulatorDock() {
  const baseId = useId();
  const open = useSimulation((s) => s.open);
  const tab = useSimulation((s) => s.tab);
  return (
    <>
      <FaultMenu />
      {open && (
        <section className="sim-dock" aria-label="Simulator">
          <header className="sim-dock__header">
            <h2>Simulator</h2>
            <TabList
              label="Simulator views"
              className="sim-tabs"
              tabs={DOCK_TABS}
              current={tab}
              onChoose={simulationActions.tabChosen}
              baseId={baseId}
            />
            <button
              type="button"
              className="sim-dock__close"
              onClick={() => simulationActions.dockToggled(false)}
              aria-label="Close simulator"
            >
              ×
            </button>
          </header>
          <div
            className="sim-dock__body"
            role="tabpanel"
            id={tabPanelIdOf(baseId)}
            aria-labelledby={tabIdOf(baseId, tab)}
          >
            {tab === 'run' ? <RunPanel /> : <DrillView />}
          </div>
        </section>
      )}
    </>
  );
}

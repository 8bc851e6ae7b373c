import { simulationActions, useSimulation } from '../../state/simulationStore';
import { DrillView } from '../drill/DrillView';
import { FaultMenu } from './FaultMenu';
import { RunPanel } from './RunPanel';
import './simulator.css';

/** The bottom dock with the simulator (one run, step by step) and the drill (every fault). */
export function SimulatorDock() {
  const open = useSimulation((s) => s.open);
  const tab = useSimulation((s) => s.tab);
  return (
    <>
      <FaultMenu />
      {open && (
        <section className="sim-dock" aria-label="Simulator">
          <header className="sim-dock__header">
            <h2>Simulator</h2>
            <div className="sim-tabs" role="tablist" aria-label="Simulator views">
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'run'}
                onClick={() => simulationActions.tabChosen('run')}
              >
                Run
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'drill'}
                onClick={() => simulationActions.tabChosen('drill')}
              >
                Drill
              </button>
            </div>
            <button
              type="button"
              className="sim-dock__close"
              onClick={() => simulationActions.dockToggled(false)}
              aria-label="Close simulator"
            >
              ×
            </button>
          </header>
          <div className="sim-dock__body">{tab === 'run' ? <RunPanel /> : <DrillView />}</div>
        </section>
      )}
    </>
  );
}

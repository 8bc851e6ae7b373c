import { simulationActions, useSimulationOpen } from '../../state/simulationStore';

/** The toolbar's toggle of the simulator dock. */
export function SimulateButton() {
  const open = useSimulationOpen();
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => simulationActions.dockToggled()}
      title="Rehearse a recovery run"
    >
      Simulate
    </button>
  );
}

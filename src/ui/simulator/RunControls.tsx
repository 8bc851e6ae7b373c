import { useDocument } from '../../state/documentSelectors';
import { injectionLabel, injectionNode } from '../../state/simulationFaults';
import { SPEEDS, simulationActions, useSimulation } from '../../state/simulationStore';

/** Scenario picker, injected faults, and the debugger-style controls of a run. */
export function RunControls() {
  const document = useDocument();
  const scenarioId = useSimulation((s) => s.scenarioId);
  const injections = useSimulation((s) => s.injections);
  const playing = useSimulation((s) => s.playing);
  const cursor = useSimulation((s) => s.cursor);
  const speed = useSimulation((s) => s.speed);
  const run = useSimulation((s) => s.run);
  const last = run ? run.events.length - 1 : -1;
  const atEnd = run !== null && cursor >= last;
  const labelOf = (id: string) => document.nodes.find((node) => node.id === id)?.label ?? id;

  return (
    <div className="sim-controls">
      <div className="sim-controls__row">
        <label className="sim-controls__scenario">
          Scenario
          <select
            value={scenarioId ?? ''}
            onChange={(event) => simulationActions.scenarioChosen(event.target.value || null)}
          >
            <option value="">No fault (only what you inject)</option>
            {document.scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
          </select>
        </label>
        <div className="sim-controls__buttons" role="toolbar" aria-label="Run controls">
          {playing ? (
            <button type="button" onClick={simulationActions.paused}>
              Pause
            </button>
          ) : (
            <button type="button" className="is-primary" onClick={simulationActions.runRequested}>
              {atEnd ? 'Run again' : cursor >= 0 ? 'Continue' : 'Run'}
            </button>
          )}
          <button
            type="button"
            onClick={simulationActions.steppedBack}
            disabled={!run || cursor < 0}
            title="One event back"
          >
            Step back
          </button>
          <button
            type="button"
            onClick={simulationActions.steppedForward}
            disabled={atEnd}
            title="One event forward"
          >
            Step forward
          </button>
          <button type="button" onClick={simulationActions.skippedToEnd} disabled={atEnd}>
            Run to end
          </button>
          <button type="button" onClick={simulationActions.reset} disabled={!run}>
            Reset
          </button>
          <label className="sim-controls__speed">
            Speed
            <select
              value={speed}
              onChange={(event) => simulationActions.speedChosen(Number(event.target.value))}
            >
              {SPEEDS.map((value) => (
                <option key={value} value={value}>
                  {value} {value === 1 ? 'event' : 'events'}/s
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => simulationActions.runSaved()}
            disabled={!run}
            title="Adds this run to the playbook's scenarios; undo takes it out"
          >
            Save as scenario
          </button>
        </div>
      </div>
      <section className="sim-controls__faults" aria-label="Injected faults">
        {injections.length === 0 ? (
          <span className="sim-hint">Right-click a node on the canvas to inject a fault.</span>
        ) : (
          <ul>
            {injections.map((injection, index) => (
              <li key={`${injectionNode(injection)}-${injectionLabel(injection)}`}>
                ⚡ {labelOf(injectionNode(injection))}: {injectionLabel(injection)}
                <button
                  type="button"
                  className="sim-link"
                  aria-label={`Remove ${injectionLabel(injection)} from ${labelOf(injectionNode(injection))}`}
                  onClick={() => simulationActions.injectionRemoved(index)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import { ViewportPortal } from '@xyflow/react';
import { useStore } from 'zustand';
import type { Fault } from '../../domain/types';
import { canvasStore } from '../../state/canvasStore';
import { useDocument } from '../../state/documentSelectors';
import { type Injection, injectionLabel, injectionNode } from '../../state/simulationFaults';
import { useSimulation } from '../../state/simulationStore';

const asInjection = (fault: Fault): Injection => ({ kind: 'fault', fault });

/**
 * Markers above the nodes that a fault of the chosen scenario or an injected fault will hit,
 * drawn in the canvas's own coordinates so they follow pan and zoom. Mounted inside React Flow.
 */
export function FaultMarkers() {
  const document = useDocument();
  const scenarioId = useSimulation((s) => s.scenarioId);
  const injections = useSimulation((s) => s.injections);
  const nodes = useStore(canvasStore, (s) => s.nodes);
  const scenario = document.scenarios.find((candidate) => candidate.id === scenarioId);
  const all: Injection[] = [
    ...(scenario?.faults ?? []).map(asInjection),
    ...Object.entries(scenario?.approvals ?? {}).flatMap(([node, decision]): Injection[] =>
      decision === 'approve' ? [] : [{ kind: 'approval', node, decision }],
    ),
    ...injections,
  ];
  if (all.length === 0) return null;
  const byNode = new Map<string, string[]>();
  for (const injection of all) {
    const id = injectionNode(injection);
    byNode.set(id, [...(byNode.get(id) ?? []), injectionLabel(injection)]);
  }
  return (
    <ViewportPortal>
      {[...byNode].map(([id, labels]) => {
        const node = nodes.find((candidate) => candidate.id === id);
        if (!node) return null;
        return (
          <div
            key={id}
            className="sim-fault-marker"
            role="note"
            aria-label={`Fault on ${node.data.node.label}: ${labels.join(', ')}`}
            style={{ transform: `translate(${node.position.x}px, ${node.position.y - 26}px)` }}
          >
            <span aria-hidden="true">⚡</span> {labels.join(' · ')}
          </div>
        );
      })}
    </ViewportPortal>
  );
}

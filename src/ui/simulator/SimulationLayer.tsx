import { FaultMarkers } from './FaultMarkers';
import { useFollowCurrentNode } from './useFollowCurrentNode';

/** What the simulator adds inside the canvas: fault markers, and the view following the run. */
export function SimulationLayer() {
  useFollowCurrentNode();
  return <FaultMarkers />;
}

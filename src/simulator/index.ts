/** The deterministic dry-run engine (spec sections 5 and 7): simulate, step-by-step sessions, drills. */
export { DEFAULT_START } from './clock';
export type { DataDiff, EntityDiff } from './diff';
export {
  type DrillEntry,
  type DrillFault,
  type DrillResult,
  type DrillRun,
  type DrillSummary,
  drill,
  drillEntries,
  drillResultOf,
  drillSize,
  summarizeDrill,
} from './drill';
export { MAX_VISITS } from './engine';
export type { FailureReason, RunOutcome, SimEvent, SimEventType } from './events';
export type { Violation } from './invariants';
export type { Expectation, SimulationResult } from './result';
export {
  type RunError,
  type RunOptions,
  type RunPosition,
  type SimulationSession,
  simulate,
  startRun,
} from './session';

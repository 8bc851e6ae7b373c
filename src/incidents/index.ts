/**
 * Incidents (issue 18 items 3 and 4): the playbook as a procedure people tick through, the
 * hash-chained record of what they did, the postmortem comparison and the scenario made from it.
 * PURE: no React, stores, Dexie or DOM; the clock and the actor come in as values.
 */
export {
  type IncidentVerification,
  type NewIncidentEntry,
  nextIncidentEntry,
  verifyIncidentChain,
} from './chain';
export { INCIDENT_FORMAT, incidentDocument, incidentJson, incidentMarkdown } from './exportIncident';
export {
  buildPostmortem,
  humanTime,
  type OutOfOrderTick,
  type Postmortem,
  type PostmortemRow,
} from './postmortem';
export { buildProcedure, type Procedure, type ProcedureStep } from './procedure';
export {
  elapsedMs,
  type IncidentEnd,
  type IncidentEntry,
  type IncidentFact,
  type IncidentProgress,
  type IncidentRecord,
  incidentProgress,
  STEP_OUTCOMES,
  type StepOutcome,
  type StepState,
} from './record';
export { type IncidentScenario, incidentScenario, withScenario } from './toScenario';

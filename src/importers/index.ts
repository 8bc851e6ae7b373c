/**
 * Importers (issue 14): workflow files of other tools as playbooks. Pure: no DOM, no Node API.
 * `importWorkflow(text, { from })` is the one entry point for the app and the CLI.
 */
export { type BuildOutcome, buildPlaybook } from './builder/buildPlaybook';
export * from './catalogue';
export { importWorkflow, importWorkflowDocument } from './importWorkflow';
export type * from './ir';
export { readWorkflowText, type WorkflowText } from './readWorkflowText';
export {
  detectImporter,
  findImporter,
  listImporters,
  type ParseOutcome,
  type WorkflowImporter,
} from './registry';
export type * from './types';

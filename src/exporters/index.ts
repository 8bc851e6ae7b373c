/** Export targets (DESIGN.md): pure functions from a parsed playbook to a file and its losses. */
export { bpmn, toBpmn } from './bpmn';
export { n8n, stepFunctions } from './jsonTargets';
export { toN8nWorkflow } from './n8n';
export { canonicalJson, nativeJson } from './native';
export { buildExecutionPlan, type ExecutionPlan } from './plan/executionPlan';
export {
  EXPORTERS,
  type ExportFinding,
  type ExportOptions,
  type ExportOutcome,
  exportPlaybook,
  FORMAT_ALIASES,
  findExporter,
} from './registry';
export { runbookDocument, runbookHtml, runbookMarkdown } from './runbook';
export { escapeHtml, renderHtml } from './runbook/html';
export { serverlessWorkflowJson, serverlessWorkflowYaml, toServerlessWorkflow } from './serverlessWorkflow';
export { toStateMachine } from './stepFunctions';
export type * from './types';

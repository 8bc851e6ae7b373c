import type { WorkflowImporter } from '../registry';
import { findProcesses, parseBpmn } from './parse';
import { XmlDocument } from './xmlReader';

/** BPMN 2.0 XML: a `definitions` element of the BPMN model namespace with at least one process. */
export const bpmnImporter: WorkflowImporter = {
  format: 'bpmn',
  label: 'BPMN 2.0 process',
  detect: (document) => document instanceof XmlDocument && findProcesses(document.root).length > 0,
  parse: (document) =>
    document instanceof XmlDocument
      ? parseBpmn(document)
      : { ok: false, error: { kind: 'unknown-format', message: 'Not an XML file: BPMN files are XML' } },
};

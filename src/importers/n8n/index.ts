import type { WorkflowImporter } from '../registry';
import { findN8nWorkflow } from './document';
import { parseN8n } from './parse';

/** n8n workflow JSON: what "Download", the clipboard, the template sites and the CLI export give. */
export const n8nImporter: WorkflowImporter = {
  format: 'n8n',
  label: 'n8n workflow',
  detect: (document) => findN8nWorkflow(document) !== null,
  parse: parseN8n,
};

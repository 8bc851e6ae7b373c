/**
 * The n8n node types the export writes, with the `typeVersion` it writes for each: versions that
 * n8n's nodes-base sources declare (docs/exporters.md, "n8n", says which were read). The export
 * test holds the output to this list, so a new node type must be added here.
 */
export const N8N_NODE_TYPES = {
  errorTrigger: { type: 'n8n-nodes-base.errorTrigger', typeVersion: 1 },
  manualTrigger: { type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 },
  code: { type: 'n8n-nodes-base.code', typeVersion: 2 },
  if: { type: 'n8n-nodes-base.if', typeVersion: 2 },
  wait: { type: 'n8n-nodes-base.wait', typeVersion: 1.1 },
  slack: { type: 'n8n-nodes-base.slack', typeVersion: 2.2 },
  emailSend: { type: 'n8n-nodes-base.emailSend', typeVersion: 2.1 },
  httpRequest: { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2 },
  noOp: { type: 'n8n-nodes-base.noOp', typeVersion: 1 },
  stopAndError: { type: 'n8n-nodes-base.stopAndError', typeVersion: 1 },
} as const;

export type N8nNodeTypeName = keyof typeof N8N_NODE_TYPES;

/**
 * Connector nodes of the importers' catalogue are written at `typeVersion` 1: n8n keeps every
 * version of a node loadable so that saved workflows keep working, and version 1 is the one every
 * catalogue node has. The author picks the current version when setting the node's credentials.
 */
export const CONNECTOR_TYPE_VERSION = 1;

/**
 * n8n's editor accepts at most 5 tries and 5,000 ms between tries (the node settings' limits);
 * larger values from a playbook are clamped and the losses say so.
 */
export const N8N_MAX_TRIES = 5;
export const N8N_MAX_WAIT_BETWEEN_TRIES_MS = 5000;

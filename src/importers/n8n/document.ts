import { field, isRecord, list } from '../json';

/** The parts of an n8n workflow file the importer reads, found wherever the export put them. */
export interface N8nDocument {
  name?: unknown;
  id?: unknown;
  nodes: unknown[];
  connections: Record<string, unknown>;
  settings?: unknown;
}

const looksLikeNode = (node: unknown) =>
  typeof field(node, 'type') === 'string' && (field(node, 'type') as string).includes('.');

/** A workflow object itself: `nodes` (each with a dotted `type`) and a `connections` map. */
function asWorkflow(value: unknown): N8nDocument | null {
  const nodes = field(value, 'nodes');
  const connections = field(value, 'connections');
  if (!Array.isArray(nodes) || !isRecord(connections)) return null;
  if (nodes.length > 0 && !nodes.some(looksLikeNode)) return null;
  return {
    name: field(value, 'name'),
    id: field(value, 'id'),
    nodes,
    connections,
    settings: field(value, 'settings'),
  };
}

/**
 * The workflow in an n8n file: "Download" and the clipboard give it bare; the template sites and
 * the API wrap it (`{ workflow: … }`, `{ data: … }`, sometimes twice); `n8n export:workflow`
 * gives an array. Null when the document is not an n8n workflow.
 */
export function findN8nWorkflow(document: unknown): N8nDocument | null {
  let current: unknown = Array.isArray(document) ? list(document)[0] : document;
  let wrapperName: unknown;
  for (let depth = 0; depth < 4 && isRecord(current); depth += 1) {
    const found = asWorkflow(current);
    // A wrapper's name counts when the workflow inside has none (template site exports).
    if (found)
      return found.name === undefined && wrapperName !== undefined ? { ...found, name: wrapperName } : found;
    wrapperName ??= field(current, 'name');
    current = field(current, 'workflow') ?? field(current, 'data');
  }
  return null;
}

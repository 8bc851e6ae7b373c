import { effectFromName, httpOperation, lookupN8n, n8nNodeEntry, resourceFromUrl } from '../catalogue';
import type { IrOperation } from '../ir';
import { field, isRecord, text } from '../json';

const CODE_NODES = new Set(['code', 'function', 'functionItem', 'executeCommand', 'ssh', 'pythonFunction']);

const base = (type: string) => type.slice(type.lastIndexOf('.') + 1);

/** "n8n-nodes-base.googleBigQuery" → "Google Big Query"; a scoped community package keeps its package. */
export function appName(type: string): string {
  const words = base(type)
    .replace(/Tool$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A literal parameter value that names something; expressions ("={{ … }}") name nothing yet. */
function literalName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.startsWith('=') || value.trim() === '' ? undefined : value;
  if (isRecord(value)) {
    // A resource locator: { __rl, mode, value, cachedResultName }.
    const cached = text(field(value, 'cachedResultName'));
    if (cached && cached.trim() !== '') return cached;
    if (text(field(value, 'mode')) === 'url') return undefined;
    return literalName(field(value, 'value'));
  }
  return undefined;
}

const isCommunity = (type: string) => !type.startsWith('n8n-nodes-base.') && !type.startsWith('@n8n/');

/**
 * What an n8n action node does to data outside the workflow (issue 14 item 4): from the catalogue
 * by `resource` / `operation` (n8n's defaults when the export leaves them out); raw HTTP by its
 * method, with an attention entry; Code, sub-workflows and unknown or community nodes as unknown,
 * with what the author must decide.
 */
export function operationOf(type: string, parameters: unknown): IrOperation {
  const name = base(type);
  const operationParam = text(field(parameters, 'operation'));
  const resourceParam = text(field(parameters, 'resource'));
  if (name === 'httpRequest' || name === 'httpRequestTool') return httpRequest(parameters);
  if (CODE_NODES.has(name))
    return {
      effect: 'unknown',
      app: 'Code',
      attention:
        'Runs code Rollbook cannot read. If it only reshapes items, nothing to undo; if it calls other systems or writes data, add its effects and a compensation, or mark it irreversible.',
    };
  if (name === 'executeWorkflow') {
    const workflow = literalName(field(parameters, 'workflowId')) ?? literalName(field(parameters, 'source'));
    return {
      effect: 'unknown',
      app: 'n8n sub-workflow',
      attention: `Runs another workflow${workflow ? ` ("${workflow}")` : ''}: import it too, and if it changes data, add its effects and an undo here.`,
    };
  }
  const known = lookupN8n(type, resourceParam, operationParam);
  const entry = n8nNodeEntry(type);
  const named = entry?.resourceParams?.map((param) => literalName(field(parameters, param))).find(Boolean);
  if (known) {
    return {
      effect: known.effect,
      app: known.app,
      ...(named
        ? { resource: named, resourceFromSource: true }
        : known.resource
          ? { resource: known.resource }
          : {}),
      ...(known.undo ? { undo: known.undo } : {}),
      ...(known.channel ? { channel: known.channel } : {}),
    };
  }
  if (type.startsWith('@n8n/n8n-nodes-langchain.')) return { effect: 'read', app: 'AI model' };
  const app = entry?.app ?? appName(type);
  const guess = operationParam ? effectFromName(operationParam) : undefined;
  if (guess && !isCommunity(type))
    return {
      effect: guess,
      app,
      guessed: true,
      ...(named
        ? { resource: named, resourceFromSource: true }
        : resourceParam
          ? { resource: resourceParam }
          : {}),
    };
  return {
    effect: 'unknown',
    app,
    attention: isCommunity(type)
      ? `A community node ("${type}"): Rollbook does not know what it does. If it writes data, add its effects and a compensation; if it sends messages, mark it irreversible; if it only reads, nothing to undo.`
      : `Rollbook does not know the n8n node "${type}"${operationParam ? ` (operation "${operationParam}")` : ''}: if it writes data, add its effects and a compensation, or mark it irreversible.`,
  };
}

function httpRequest(parameters: unknown): IrOperation {
  const method = (
    text(field(parameters, 'method')) ??
    text(field(parameters, 'requestMethod')) ??
    'GET'
  ).toUpperCase();
  const url = text(field(parameters, 'url'))?.replace(/^=/, '');
  const entry = httpOperation(method);
  const resource = resourceFromUrl(url);
  const target = url ? ` to ${url.length > 80 ? `${url.slice(0, 79)}…` : url}` : '';
  if (!entry)
    return {
      effect: 'unknown',
      app: 'HTTP',
      attention: `A raw HTTP ${method} call${target}: decide what it changes and how to undo it.`,
    };
  const guess =
    entry.effect === 'read'
      ? 'it only reads (nothing to undo)'
      : `it ${{ create: 'creates', update: 'changes', delete: 'deletes', charge: 'charges', send: 'sends' }[entry.effect]} records${resource ? ` in "${resource}"` : ''}`;
  return {
    effect: entry.effect,
    app: 'HTTP',
    ...(resource ? { resource, resourceFromSource: true } : {}),
    ...(entry.undo ? { undo: entry.undo } : {}),
    attention: `A raw HTTP ${method} call${target}: Rollbook guessed from the method that ${guess}. Check what the API really does${entry.effect === 'read' ? '' : ' and how to undo it'}.`,
  };
}

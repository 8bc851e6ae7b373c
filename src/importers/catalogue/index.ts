/**
 * The connector catalogue (issue 14 item 4): for the operations people use most, what each does
 * to data and the undo to propose. Data only; the platform parsers look their elements up here
 * and the builder turns the effect into compensations, checkpoints and approvals.
 */
import { MAKE_MODULES } from './make';
import { N8N_NODES, type N8nNodeEntry } from './n8n';
import { POWER_AUTOMATE_CONNECTORS } from './powerAutomate';
import type { CatalogueEntry } from './types';

export { httpOperation, resourceFromUrl } from './http';
export { MAKE_MODULES } from './make';
export { N8N_NODES, type N8nNodeEntry } from './n8n';
export { POWER_AUTOMATE_CONNECTORS } from './powerAutomate';
export * from './types';
export { effectFromName } from './verbs';

const lowerKeys = <T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(table).map(([key, value]) => [key.toLowerCase(), value]));

const makeIndex = lowerKeys(MAKE_MODULES);
const connectorIndex = new Map(
  Object.entries(POWER_AUTOMATE_CONNECTORS).map(([key, connector]) => [
    key.toLowerCase(),
    { ...connector, operations: lowerKeys(connector.operations) },
  ]),
);

/** A Make module (`app:action`), case-insensitively; the versionless name when a version is appended. */
export function lookupMake(module: string): CatalogueEntry | undefined {
  return makeIndex.get(module.toLowerCase());
}

/** The connector name in an `apiId` such as "/providers/Microsoft.PowerApps/apis/shared_sql". */
export function connectorName(apiIdOrName: string): string {
  return (apiIdOrName.split('/').at(-1) ?? apiIdOrName).toLowerCase();
}

/** A Power Automate connector's display name, when the catalogue knows the connector. */
export function powerAutomateApp(connector: string): string | undefined {
  return connectorIndex.get(connectorName(connector))?.app;
}

/** A Power Automate operation: connector (`shared_sql` or a full apiId) and `operationId`. */
export function lookupPowerAutomate(connector: string, operationId: string): CatalogueEntry | undefined {
  const known = connectorIndex.get(connectorName(connector));
  const effect = known?.operations.get(operationId.toLowerCase());
  if (!known || !effect) return undefined;
  return {
    app: known.app,
    effect,
    ...(known.resource ? { resource: known.resource } : {}),
    ...(known.channel && effect === 'send' ? { channel: known.channel } : {}),
  };
}

/** An n8n node type's entry, when the catalogue knows the node. */
export function n8nNodeEntry(type: string): N8nNodeEntry | undefined {
  return Object.hasOwn(N8N_NODES, type) ? N8N_NODES[type] : undefined;
}

/**
 * An n8n operation: the node type and its `resource` / `operation` parameters (absent: n8n's
 * defaults for the node). Undefined when the node or the operation is not in the catalogue.
 */
export function lookupN8n(
  type: string,
  resource: string | undefined,
  operation: string | undefined,
): (CatalogueEntry & { operation: string }) | undefined {
  const node = n8nNodeEntry(type);
  if (!node) return undefined;
  const res = resource ?? node.defaultResource;
  const defaults = node.defaultOperations;
  const resourceDefault =
    res !== undefined && defaults && Object.hasOwn(defaults, res) ? defaults[res] : undefined;
  const op = operation ?? resourceDefault ?? node.defaultOperation;
  if (op === undefined) return undefined;
  // Own keys only: a parameter such as "constructor" must not find Object.prototype's.
  const own = (key: string) => (Object.hasOwn(node.ops, key) ? node.ops[key] : undefined);
  const effect = (res !== undefined ? own(`${res}:${op}`) : undefined) ?? own(op);
  if (!effect) return undefined;
  const undo = node.undo?.[effect];
  return {
    app: node.app,
    effect,
    operation: op,
    ...(res !== undefined ? { resource: res } : {}),
    ...(undo ? { undo } : {}),
    ...(node.channel && effect === 'send' ? { channel: node.channel } : {}),
  };
}

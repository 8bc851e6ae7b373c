import {
  connectorName,
  httpOperation,
  lookupPowerAutomate,
  powerAutomateApp,
  resourceFromUrl,
} from '../catalogue';
import type { IrOperation } from '../ir';
import { isObject, type JsonObject, objectEntries, stringOf } from '../jsonReaders';
import { fromCatalogue, guessedOperation, rawHttpOperation, unknownOperation } from '../parserOperations';

/** Connection reference names (a solution's "contoso_sharedsql_1a2b") → connector ("shared_sql"). */
export type ConnectorNames = ReadonlyMap<string, string>;

/**
 * The connectors a flow's `connectionReferences` name, by reference: a solution's actions may
 * name only the reference, and the reference says which connector it is.
 */
export function connectorNamesOf(holder: unknown): ConnectorNames {
  const names = new Map<string, string>();
  const references = isObject(holder) ? holder.connectionReferences : undefined;
  for (const [reference, entry] of objectEntries(references)) {
    const api = isObject(entry.api) ? stringOf(entry.api.name) : undefined;
    const connector = api ?? stringOf(entry.id)?.split('/').at(-1);
    if (connector) names.set(reference, connector);
  }
  // Logic Apps: `parameters.$connections.value` maps a connection's name to its managed API.
  const parameters = isObject(holder) && isObject(holder.parameters) ? holder.parameters : {};
  const connections = isObject(parameters.$connections) ? parameters.$connections.value : undefined;
  for (const [name, entry] of objectEntries(connections)) {
    const api = stringOf(entry.id)?.split('/').at(-1);
    if (api) names.set(name, `shared_${api}`);
  }
  return names;
}

/**
 * What a connector or HTTP action does to data outside the flow, from the catalogue, or guessed
 * from the operation's name (then `guessed`), or `unknown` with what the author must decide.
 */
export function operationOf(
  type: string,
  inputs: JsonObject,
  connectors: ConnectorNames = new Map(),
): IrOperation | undefined {
  switch (type) {
    case 'openapiconnection':
    case 'openapiconnectionwebhook':
      return connectorOperation(inputs, connectors);
    case 'apiconnection':
    case 'apiconnectionwebhook':
      return managedApiOperation(inputs, connectors);
    case 'http':
      return rawHttpOperation(stringOf(inputs.method), stringOf(inputs.uri));
    case 'serviceprovider':
      return builtInConnector(inputs);
    case 'httpwebhook':
      return unknownOperation(
        'HTTP',
        'An HTTP webhook subscribes to another system and waits for its call: decide what the call-back changes and how to undo it.',
      );
    case 'function':
      return unknownOperation(
        'Azure Functions',
        'An Azure Function runs code Rollbook cannot read: decide what it changes and how to undo it.',
      );
    case 'workflow':
      return unknownOperation(
        'Child flow',
        'A child flow runs its own actions: import it too, and decide how this step undoes what it did.',
      );
    case 'javascriptcode':
      return unknownOperation(
        'Inline code',
        'Inline code may call out or change data: decide what it does and how to undo it.',
      );
    case 'apimanagement':
      return unknownOperation(
        'API Management',
        'An API Management call: decide what the API changes and how to undo it.',
      );
    default:
      return undefined;
  }
}

/** `host.apiId` ("/providers/Microsoft.PowerApps/apis/shared_sql") and `host.operationId`. */
function connectorOperation(inputs: JsonObject, connectors: ConnectorNames): IrOperation {
  const host = isObject(inputs.host) ? inputs.host : {};
  const reference =
    stringOf(host.connectionName) ?? stringOf(host.connectionReferenceName) ?? stringOf(host.connection);
  const connector =
    stringOf(host.apiId) ?? (reference && (connectors.get(reference) ?? reference)) ?? 'unknown connector';
  const operationId = stringOf(host.operationId) ?? '';
  const resource = resourceOfParameters(inputs.parameters);
  const known = lookupPowerAutomate(connector, operationId);
  if (known) return fromCatalogue(known, resource);
  const app = powerAutomateApp(connector) ?? connectorTitle(connector);
  return guessedOperation(app, operationId, resource, operationId || connectorName(connector));
}

/** Logic Apps' older `ApiConnection`: the connection's name, an HTTP method and a path. */
function managedApiOperation(inputs: JsonObject, connectors: ConnectorNames): IrOperation {
  const host = isObject(inputs.host) ? inputs.host : {};
  const connection = isObject(host.connection) ? stringOf(host.connection.name) : undefined;
  const name = (connection && /\['([^']+)'\]\['connectionId'\]/.exec(connection)?.[1]) ?? 'connector';
  const api = connectors.get(name) ?? `shared_${name}`;
  const app = powerAutomateApp(api) ?? connectorTitle(api);
  const method = stringOf(inputs.method)?.toUpperCase();
  const path = stringOf(inputs.path);
  const byMethod = method ? httpOperation(method) : undefined;
  const resource = tableOfPath(path) ?? resourceFromUrl(path);
  if (!byMethod) {
    return unknownOperation(
      app,
      `The ${app} call has no method Rollbook knows: decide what it changes and how to undo it.`,
    );
  }
  return {
    effect: byMethod.effect,
    app,
    ...(resource ? { resource, resourceFromSource: true } : {}),
    ...(byMethod.effect === 'read'
      ? {}
      : {
          attention: `What this ${app} call does was read from its HTTP method (${method}): check it and the undo proposed.`,
        }),
  };
}

/** Logic Apps Standard's built-in connectors: `serviceProviderConfiguration` names the service and operation. */
function builtInConnector(inputs: JsonObject): IrOperation {
  const config = isObject(inputs.serviceProviderConfiguration) ? inputs.serviceProviderConfiguration : {};
  const service = stringOf(config.serviceProviderId)?.split('/').at(-1) ?? 'service';
  const operationId = stringOf(config.operationId) ?? '';
  return guessedOperation(
    connectorTitle(service),
    operationId,
    resourceOfParameters(inputs.parameters),
    operationId || service,
  );
}

/** The list, table or entity a connector's parameters name: what the builder makes an entity of. */
function resourceOfParameters(parameters: unknown): string | undefined {
  if (!isObject(parameters)) return undefined;
  // A folder is no entity: files fall back to the connector's resource.
  for (const key of ['table', 'tableName', 'entityName', 'subscriptionRequest/entityname']) {
    const value = stringOf(parameters[key]);
    if (value && !value.includes('@')) return value.replace(/^\[dbo\]\.\[(.+)\]$/, '$1').replace(/^\//, '');
  }
  return undefined;
}

/** "/v2/datasets/…/tables/@{encodeURIComponent('[dbo].[Orders]')}/items" → "Orders". */
function tableOfPath(path: string | undefined): string | undefined {
  const table = path && /\/tables\/([^/]+)/.exec(path)?.[1];
  if (!table) return undefined;
  const quoted = /'([^']+)'/.exec(table)?.[1] ?? table;
  const name = quoted.replace(/^\[dbo\]\.\[(.+)\]$/, '$1').replace(/[[\]]/g, '');
  return /^[A-Za-z][\w .-]{0,60}$/.test(name) ? name : undefined;
}

/** "shared_contoso-20erp-5f3a1c9e2d" → "contoso erp": a custom connector's readable name. */
function connectorTitle(connector: string): string {
  const name = connectorName(connector)
    .replace(/^shared_/, '')
    .replace(/-[0-9a-f]{8,}$/, '');
  const words = name.replace(/-20/g, ' ').replace(/[-_]+/g, ' ').trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Connector';
}

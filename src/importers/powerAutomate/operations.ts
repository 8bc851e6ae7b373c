import {
  connectorName,
  effectFromName,
  httpOperation,
  lookupPowerAutomate,
  powerAutomateApp,
  resourceFromUrl,
} from '../catalogue';
import type { IrOperation } from '../ir';
import { isObject, type JsonObject, objectEntries, stringOf } from '../jsonReaders';

/** Connection reference names (a solution's "contoso_sharedsql_1a2b") → connector ("shared_sql"). */
export type ConnectorNames = ReadonlyMap<string, string>;

/**
 * The connectors a flow's `connectionReferences` name, by reference: a solution's actions may
 * name only the reference, and the reference says which connector it is.
 */
export function connectorNamesOf(holder: unknown): ConnectorNames {
  const names = new Map<string, string>();
  for (const [reference, entry] of objectEntries(
    isObject(holder) ? holder.connectionReferences : undefined,
  )) {
    const api = isObject(entry.api) ? stringOf(entry.api.name) : undefined;
    const connector = api ?? stringOf(entry.id)?.split('/').at(-1);
    if (connector) names.set(reference, connector);
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
      return managedApiOperation(inputs);
    case 'http':
      return rawHttp(stringOf(inputs.method), stringOf(inputs.uri));
    case 'serviceprovider':
      return builtInConnector(inputs);
    case 'httpwebhook':
      return unknown(
        'HTTP',
        'An HTTP webhook subscribes to another system and waits for its call: decide what the call-back changes and how to undo it.',
      );
    case 'function':
      return unknown(
        'Azure Functions',
        'An Azure Function runs code Rollbook cannot read: decide what it changes and how to undo it.',
      );
    case 'workflow':
      return unknown(
        'Child flow',
        'A child flow runs its own actions: import it too, and decide how this step undoes what it did.',
      );
    case 'javascriptcode':
      return unknown(
        'Inline code',
        'Inline code may call out or change data: decide what it does and how to undo it.',
      );
    case 'apimanagement':
      return unknown(
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
  if (known) {
    return {
      effect: known.effect,
      app: known.app,
      ...(resource
        ? { resource, resourceFromSource: true }
        : known.resource
          ? { resource: known.resource, resourceFromSource: false }
          : {}),
      ...(known.undo ? { undo: known.undo } : {}),
      ...(known.channel ? { channel: known.channel } : {}),
    };
  }
  const app = powerAutomateApp(connector) ?? connectorTitle(connector);
  return guess(app, operationId, resource, `${connectorName(connector)} ${operationId}`);
}

/** Logic Apps' older `ApiConnection`: the connection's name, an HTTP method and a path. */
function managedApiOperation(inputs: JsonObject): IrOperation {
  const host = isObject(inputs.host) ? inputs.host : {};
  const connection = isObject(host.connection) ? stringOf(host.connection.name) : undefined;
  const api = (connection && /\['([^']+)'\]\['connectionId'\]/.exec(connection)?.[1]) ?? 'connector';
  const app = powerAutomateApp(`shared_${api}`) ?? connectorTitle(api);
  const method = stringOf(inputs.method)?.toUpperCase();
  const path = stringOf(inputs.path);
  const byMethod = method ? httpOperation(method) : undefined;
  const resource = tableOfPath(path) ?? resourceFromUrl(path);
  if (!byMethod) {
    return unknown(
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
  return guess(
    connectorTitle(service),
    operationId,
    resourceOfParameters(inputs.parameters),
    `${service} ${operationId}`,
  );
}

function rawHttp(method: string | undefined, uri: string | undefined): IrOperation {
  const byMethod = httpOperation(method);
  const resource = resourceFromUrl(uri);
  const target = uri ? ` to ${uri}` : '';
  if (!byMethod) {
    return unknown(
      'HTTP',
      `A raw HTTP ${method ?? ''} call${target}: decide what it changes and how to undo it.`,
    );
  }
  return {
    effect: byMethod.effect,
    app: 'HTTP',
    ...(resource ? { resource, resourceFromSource: true } : {}),
    ...(byMethod.undo ? { undo: byMethod.undo } : {}),
    attention: `A raw HTTP ${method?.toUpperCase() ?? 'GET'} call${target}: check what it really does (the method is only a hint) and the undo proposed.`,
  };
}

function guess(
  app: string,
  operationId: string,
  resource: string | undefined,
  described: string,
): IrOperation {
  const effect = effectFromName(operationId);
  if (!effect) {
    return unknown(
      app,
      `The ${app} operation "${operationId || described}" is not in the catalogue: decide what it changes and how to undo it.`,
    );
  }
  return {
    effect,
    app,
    ...(resource ? { resource, resourceFromSource: true } : {}),
    guessed: true,
    ...(effect === 'read'
      ? {}
      : {
          attention: `The ${app} operation "${operationId}" is not in Rollbook's catalogue: check what it changes and the undo proposed.`,
        }),
  };
}

const unknown = (app: string, attention: string): IrOperation => ({ effect: 'unknown', app, attention });

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

import { lookupMake } from '../catalogue';
import type { IrAction, IrMessage, IrOperation, IrTrigger } from '../ir';
import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import { fromCatalogue, guessedOperation, rawHttpOperation, unknownOperation } from '../parserOperations';
import type { SourceRef } from '../types';

/** Apps whose modules only shape bundles inside the scenario (variables, JSON, text, tools). */
const DATA_APPS = new Set([
  'util',
  'json',
  'regexp',
  'xml',
  'csv',
  'markdown',
  'math',
  'builtin',
  'placeholder',
]);

/** Apps whose modules take part in Make's transactions: Rollback undoes them, Commit keeps them. */
const TRANSACTIONAL_APPS = new Set(['datastore', 'mysql', 'postgres', 'microsoft-sql-server', 'mssql']);

/** Splits "google-sheets:addRow" (a custom app may be "app#my-app:action"). */
export function moduleParts(module: string): { app: string; action: string } {
  const at = module.indexOf(':');
  return at < 0 ? { app: module, action: '' } : { app: module.slice(0, at), action: module.slice(at + 1) };
}

export const supportsTransactions = (module: string) =>
  TRANSACTIONAL_APPS.has(moduleParts(module).app.toLowerCase());

/** Make's own names for its flow-control modules, which a blueprint does not carry. */
const BUILTIN_NAMES: Readonly<Record<string, string>> = {
  'builtin:basicrouter': 'Router',
  'builtin:basicfeeder': 'Iterator',
  'builtin:basicaggregator': 'Array aggregator',
  'builtin:basicrepeater': 'Repeater',
  'builtin:basicifelse': 'If-else',
  'builtin:basicmerge': 'Merge',
  'util:basictrigger': 'Basic trigger',
  'builtin:rollback': 'Rollback',
  'builtin:commit': 'Commit',
  'builtin:resume': 'Resume',
  'builtin:ignore': 'Ignore',
  'builtin:break': 'Break',
};

/** "google-sheets" → "Google Sheets"; "ActionCreateRecord" → "Create record". */
const appTitle = (app: string) =>
  app
    .replace(/^app#/, '')
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ') || 'Module';

const actionWords = (action: string) => {
  const words = action
    .replace(/^(Action|Trigger)(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]?.toUpperCase() + words.slice(1) : '';
};

/** What people see on Make's canvas: the module's own name, else "App: action". */
export function sourceOfModule(key: string, module: JsonObject): SourceRef {
  const type = stringOf(module.module) ?? 'unknown';
  const designer = designerOf(module);
  const { app, action } = moduleParts(type);
  const made =
    BUILTIN_NAMES[type.toLowerCase()] ??
    [lookupMake(type)?.app ?? appTitle(app), actionWords(action)].filter(Boolean).join(': ');
  // The module's own id, even when a repeated id made its key differ.
  const own = typeof module.id === 'number' || stringOf(module.id) ? String(module.id) : key;
  return { id: own, name: stringOf(designer.name) ?? made, type };
}

export const designerOf = (module: JsonObject): JsonObject =>
  isObject(module.metadata) && isObject(module.metadata.designer) ? module.metadata.designer : {};

export function positionOf(module: JsonObject): { x: number; y: number } | undefined {
  const { x, y } = designerOf(module);
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

/** A first module that waits for something to happen (a webhook, a "Watch …" module). */
export function isTriggerModule(type: string): boolean {
  const { app, action } = moduleParts(type);
  if (app === 'gateway') return /hook$/i.test(action);
  // util:BasicTrigger hands the scenario bundles each time it runs: a start like any watch module.
  return (
    /^(watch|trigger|on[A-Z_])/i.test(action) || /^new[A-Z]/.test(action) || type === 'util:BasicTrigger'
  );
}

export function triggerOf(key: string, module: JsonObject): IrTrigger {
  const type = stringOf(module.module) ?? '';
  const webhook = moduleParts(type).app === 'gateway';
  return {
    key,
    role: 'trigger',
    signal: 'alert',
    source: sourceOfModule(key, module),
    ...placed(module),
    messages: [
      {
        level: 'info',
        message: webhook
          ? 'Starts the scenario when its webhook is called.'
          : 'Starts the scenario when the app reports new or changed data (Make checks on the schedule).',
      },
    ],
  };
}

/** Any module other than a trigger, a router or an error directive. */
export function actionOf(key: string, module: JsonObject): IrAction {
  const type = stringOf(module.module) ?? '';
  const { app, action } = moduleParts(type);
  const mapper = isObject(module.mapper) ? module.mapper : {};
  const parameters = isObject(module.parameters) ? module.parameters : {};
  const messages: IrMessage[] = [];
  const step: IrAction = { key, role: 'action', source: sourceOfModule(key, module), ...placed(module) };
  const lowerAction = action.toLowerCase();
  if (type === 'builtin:BasicFeeder' || type === 'builtin:BasicRepeater') {
    messages.push({
      level: 'info',
      message: 'Repeats the modules after it for each item (bundle): the playbook runs them once.',
    });
  } else if (type === 'builtin:BasicMerge') {
    messages.push({ level: 'info', message: 'The If-else branches join here.' });
  } else if (/aggregat/i.test(action)) {
    messages.push({ level: 'info', message: 'Collects the bundles before it into one.' });
  } else if (type === 'util:FunctionSleep') {
    const seconds = Number(mapper.duration);
    if (Number.isFinite(seconds) && seconds >= 0) step.durationMs = seconds * 1000;
  } else if (type === 'gateway:WebhookRespond') {
    messages.push({ level: 'info', message: 'Answers the webhook caller: nothing to undo.' });
  } else if (app === 'http') {
    step.operation = rawHttpOperation(
      stringOf(mapper.method) ?? stringOf(parameters.method),
      stringOf(mapper.url),
    );
  } else if (app === 'scenario-service' || app === 'scenarios' || lowerAction.includes('subscenario')) {
    step.operation = unknownOperation(
      'Make scenario',
      'It runs another scenario: import that one too, and decide how this step undoes what it did.',
    );
  } else if (!DATA_APPS.has(app)) {
    step.operation = catalogued(type, app, action, mapper, parameters);
  }
  if (supportsTransactions(type)) {
    messages.push({
      level: 'info',
      message:
        "This module takes part in Make's transactions: a Rollback directive undoes it, a Commit keeps it.",
    });
  }
  const filter = isObject(module.filter) ? module.filter : undefined;
  if (filter) {
    messages.push({
      level: 'info',
      message: `Runs only when the filter "${stringOf(filter.name) ?? 'unnamed'}" passes; otherwise the bundle stops before it.`,
    });
  }
  return messages.length > 0 ? { ...step, messages } : step;
}

function catalogued(
  type: string,
  app: string,
  action: string,
  mapper: JsonObject,
  parameters: JsonObject,
): IrOperation {
  const resource = resourceOf(mapper, parameters);
  const known = lookupMake(type);
  return known ? fromCatalogue(known, resource) : guessedOperation(appTitle(app), action, resource, type);
}

/** The sheet, table or list a module names, when it names one in plain words. */
function resourceOf(mapper: JsonObject, parameters: JsonObject): string | undefined {
  for (const key of ['table', 'sheetId', 'sheet', 'tableName', 'object', 'databaseId', 'list']) {
    const value = stringOf(mapper[key]) ?? stringOf(parameters[key]);
    if (value && !value.includes('{{') && /^[A-Za-z][\w .-]{0,60}$/.test(value)) return value;
  }
  return undefined;
}

const placed = (module: JsonObject) => {
  const position = positionOf(module);
  return position ? { position } : {};
};

import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import type { ImportError } from '../types';

/** Where the workflow definition was found: the file kinds Power Automate and Logic Apps export. */
export type PowerAutomateWrapper =
  | 'definition'
  | 'workflow-file'
  | 'flow-package'
  | 'solution'
  | 'arm-template';

export interface Unwrapped {
  definition: JsonObject;
  /** The object beside the definition that may hold `connectionReferences`. */
  holder?: JsonObject;
  /** JSON Pointer of the definition in the file, for messages. */
  pointer: string;
  wrapper: PowerAutomateWrapper;
  name?: string;
  sourceId?: string;
  /** Things the wrapper held that the import leaves out (other workflows of an ARM template). */
  skipped: string[];
}

const WORKFLOW_SCHEMA = /workflowdefinition\.json/i;

/** A workflow definition: triggers and actions, or the Logic Apps definition schema. */
export function isDefinition(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  if (typeof value.$schema === 'string' && WORKFLOW_SCHEMA.test(value.$schema)) return true;
  return isObject(value.triggers) && isObject(value.actions);
}

/**
 * The definition inside any of the shapes people export (Rollbook reads JSON, not zip files):
 * - a bare definition (`$schema` …/workflowdefinition.json, `triggers`, `actions`);
 * - `{ "definition": … }`: a Logic Apps Standard workflow.json, or a definition copied with it;
 * - `{ "properties": { "definition": … } }`: the definition.json of an export package
 *   (Microsoft.Flow/flows/<id>/definition.json) or a solution's Workflows/<name>.json;
 * - an ARM template whose `resources` hold a `Microsoft.Logic/workflows` resource.
 */
export function unwrapDefinition(root: unknown): Unwrapped | ImportError {
  if (isDefinition(root)) return { definition: root, pointer: '', wrapper: 'definition', skipped: [] };
  if (!isObject(root)) return notAFlow();
  if (isDefinition(root.definition)) {
    return {
      definition: root.definition,
      holder: root,
      pointer: '/definition',
      wrapper: 'workflow-file',
      skipped: [],
    };
  }
  const properties = isObject(root.properties) ? root.properties : undefined;
  if (properties && isDefinition(properties.definition)) return fromProperties(root, properties);
  if (Array.isArray(root.resources)) return fromArmTemplate(root, root.resources);
  return isPackageManifest(root) ? manifestError() : notAFlow();
}

function fromProperties(root: JsonObject, properties: JsonObject): Unwrapped {
  const isPackage =
    stringOf(root.type)?.toLowerCase() === 'microsoft.flow/flows' || 'displayName' in properties;
  return {
    definition: properties.definition as JsonObject,
    holder: properties,
    pointer: '/properties/definition',
    wrapper: isPackage ? 'flow-package' : 'solution',
    ...optional('name', stringOf(properties.displayName) ?? stringOf(root.name)),
    ...optional('sourceId', stringOf(root.name) ?? stringOf(root.id)),
    skipped: [],
  };
}

function fromArmTemplate(root: JsonObject, resources: unknown[]): Unwrapped | ImportError {
  const workflows = resources
    .map((resource, index) => ({ resource, index }))
    .filter(
      (found): found is { resource: JsonObject; index: number } =>
        isObject(found.resource) &&
        stringOf(found.resource.type)?.toLowerCase() === 'microsoft.logic/workflows' &&
        isObject(found.resource.properties) &&
        isDefinition(found.resource.properties.definition),
    );
  const first = workflows[0];
  if (!first) {
    return isPackageManifest(root) ? manifestError() : notAFlow();
  }
  const properties = first.resource.properties as JsonObject;
  return {
    definition: properties.definition as JsonObject,
    holder: properties,
    pointer: `/resources/${first.index}/properties/definition`,
    wrapper: 'arm-template',
    ...optional('name', armName(root, first.resource.name)),
    skipped: workflows
      .slice(1)
      .map(({ resource, index }) => armName(root, resource.name) ?? `resources/${index}`),
  };
}

/** The manifest.json of an export package: it lists the flow but holds no definition. */
export function isPackageManifest(root: unknown): boolean {
  if (!isObject(root)) return false;
  // The manifest keys its resources by id; accept a list too.
  const resources = Array.isArray(root.resources)
    ? root.resources
    : isObject(root.resources)
      ? Object.values(root.resources)
      : [];
  return resources.some(
    (resource) => isObject(resource) && stringOf(resource.type)?.toLowerCase() === 'microsoft.flow/flows',
  );
}

/** A resource name, or the default value of the template parameter it names ("[parameters('x')]"). */
function armName(root: JsonObject, name: unknown): string | undefined {
  const text = stringOf(name);
  const parameter = text && /^\[parameters\('([^']+)'\)\]$/.exec(text)?.[1];
  if (!parameter) return text;
  const declared = isObject(root.parameters) ? root.parameters[parameter] : undefined;
  return (isObject(declared) ? stringOf(declared.defaultValue) : undefined) ?? parameter;
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

const manifestError = (): ImportError => ({
  kind: 'unknown-format',
  message:
    'This is the manifest of a Power Automate export package: import Microsoft.Flow/flows/<id>/definition.json from the package instead.',
});

const notAFlow = (): ImportError => ({
  kind: 'unknown-format',
  message:
    'No Power Automate or Logic Apps workflow definition found: expected "triggers" and "actions", or a file that holds one (an export package\'s definition.json, a solution workflow, an ARM template).',
});

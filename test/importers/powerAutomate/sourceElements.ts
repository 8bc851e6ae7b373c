import { fixtureText } from '../make/importFixture';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every trigger and action name of a fixture's definition, nested ones included, read independently of the importer. */
export function sourceElements(path: string): string[] {
  const root = JSON.parse(fixtureText(path)) as Json;
  const definition = findDefinition(root);
  const names = Object.keys(isJson(definition.triggers) ? definition.triggers : {});
  const walk = (actions: unknown) => {
    if (!isJson(actions)) return;
    for (const [name, action] of Object.entries(actions)) {
      names.push(name);
      if (!isJson(action)) continue;
      walk(action.actions);
      if (isJson(action.else)) walk(action.else.actions);
      if (isJson(action.default)) walk(action.default.actions);
      if (isJson(action.cases))
        for (const branch of Object.values(action.cases)) if (isJson(branch)) walk(branch.actions);
    }
  };
  walk(definition.actions);
  return names;
}

function findDefinition(root: Json): Json {
  if (isJson(root.actions)) return root;
  if (isJson(root.definition)) return root.definition;
  if (isJson(root.properties) && isJson(root.properties.definition)) return root.properties.definition;
  const resources = Array.isArray(root.resources) ? root.resources : [];
  const workflow = resources.find((r) => isJson(r) && r.type === 'Microsoft.Logic/workflows');
  return isJson(workflow) && isJson(workflow.properties) && isJson(workflow.properties.definition)
    ? workflow.properties.definition
    : {};
}

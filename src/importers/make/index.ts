import type { IrNote, IrRemark, IrWorkflow } from '../ir';
import { isObject, type JsonObject, stringOf } from '../jsonReaders';
import type { WorkflowImporter } from '../registry';
import type { ImportError, SourceRef } from '../types';
import { findBlueprint, isMakeBlueprint } from './blueprint';
import { settingsOf } from './directives';
import { MakeWalk } from './flowWalk';
import { isTriggerModule, sourceOfModule } from './modules';

export { isMakeBlueprint };

/** The key of the start added when a scenario's first module does not wait for events. */
const SCHEDULE_KEY = 'scenario schedule';

/**
 * A Make scenario blueprint as the platform-neutral workflow: modules, routers and their routes,
 * filters, error handler routes and their directives, designer positions. Never throws: a file
 * that is not a blueprint is an error value.
 */
export function parseMake(root: unknown): IrWorkflow | ImportError {
  const blueprint = findBlueprint(root);
  if ('kind' in blueprint) return blueprint;
  const walk = new MakeWalk(settingsOf(blueprint.root));
  const name = blueprint.name ?? 'Imported Make scenario';
  const scenario: SourceRef = { id: blueprint.sourceId ?? 'scenario', name, type: 'make:scenario' };
  const first = blueprint.flow[0];
  const startsWithTrigger = isObject(first) && isTriggerModule(stringOf(first.module) ?? '');
  if (!startsWithTrigger && blueprint.flow.length > 0) {
    // The scenario's schedule starts it; the blueprint keeps the schedule outside, so the start is made here.
    walk.steps.push({
      key: SCHEDULE_KEY,
      role: 'trigger',
      signal: 'schedule',
      source: { ...scenario, type: 'make:schedule' },
      messages: [
        {
          level: 'info',
          message: 'The first module does not wait for events: Make starts the scenario on its schedule.',
        },
      ],
    });
  }
  walk.scenario(blueprint.flow, [{ from: SCHEDULE_KEY, kind: 'next' }]);
  walk.remarks.push(...orphans(blueprint.root));
  return {
    format: 'make',
    name,
    ...(blueprint.sourceId ? { sourceId: blueprint.sourceId } : {}),
    steps: walk.steps,
    links: walk.links,
    notes: scenarioNotes(blueprint.root),
    remarks: walk.remarks,
  };
}

/** The Make format for the registry (src/importers/index.ts registers it). */
export const makeImporter: WorkflowImporter = {
  format: 'make',
  label: 'Make scenario blueprint',
  detect: isMakeBlueprint,
  parse: (document) => {
    const read = parseMake(document);
    return 'kind' in read ? { ok: false, error: read } : { ok: true, workflow: read };
  },
};

/**
 * Modules left unconnected on Make's canvas (`metadata.designer.orphans`): Make never runs them,
 * so they become no node, but the report names each one, nested routes and handlers included.
 */
function orphans(root: JsonObject): IrRemark[] {
  const designer = isObject(root.metadata) && isObject(root.metadata.designer) ? root.metadata.designer : {};
  const remarks: IrRemark[] = [];
  const visit = (modules: unknown) => {
    for (const module of Array.isArray(modules) ? modules : []) {
      if (!isObject(module)) continue;
      const key = typeof module.id === 'number' || stringOf(module.id) ? String(module.id) : 'orphan';
      remarks.push({
        level: 'warning',
        source: sourceOfModule(key, module),
        message: "Not connected to the scenario on Make's canvas: Make never runs it, so it was left out.",
      });
      for (const route of Array.isArray(module.routes) ? module.routes : [])
        if (isObject(route)) visit(route.flow);
      visit(module.onerror);
    }
  };
  for (const orphan of Array.isArray(designer.orphans) ? designer.orphans : []) {
    visit(isObject(orphan) && Array.isArray(orphan.flow) ? orphan.flow : [orphan]);
  }
  return remarks;
}

/**
 * The notes people leave on Make's canvas (`metadata.notes`). Their exact shape is not documented:
 * any note with text is kept (as the playbook's description, by the builder), none is dropped.
 */
function scenarioNotes(root: JsonObject): IrNote[] {
  const notes = isObject(root.metadata) && Array.isArray(root.metadata.notes) ? root.metadata.notes : [];
  return notes.flatMap((note, index): IrNote[] => {
    const text =
      stringOf(note) ??
      (isObject(note) ? (stringOf(note.content) ?? stringOf(note.text) ?? stringOf(note.note)) : undefined);
    if (!text) return [];
    const id =
      isObject(note) && (typeof note.id === 'number' || stringOf(note.id))
        ? String(note.id)
        : `note ${index + 1}`;
    return [{ source: { id, name: `Note ${index + 1}`, type: 'make:note' }, text }];
  });
}

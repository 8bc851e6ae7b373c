import type { IrRemark, IrWorkflow } from '../ir';
import { objectEntries, stringOf } from '../jsonReaders';
import type { WorkflowImporter } from '../registry';
import type { ImportError, SourceRef } from '../types';
import { FlowWalk } from './flowWalk';
import { connectorNamesOf } from './operations';
import { triggerStep } from './steps';
import { isPackageManifest, type PowerAutomateWrapper, unwrapDefinition } from './unwrap';

const WRAPPER_WORDS: Readonly<Record<PowerAutomateWrapper, string>> = {
  definition: 'a workflow definition',
  'workflow-file': 'a workflow file ({ "definition": … })',
  'flow-package': "an export package's definition.json",
  solution: "a solution's workflow file",
  'arm-template': 'an ARM template',
};

/**
 * True when the JSON holds a Power Automate / Logic Apps definition (format detection), or is
 * an export package's manifest, so that the import can say which file to take instead.
 */
export function isPowerAutomate(root: unknown): boolean {
  return !('kind' in unwrapDefinition(root)) || isPackageManifest(root);
}

/**
 * A Power Automate or Logic Apps workflow (bare, or inside an export package's definition.json,
 * a solution's workflow file or an ARM template) as the platform-neutral workflow. Never throws:
 * a file that holds no definition is an error value.
 */
export function parsePowerAutomate(root: unknown): IrWorkflow | ImportError {
  const found = unwrapDefinition(root);
  if ('kind' in found) return found;
  const { definition } = found;
  const flowSource: SourceRef = {
    id: found.sourceId ?? 'definition',
    name: found.name ?? 'Power Automate flow',
    type: 'definition',
  };
  const walk = new FlowWalk(connectorNamesOf(found.holder));
  const triggers = objectEntries(definition.triggers);
  walk.reportLeftOut(definition.triggers, 'trigger');
  for (const [key, trigger] of triggers) {
    walk.claim(key);
    walk.steps.push(triggerStep(key, trigger, walk.connectors));
  }
  const entry = triggers.map(([key]) => ({ from: key, kind: 'next' as const }));
  walk.container(definition.actions, entry);
  const remarks: IrRemark[] = [
    {
      level: 'info',
      source: flowSource,
      message: `Read from ${WRAPPER_WORDS[found.wrapper]}${found.pointer ? ` (the definition at ${found.pointer})` : ''}.`,
    },
    ...found.skipped.map((name) => ({
      level: 'warning' as const,
      source: { id: name, name, type: 'Microsoft.Logic/workflows' },
      message: 'The template holds more workflows: only the first was imported. Import each one on its own.',
    })),
    ...walk.remarks,
  ];
  if (triggers.length === 0) {
    remarks.push({
      level: 'warning',
      source: flowSource,
      message: 'The definition has no trigger: the playbook starts with a manual start.',
    });
  }
  const description = stringOf(definition.description);
  return {
    format: 'power-automate',
    name: found.name ?? 'Imported Power Automate flow',
    ...(found.sourceId ? { sourceId: found.sourceId } : {}),
    ...(description ? { description } : {}),
    steps: walk.steps,
    links: walk.links,
    notes: [],
    remarks,
  };
}

/** The Power Automate / Logic Apps format for the registry (src/importers/index.ts registers it). */
export const powerAutomateImporter: WorkflowImporter = {
  format: 'power-automate',
  label: 'Power Automate or Logic Apps flow',
  detect: isPowerAutomate,
  parse: (document) => {
    const read = parsePowerAutomate(document);
    return 'kind' in read ? { ok: false, error: read } : { ok: true, workflow: read };
  },
};

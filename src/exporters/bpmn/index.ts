import type { Playbook } from '../../domain/types';
import type { Exporter } from '../types';
import { buildDiagram } from './build';
import { diagramXml } from './xml';

const BPMN_LOSSES = [
  'Retry policies, timeouts, systems, approver roles and notification details are kept as element documentation: BPMN has no standard attribute for them.',
  'Decision conditions are CEL, written as formal expressions with language "cel"; an engine needs a CEL evaluator or a rewrite into its own expression language.',
  'A rollback is a chain of compensation throw events, one per step in reverse completion order, so the order does not depend on the engine (some run compensation handlers in parallel); a step that was not completed on the path taken is skipped by the engine.',
  'A step that fails part-way is not compensated: BPMN compensates completed activities only.',
  'Checkpoints, restores and data checks are service tasks: the engine must implement them.',
];

/** The playbook as BPMN 2.0 XML with diagram interchange, laid out from the canvas positions. */
export function toBpmn(playbook: Playbook): { output: string; losses: string[] } {
  const { diagram, losses } = buildDiagram(playbook);
  const output = diagramXml(diagram, {
    id: `Process_${playbook.id}`,
    name: playbook.name,
    ...(playbook.description ? { documentation: playbook.description } : {}),
  });
  return { output, losses: [...BPMN_LOSSES, ...losses] };
}

export const bpmn: Exporter = {
  id: 'bpmn',
  label: 'BPMN 2.0 (XML with diagram)',
  extension: 'bpmn',
  mediaType: 'application/xml',
  description: 'BPMN 2.0 XML with compensation handlers, error boundary events and the canvas layout.',
  export: (playbook) => toBpmn(playbook),
};

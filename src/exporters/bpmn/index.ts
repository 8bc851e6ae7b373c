import type { Playbook } from '../../domain/types';
import type { Exporter } from '../types';
import { buildDiagram } from './build';
import { diagramXml } from './xml';

const BPMN_LOSSES = [
  "Tries, time limits, systems, who may approve and notification details are written into each element's documentation: BPMN has no standard place for them, so an engine ignores them unless someone sets them up.",
  "Decision questions are kept in Rollbook's expression language; a BPMN engine cannot read it, so someone must rewrite each question for the engine.",
  'A rollback undoes the steps one by one, most recent first, so the order does not depend on the engine; a step that did not run on the way taken is skipped.',
  'A step that fails half-way is not undone: BPMN undoes only steps that finished.',
  'Snapshots, restores and data checks become plain tasks: someone must build what they do in the engine.',
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

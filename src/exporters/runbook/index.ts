import type { Playbook } from '../../domain/types';
import { buildExecutionPlan } from '../plan/executionPlan';
import type { ExportContext, Exporter } from '../types';
import { appendixSections } from './appendix';
import type { RunbookDocument } from './blocks';
import { diagramSvg } from './diagramSvg';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { mermaidFlowchart } from './mermaid';
import { personalDataSections } from './personalData';
import { procedureOrder } from './procedureOrder';
import { procedureSections } from './procedureSection';
import { escalationSection } from './procedureWords';
import { summarySection } from './summary';

/** The runbook's content, shared by the Markdown file and the print view. */
export function runbookDocument(playbook: Playbook, context: ExportContext = {}): RunbookDocument {
  const plan = buildExecutionPlan(playbook);
  const steps = procedureOrder(playbook, plan.graph);
  const stepNumbers = new Map(steps.map((step) => [step.node.id, step.number]));
  return {
    title: `${playbook.name}: runbook`,
    subtitle: `Revision ${playbook.revision}${playbook.metadata.author ? `, by ${playbook.metadata.author}` : ''}${playbook.metadata.updatedAt ? `, updated ${playbook.metadata.updatedAt}` : ''}`,
    sections: [
      summarySection(playbook, context),
      ...personalDataSections(playbook),
      ...procedureSections(playbook, plan.graph, steps),
      escalationSection(playbook, steps),
      {
        title: 'Flowchart',
        level: 2,
        blocks: [
          {
            kind: 'diagram',
            svg: diagramSvg(playbook, stepNumbers),
            text: "Numbers are the procedure's steps. Solid arrows: the way on; red: where a failure goes; dashed: a step's undo. The Mermaid source of this chart is in the appendix.",
          },
        ],
      },
      ...appendixSections(playbook, plan, context),
      {
        title: 'Flowchart source (Mermaid)',
        level: 3,
        blocks: [{ kind: 'mermaid', source: mermaidFlowchart(playbook) }],
      },
    ],
  };
}

const RUNBOOK_LOSSES = [
  'The runbook is for people: it describes the playbook but cannot be imported back or run.',
];

export const runbookMarkdown: Exporter = {
  id: 'runbook-md',
  label: 'Runbook (Markdown)',
  extension: 'md',
  mediaType: 'text/markdown',
  description:
    'A plain-language summary, the numbered procedure with owners, times and failure branches, contacts, a flowchart and a technical appendix.',
  export: (playbook, context) => ({
    output: renderMarkdown(runbookDocument(playbook, context)),
    losses: RUNBOOK_LOSSES,
  }),
};

export const runbookHtml: Exporter = {
  id: 'runbook-html',
  label: 'Runbook (print view, HTML)',
  extension: 'html',
  mediaType: 'text/html',
  description: 'The same runbook as a standalone, print-friendly HTML page with every text escaped.',
  export: (playbook, context) => ({
    output: renderHtml(runbookDocument(playbook, context)),
    losses: RUNBOOK_LOSSES,
  }),
};

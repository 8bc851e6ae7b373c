import type { IrWorkflow } from '../ir';
import type { ReportEntry } from '../types';
import type { FlowGraph } from './flowGraph';

/**
 * Where each note's text goes, so nothing is lost silently (issue 14 item 2): into the
 * description of every imported step whose position lies inside the note's rectangle, else into
 * the playbook's description. One report entry per note says where it went.
 */
export function assignStickyNotes(
  workflow: IrWorkflow,
  graph: FlowGraph,
): { byStep: Map<string, string[]>; unplaced: string[]; entries: ReportEntry[] } {
  const byStep = new Map<string, string[]>();
  const unplaced: string[] = [];
  const entries: ReportEntry[] = [];
  for (const note of workflow.notes) {
    const text = note.text.trim();
    if (text === '') {
      entries.push({
        level: 'info',
        source: note.source,
        node: null,
        message: 'An empty note: nothing to keep.',
      });
      continue;
    }
    const area = note.area;
    const inside = area
      ? workflow.steps.filter(
          (step) =>
            graph.nodes.has(step.key) &&
            step.position !== undefined &&
            step.position.x >= area.x &&
            step.position.x <= area.x + area.width &&
            step.position.y >= area.y &&
            step.position.y <= area.y + area.height,
        )
      : [];
    for (const step of inside) byStep.set(step.key, [...(byStep.get(step.key) ?? []), text]);
    if (inside.length === 0) unplaced.push(text);
    entries.push({
      level: 'info',
      source: note.source,
      node: null,
      message:
        inside.length === 0
          ? "A note: its text is in the playbook's description."
          : `A note: its text is in the description of ${inside.map((step) => `"${step.source.name}"`).join(', ')}.`,
    });
  }
  return { byStep, unplaced, entries };
}

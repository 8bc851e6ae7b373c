import type { Playbook, PlaybookNode } from '../../domain/types';

/** Mermaid node ids: our ids may hold `.` and `-`, which Mermaid reads as syntax. */
const mermaidId = (id: string, index: number): string => `n${index}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** A label Mermaid shows as text: quotes and angle brackets become entity codes. */
function label(text: string): string {
  return `"${text.replace(/[#"<>&]/g, (char) => `#${char.charCodeAt(0)};`)}"`;
}

function shape(node: PlaybookNode, id: string): string {
  const text = label(node.label);
  switch (node.kind) {
    case 'trigger':
    case 'end':
      return `${id}([${text}])`;
    case 'decision':
      return `${id}{${text}}`;
    case 'checkpoint':
    case 'restore':
      return `${id}[(${text})]`;
    case 'approval':
      return `${id}[/${text}/]`;
    default:
      return `${id}[${text}]`;
  }
}

/** The playbook as a Mermaid flowchart: next solid, failure red and labelled, undo dashed, branches labelled. */
export function mermaidFlowchart(playbook: Playbook): string {
  const ids = new Map(playbook.nodes.map((node, index) => [node.id, mermaidId(node.id, index)]));
  const lines = ['flowchart LR'];
  for (const node of playbook.nodes) lines.push(`  ${shape(node, ids.get(node.id)!)}`);
  const failureLinks: number[] = [];
  playbook.edges.forEach((edge, index) => {
    const from = ids.get(edge.source)!;
    const to = ids.get(edge.target)!;
    switch (edge.kind) {
      case 'next':
        lines.push(edge.label ? `  ${from} -->|${label(edge.label)}| ${to}` : `  ${from} --> ${to}`);
        break;
      case 'failure':
        failureLinks.push(index);
        lines.push(`  ${from} -->|${label(edge.label ?? 'fails')}| ${to}`);
        break;
      case 'compensate':
        lines.push(`  ${from} -.->|${label('undo')}| ${to}`);
        break;
      case 'branch':
        lines.push(`  ${from} -->|${label(edge.label ?? (edge.when ? 'yes' : 'no'))}| ${to}`);
        break;
    }
  });
  if (failureLinks.length > 0)
    lines.push(`  linkStyle ${failureLinks.join(',')} stroke:#c62828,color:#c62828`);
  return lines.join('\n');
}

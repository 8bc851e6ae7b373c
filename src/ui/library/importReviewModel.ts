import type { Playbook } from '../../domain/types';
import { toFlow } from '../../graph/toFlow';
import type { ImportFormat, ReportEntry, ReportLevel } from '../../importers/types';
import type { DecoratedEdge, DecoratedNode } from '../review/ReadOnlyCanvas';

/**
 * The platforms by the names their users know them by (the summary says "from Make"). The
 * builder words its own report with a private copy; importing that module here would bring the
 * importers into the review's chunk, which must stay small (they run in the worker).
 */
export const PLATFORM_NAMES: Record<ImportFormat, string> = {
  n8n: 'n8n',
  make: 'Make',
  'power-automate': 'Power Automate',
  asl: 'Step Functions',
  bpmn: 'BPMN',
  'serverless-workflow': 'Serverless Workflow',
};

/** The report's groups in the order a citizen developer needs them: decisions first. */
export const REPORT_GROUPS: readonly { level: ReportLevel; title: string; intro: string }[] = [
  {
    level: 'attention',
    title: 'Needs your decision',
    intro:
      'Only you can settle these: what a step really does, or how it is safely undone. Each says what to decide.',
  },
  {
    level: 'warning',
    title: 'Check these',
    intro: 'Rollbook proposed something here, but it rests on a guess or on something a playbook cannot do.',
  },
  {
    level: 'info',
    title: 'Imported as proposed',
    intro: 'What each element became. Nothing here needs you, but read it before you rely on the playbook.',
  },
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The counts behind the summary line, from the playbook and the report as the importer made them. */
export interface ImportCounts {
  /** Elements of the source that became a node (the workflow as a whole, notes and settings do not). */
  steps: number;
  undoProposed: number;
  cannotBeUndone: number;
  needDecision: number;
  toCheck: number;
  /** Elements that became no node: notes, settings, disabled steps (each says where it went). */
  notOnCanvas: number;
}

export function importCounts(playbook: Playbook, report: readonly ReportEntry[]): ImportCounts {
  const elements = report.filter((entry) => entry.source.type !== 'workflow');
  const placed = new Set(elements.filter((entry) => entry.node !== null).map((entry) => entry.source.id));
  const notPlaced = new Set(
    elements.filter((entry) => entry.node === null && !placed.has(entry.source.id)).map((e) => e.source.id),
  );
  return {
    steps: placed.size,
    undoProposed: playbook.edges.filter((edge) => edge.kind === 'compensate').length,
    cannotBeUndone: playbook.nodes.filter((node) => node.kind === 'step' && node.irreversible).length,
    needDecision: report.filter((entry) => entry.level === 'attention').length,
    toCheck: report.filter((entry) => entry.level === 'warning').length,
    notOnCanvas: notPlaced.size,
  };
}

/**
 * The plain summary at the top of the review, e.g. "12 steps imported from n8n: 5 undo actions
 * proposed, 2 steps cannot be undone, 3 need your decision", and a second line with the rest.
 */
export function importSummary(
  format: ImportFormat,
  counts: ImportCounts,
): { headline: string; detail: string } {
  const decisions =
    counts.needDecision === 0
      ? 'nothing needs your decision'
      : `${counts.needDecision} ${counts.needDecision === 1 ? 'needs' : 'need'} your decision`;
  const headline =
    `${count(counts.steps, 'step', 'steps')} imported from ${PLATFORM_NAMES[format]}: ` +
    `${count(counts.undoProposed, 'undo action', 'undo actions')} proposed, ` +
    `${count(counts.cannotBeUndone, 'step cannot', 'steps cannot')} be undone, ${decisions}`;
  const rest = [
    counts.toCheck > 0 ? `${count(counts.toCheck, 'proposal', 'proposals')} to check` : '',
    counts.notOnCanvas > 0
      ? `${count(counts.notOnCanvas, 'element', 'elements')} not on the canvas (notes, settings or disabled steps: the list says where each went)`
      : '',
  ].filter(Boolean);
  const detail = `Nothing is saved until you choose Create.${rest.length > 0 ? ` Also: ${rest.join('; ')}.` : ''}`;
  return { headline, detail };
}

/** The report's entries per level, each group in the source's order. */
export function groupReport(report: readonly ReportEntry[]): Record<ReportLevel, ReportEntry[]> {
  const groups: Record<ReportLevel, ReportEntry[]> = { attention: [], warning: [], info: [] };
  for (const entry of report) groups[entry.level].push(entry);
  return groups;
}

/** The word the canvas adds to a node that needs the author (its badge and its accessible name). */
export const ATTENTION_BADGE = 'needs your decision';

/**
 * The proposed playbook as canvas nodes and edges: nodes an `attention` entry points at carry
 * the badge class and say so in their accessible name; `selectedId` is the node the list chose.
 */
export function decorateImport(
  playbook: Playbook,
  report: readonly ReportEntry[],
  selectedId: string | null,
): { nodes: DecoratedNode[]; edges: DecoratedEdge[] } {
  const flow = toFlow(playbook);
  const needy = new Set(
    report.filter((entry) => entry.level === 'attention' && entry.node !== null).map((e) => e.node),
  );
  const nodes = flow.nodes.map((node): DecoratedNode => {
    const selected = node.id === selectedId;
    if (!needy.has(node.id)) return selected ? { ...node, selected } : node;
    return {
      ...node,
      selected,
      className: 'import-attention',
      ariaLabel: `${node.ariaLabel} (${ATTENTION_BADGE})`,
    };
  });
  return { nodes, edges: flow.edges };
}

/**
 * A report message as sentences a person can scan, each with its lead word ("Proposed",
 * "Guessed", "Retry") apart so the list can set it in bold. The importers write one paragraph
 * per element; a sentence ends at a stop followed by a capital, so "e.g." and URLs stay whole.
 */
export function messageSentences(message: string): { lead: string | null; text: string }[] {
  return message
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .filter((sentence) => sentence.trim() !== '')
    .map((sentence) => {
      const lead = /^([A-Z][A-Za-z ]{1,20}):\s+/.exec(sentence);
      return lead
        ? { lead: lead[1] ?? null, text: sentence.slice(lead[0].length) }
        : { lead: null, text: sentence };
    });
}

/**
 * The report entry a node on the canvas stands for, in the list's order (decisions first): its
 * own, else, for what the importer added around a step (its undo, the snapshot or approval
 * before it), that step's. Null when the node is the importer's own (a shared end).
 */
export function entryForNode(
  playbook: Playbook,
  report: readonly ReportEntry[],
  nodeId: string,
): number | null {
  const own = (id: string) => {
    const groups = groupReport(report);
    const first = [...groups.attention, ...groups.warning, ...groups.info].find((entry) => entry.node === id);
    return first ? report.indexOf(first) : null;
  };
  const direct = own(nodeId);
  if (direct !== null) return direct;
  const undone = playbook.edges.find((edge) => edge.kind === 'compensate' && edge.target === nodeId);
  const before = playbook.edges.find((edge) => edge.kind === 'next' && edge.source === nodeId);
  for (const step of [undone?.source, before?.target]) {
    const found = step === undefined ? null : own(step);
    if (found !== null) return found;
  }
  return null;
}

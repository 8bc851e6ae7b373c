import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/types';
import type { ReportEntry } from '../../../src/importers/types';
import {
  decorateImport,
  entryForNode,
  groupReport,
  importCounts,
  importSummary,
  messageSentences,
} from '../../../src/ui/library/importReviewModel';
import { sortImportText } from '../../../src/workers/importSorting';

const entry = (
  level: ReportEntry['level'],
  id: string,
  node: string | null,
  type = 'n8n-nodes-base.set',
) => ({
  level,
  source: { id, name: id, type },
  node,
  message: `${id} message`,
});

function imported(): { playbook: Playbook; report: ReportEntry[] } {
  const text = JSON.stringify({
    name: 'Two sheets',
    nodes: [
      { id: 'a', name: 'Start', type: 'n8n-nodes-base.manualTrigger', position: [0, 0], parameters: {} },
      {
        id: 'b',
        name: 'Add row',
        type: 'n8n-nodes-base.googleSheets',
        position: [200, 0],
        parameters: { operation: 'append' },
      },
      { id: 'c', name: 'Tell team', type: 'n8n-nodes-base.slack', position: [400, 0], parameters: {} },
      { id: 'd', name: 'Mystery', type: 'n8n-nodes-acme.thing', position: [600, 0], parameters: {} },
      {
        id: 'e',
        name: 'Note',
        type: 'n8n-nodes-base.stickyNote',
        position: [0, 200],
        parameters: { content: 'Hi' },
      },
    ],
    connections: {
      Start: { main: [[{ node: 'Add row', type: 'main', index: 0 }]] },
      'Add row': { main: [[{ node: 'Tell team', type: 'main', index: 0 }]] },
      'Tell team': { main: [[{ node: 'Mystery', type: 'main', index: 0 }]] },
    },
  });
  const sorted = sortImportText(text);
  if (sorted.kind !== 'workflow') throw new Error(`not imported: ${JSON.stringify(sorted)}`);
  return sorted;
}

describe('the import review model', () => {
  it('counts what the summary says from the playbook and the report', () => {
    const { playbook, report } = imported();
    const counts = importCounts(playbook, report);
    expect(counts.steps).toBe(4);
    expect(counts.undoProposed).toBe(playbook.edges.filter((edge) => edge.kind === 'compensate').length);
    expect(counts.undoProposed).toBeGreaterThanOrEqual(1);
    expect(counts.cannotBeUndone).toBe(1);
    expect(counts.needDecision).toBe(report.filter((e) => e.level === 'attention').length);
    expect(counts.needDecision).toBeGreaterThanOrEqual(1);
    expect(counts.notOnCanvas).toBe(1);
  });

  it('words the summary plainly, in the singular where it is one', () => {
    const summary = importSummary('make', {
      steps: 12,
      undoProposed: 5,
      cannotBeUndone: 1,
      needDecision: 1,
      toCheck: 0,
      notOnCanvas: 0,
    });
    expect(summary.headline).toBe(
      '12 steps imported from Make: 5 undo actions proposed, 1 step cannot be undone, 1 needs your decision',
    );
    expect(summary.detail).toBe('Nothing is saved until you choose Create.');
    const none = importSummary('power-automate', {
      steps: 2,
      undoProposed: 0,
      cannotBeUndone: 0,
      needDecision: 0,
      toCheck: 3,
      notOnCanvas: 2,
    });
    expect(none.headline).toBe(
      '2 steps imported from Power Automate: 0 undo actions proposed, 0 steps cannot be undone, nothing needs your decision',
    );
    expect(none.detail).toContain('3 proposals to check; 2 elements not on the canvas');
  });

  it('groups the report by level, each group in the source order', () => {
    const report = [
      entry('info', 'w', null, 'workflow'),
      entry('attention', 'x', 'x'),
      entry('info', 'y', 'y'),
      entry('attention', 'z', null),
    ];
    const groups = groupReport(report);
    expect(groups.attention.map((e) => e.source.id)).toEqual(['x', 'z']);
    expect(groups.warning).toEqual([]);
    expect(groups.info.map((e) => e.source.id)).toEqual(['w', 'y']);
  });

  it('badges the nodes an attention entry points at, and selects the chosen node', () => {
    const { playbook, report } = imported();
    const needy = report.find((e) => e.level === 'attention' && e.node !== null)?.node;
    const calm = report.find((e) => e.level === 'info' && e.node !== null && e.node !== needy)?.node;
    const flow = decorateImport(playbook, report, calm ?? null);
    const badged = flow.nodes.find((node) => node.id === needy);
    expect(badged?.className).toBe('import-attention');
    expect(badged?.ariaLabel).toMatch(/\(needs your decision\)$/);
    expect(badged?.selected).toBe(false);
    const chosen = flow.nodes.find((node) => node.id === calm);
    expect(chosen?.selected).toBe(true);
    expect(chosen?.className).toBeUndefined();
    expect(flow.nodes.filter((node) => node.selected)).toHaveLength(1);
  });

  it('splits a message into sentences with their lead words apart, keeping URLs whole', () => {
    expect(
      messageSentences(
        'A raw HTTP POST call to https://api.test/v1/x. Proposed: a compensation. Retry: up to 3 attempts, 1 s apart.',
      ),
    ).toEqual([
      { lead: null, text: 'A raw HTTP POST call to https://api.test/v1/x.' },
      { lead: 'Proposed', text: 'a compensation.' },
      { lead: 'Retry', text: 'up to 3 attempts, 1 s apart.' },
    ]);
  });

  it("finds the entry a canvas node stands for: its own, or for an added undo its step's", () => {
    const { playbook, report } = imported();
    const step = report.findIndex((e) => e.source.name === 'Add row');
    const stepNode = report[step]?.node ?? '';
    expect(entryForNode(playbook, report, stepNode)).toBe(step);
    const undo = playbook.edges.find((edge) => edge.kind === 'compensate' && edge.source === stepNode);
    expect(undo).toBeDefined();
    expect(entryForNode(playbook, report, undo?.target ?? '')).toBe(step);
    expect(entryForNode(playbook, report, 'no-such-node')).toBeNull();
  });
});

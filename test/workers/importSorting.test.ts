import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportStage, sortImportText } from '../../src/workers/importSorting';

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/importers/${path}`, import.meta.url), 'utf8');

describe('sorting an imported file (the import worker)', () => {
  it('sends a Rollbook playbook to the library import, even a damaged one', () => {
    expect(sortImportText('{"format":"rollbook.playbook","schemaVersion":1,"nodes":[]}')).toEqual({
      kind: 'playbook',
    });
    expect(sortImportText('{"schemaVersion":7}')).toEqual({ kind: 'playbook' });
  });

  it('sends text that is not JSON to the library import, which says where the syntax breaks', () => {
    expect(sortImportText('{"nodes": [')).toEqual({ kind: 'playbook' });
    expect(sortImportText('just words, no JSON')).toEqual({ kind: 'playbook' });
  });

  it('reads a truncated n8n file as broken JSON, never as the shorter YAML document it also is', () => {
    const truncated = fixture('n8n/linear-sheets-slack.json').slice(0, 300);
    expect(sortImportText(truncated)).toEqual({ kind: 'playbook' });
    expect(sortImportText(`\uFEFF  ${truncated}`)).toEqual({ kind: 'playbook' });
  });

  it('imports an n8n workflow for the review, reporting the stages it went through', () => {
    const stages: ImportStage[] = [];
    const sorted = sortImportText(fixture('n8n/realistic-30.json'), (stage) => stages.push(stage));
    expect(sorted.kind).toBe('workflow');
    if (sorted.kind !== 'workflow') return;
    expect(sorted.format).toBe('n8n');
    expect(sorted.label).toBe('n8n workflow');
    expect(sorted.playbook.name).toBe('Shopify order fulfilment');
    expect(sorted.report.some((entry) => entry.level === 'attention')).toBe(true);
    expect(stages).toEqual([
      { stage: 'reading' },
      { stage: 'building', label: 'n8n workflow', elements: 30 },
    ]);
  });

  it('imports Make and Power Automate files too', () => {
    const make = sortImportText(fixture('make/router.json'));
    const flow = sortImportText(fixture('power-automate/invoice-processing.json'));
    expect(make.kind === 'workflow' && make.format).toBe('make');
    expect(flow.kind === 'workflow' && flow.format).toBe('power-automate');
  });

  it('refuses JSON of no known kind, naming what Rollbook reads', () => {
    const sorted = sortImportText('{"zap":{"steps":[]}}');
    expect(sorted.kind).toBe('refused');
    if (sorted.kind !== 'refused') return;
    expect(sorted.message).toMatch(/^Neither a Rollbook playbook nor a workflow Rollbook can import/);
    expect(sorted.message).toContain('n8n workflow');
  });

  it('refuses a workflow with nothing to import with the format named', () => {
    const sorted = sortImportText('{"nodes":[],"connections":{}}');
    expect(sorted.kind).toBe('refused');
    if (sorted.kind === 'refused') expect(sorted.message).toMatch(/^This n8n workflow cannot be imported: /);
  });
});

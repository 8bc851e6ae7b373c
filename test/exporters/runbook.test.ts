import { describe, expect, it } from 'vitest';
import { runbookHtml, runbookMarkdown } from '../../src/exporters';
import { escapeMarkdown } from '../../src/exporters/runbook/markdown';
import { example } from './examples';

const HOSTILE = '<script>alert("x")</script> [click](javascript:alert(1)) **bold** | pipe';

function hostilePlaybook() {
  const playbook = example('order-fulfilment-rollback');
  playbook.name = HOSTILE;
  playbook.description = HOSTILE;
  for (const node of playbook.nodes) node.label = `${node.id} ${HOSTILE}`;
  return playbook;
}

describe('the runbook', () => {
  const markdown = runbookMarkdown.export(example('order-fulfilment-rollback')).output;

  it('quotes the approval status as one sentence, whether or not it ends with a full stop', () => {
    const text = runbookMarkdown.export(example('order-fulfilment-rollback'), {
      approvalStatus: 'Not approved: 0 of 1 approval.',
    }).output;
    expect(text).toContain('Approval status of this version: Not approved: 0 of 1 approval.');
    expect(text).not.toContain('approval..');
  });

  it('opens with a plain-language summary, then the procedure, contacts, a flowchart, the appendix and the Mermaid source', () => {
    const parts = [
      '## Summary',
      '## Procedure',
      '## Escalation and contacts',
      '## Flowchart',
      '## Technical appendix',
      '### Flowchart source (Mermaid)',
    ].map((title) => markdown.indexOf(title));
    expect(parts[0]).toBeGreaterThan(0);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
    expect(markdown.indexOf('```mermaid\nflowchart LR')).toBeGreaterThan(parts[5]!);
  });

  it('says who may start, approve and override, who is told, the RTO and the termination criteria', () => {
    expect(markdown).toContain(
      'Who may start it: Operations lead (ops-lead), Automation runner (automation).',
    );
    expect(markdown).toContain('Who may approve this playbook: Operations lead (ops-lead)');
    expect(markdown).toContain('Who may override during a run: Operations lead (ops-lead).');
    expect(markdown).toContain('ops-lead on call, by pager (tier 3)');
    expect(markdown).toContain('The recovery time objective (RTO) is 15 min: the estimate is within it.');
    expect(markdown).toContain(
      'When it is over: Orders, stock and shipments match the state before the batch',
    );
  });

  it('lists the undo order, irreversible steps and failure paths in the appendix', () => {
    expect(markdown).toContain(
      'Mark orders shipped (s3) → Book shipments with carrier (s2) → Reserve stock (s1)',
    );
    expect(markdown).toContain('"Email customers" cannot be undone: An email cannot be unsent.');
    expect(markdown).toContain('| Support lead approves customer email (a1) | Undo completed steps (rb1) |');
  });

  it('shows the content hash, approval status and latest drill it is given', () => {
    const output = runbookMarkdown.export(example('minimal-saga'), {
      contentHash: `sha256:${'a'.repeat(64)}`,
      approvalStatus: 'Not approved: 0 of 1 approvals.',
      drill: { runs: 12, consistent: 11, withinRto: 12, notReached: 0, worstRecoveryMs: 4000 },
    }).output;
    expect(output).toContain(`Content hash: sha256:${'a'.repeat(64)}.`);
    expect(output).toContain('Approval status: Not approved: 0 of 1 approvals.');
    expect(output).toContain(
      'Latest drill: 12 runs, 11 consistent, 12 within the RTO, 0 nodes not reached, worst recovery 4 s.',
    );
    expect(runbookMarkdown.export(example('minimal-saga')).output).toContain(
      'Latest drill: no drill of this version has run',
    );
  });

  it('escapes user text in Markdown: no raw HTML, links, emphasis or table breaks', () => {
    // The Mermaid block is code: its labels are quoted for Mermaid (checked below), not Markdown.
    const output = runbookMarkdown.export(hostilePlaybook()).output.replace(/```mermaid[\s\S]*?```/, '');
    expect(output).not.toContain('<script>');
    expect(output).not.toContain('[click]');
    expect(output).not.toContain('**bold**');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
  });

  it('escapes every user text in the HTML print view and runs no script', () => {
    const html = runbookHtml.export(hostilePlaybook()).output;
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<text[^>]*>[^<]*<script/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
  });

  it('mermaid labels cannot break out of their quotes', () => {
    const output = runbookMarkdown.export(hostilePlaybook()).output;
    const chart = output.slice(
      output.indexOf('```mermaid'),
      output.indexOf('```', output.indexOf('```mermaid') + 3),
    );
    expect(chart).not.toMatch(/"[^"\n]*<script/);
    expect(chart).toContain('#60;script#62;alert(#34;x#34;)');
  });
});

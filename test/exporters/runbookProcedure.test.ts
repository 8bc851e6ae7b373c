import { describe, expect, it } from 'vitest';
import { runbookHtml, runbookMarkdown } from '../../src/exporters';
import { example } from './examples';

const order = runbookMarkdown.export(example('order-fulfilment-rollback')).output;
const section = (text: string, title: string) => {
  const start = text.indexOf(title);
  return text.slice(start, text.indexOf('\n### ', start + title.length));
};

describe('the runbook as a procedure', () => {
  it('numbers the steps with who, which system, the time against the RTO, the check and the failure branch', () => {
    const step = section(order, '### Step 3. Book shipments with carrier');
    expect(step).toContain('- Who: Automation runner (automation).');
    expect(step).toContain('- System: carrier-api.');
    expect(step).toContain('running total 7 s of the 15 min RTO.');
    expect(step).toContain(
      'up to 3 tries, waiting 30 s before the second and 2 times longer before each next one',
    );
    expect(step).toContain(
      '- Done when: the carrier-api reports success, and you see 2 new shipments records.',
    );
    expect(step).toContain('- If it fails: go to step 7 ("Undo completed steps").');
  });

  it('says where the normal run ends, and where each failure path continues and ends', () => {
    expect(section(order, '### Step 6. Email customers (cannot be undone)')).toContain(
      '- Then: the run is over: it ends as "Batch fulfilled" (the work is done). Stop here.',
    );
    const undo = section(order, '### Step 7. Undo completed steps');
    expect(undo).toContain(
      '"Set orders back to paid" (undoes "Mark orders shipped"), then "Cancel bookings" (undoes "Book shipments with carrier"), then "Release stock" (undoes "Reserve stock").',
    );
    expect(undo).toContain('- If it fails: go to step 10 ("Restore snapshot").');
    expect(section(order, '### Step 5. Support lead approves customer email')).toContain(
      '- If it is rejected or nobody answers in time: go to step 7',
    );
  });

  it('calls out irreversible steps and states the termination criteria', () => {
    expect(section(order, '### Step 6. Email customers (cannot be undone)')).toContain(
      '- Cannot be undone: An email cannot be unsent. Make sure before you do it.',
    );
    expect(order).toContain('Stop when: Orders, stock and shipments match the state before the batch');
  });

  it('a step without a failure path says the implicit rollback ends the run', () => {
    const saga = runbookMarkdown.export(example('minimal-saga')).output;
    expect(section(saga, '### Step 2. Credit Bob')).toContain(
      '- If it fails: undo every completed step, most recent first (as a rollback does), then the run is over: it ends as rolled back. Stop here.',
    );
  });

  it('lists escalation tiers from the notify nodes, lowest first, and each role’s steps', () => {
    const contacts = order.slice(order.indexOf('## Escalation and contacts'), order.indexOf('## Flowchart'));
    expect(contacts.indexOf('| Tier 2 | \\#ops | slack | Step 9 ("Tell operations") |')).toBeGreaterThan(0);
    expect(
      contacts.indexOf('| Tier 3 | ops-lead on call | pager | Step 12 ("Page the ops lead") |'),
    ).toBeGreaterThan(contacts.indexOf('Tier 2'));
    expect(contacts).toContain('| Customer support lead (support-lead) | approve | 5 |');
  });

  it('draws the flowchart as inline SVG with the step numbers, and keeps no Mermaid runtime', () => {
    const html = runbookHtml.export(example('order-fulfilment-rollback')).output;
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('>7. Undo completed</tspan>');
    expect(svg.match(/<g><title>/g)).toHaveLength(example('order-fulfilment-rollback').nodes.length);
    // 9 failure edges, each drawn red with its own arrowhead.
    expect(svg.match(/url\(#arrow-failure\)/g)).toHaveLength(9);
    expect(html).not.toContain('<script');
    expect(html).toContain('<pre class="mermaid">flowchart LR');
  });
});

describe('runbook wording fixes (issue 18)', () => {
  it('names a checkpoint of every entity "all the data", not "*"', () => {
    const crm = runbookMarkdown.export(example('crm-merge-duplicates')).output;
    expect(crm).toContain('Snapshot CRM (cp1): snapshot of all the data');
    expect(crm).not.toContain('snapshot of \\*');
  });

  it('ends a description without a full stop before the next sentence starts', () => {
    const playbook = example('minimal-saga');
    playbook.description = 'Moves money between two accounts';
    expect(runbookMarkdown.export(playbook).output).toContain(
      'What it protects: Moves money between two accounts. The data involved: accounts.',
    );
  });

  it('lists a reviewer’s replaced decision on the same version once, by its latest', () => {
    const playbook = example('minimal-saga');
    const hash = `sha256:${'b'.repeat(64)}`;
    const record = { reviewer: 'sam', role: 'ops-lead', contentHash: hash };
    playbook.review.approvals = [
      { ...record, decision: 'approved', at: '2026-01-01T10:00:00Z', comment: 'first look' },
      { ...record, decision: 'approved', at: '2026-01-02T10:00:00Z', comment: 'second look' },
      {
        ...record,
        contentHash: `sha256:${'c'.repeat(64)}`,
        decision: 'approved',
        at: '2025-12-01T10:00:00Z',
      },
    ] as typeof playbook.review.approvals;
    const output = runbookMarkdown.export(playbook, { contentHash: hash }).output;
    expect(output.match(/approved by sam/g)).toHaveLength(2);
    expect(output).toContain('second look');
    expect(output).not.toContain('first look');
    expect(output).toContain(', for an earlier version');
  });
});

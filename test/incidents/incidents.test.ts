import { describe, expect, it } from 'vitest';
import { procedureOrder } from '../../src/exporters/runbook/procedureOrder';
import { verifyIncidentChain } from '../../src/incidents/chain';
import { incidentMarkdown } from '../../src/incidents/exportIncident';
import { buildPostmortem } from '../../src/incidents/postmortem';
import { buildProcedure } from '../../src/incidents/procedure';
import { incidentProgress } from '../../src/incidents/record';
import { incidentScenario, withScenario } from '../../src/incidents/toScenario';
import { simulate } from '../../src/simulator';
import { ANCHOR, incidentOf, orderPlaybook } from './incidentRecord';

const playbook = orderPlaybook();
const numberOf = (nodeId: string) => buildProcedure(playbook).steps.find((s) => s.nodeId === nodeId)!.number;

// The carrier booking fails; the operator follows the branch: undo, check, tell operations.
const carrierDown = () =>
  incidentOf(
    playbook,
    [
      [numberOf('cp1'), 'done', 30],
      [numberOf('s1'), 'done', 90],
      [numberOf('s2'), 'failed', 400],
      [numberOf('rb1'), 'done', 700],
      ['Called the carrier', 'done', 1000],
      [numberOf('k1'), 'done', 1100],
      [numberOf('n2'), 'done', 1150],
    ],
    1200,
  );

describe('the incident checklist follows the runbook procedure', () => {
  it('has the runbook procedure’s numbers and order, and its failure branches', () => {
    const steps = buildProcedure(playbook).steps;
    expect(steps.map((s) => [s.number, s.nodeId])).toEqual(
      procedureOrder(playbook).map((s) => [s.number, s.node.id]),
    );
    const book = steps.find((s) => s.nodeId === 's2')!;
    expect(book.onFailure).toBe(numberOf('rb1'));
    expect(steps.find((s) => s.nodeId === 'rb1')!.undoes).toEqual([
      'Set orders back to paid',
      'Cancel bookings',
      'Release stock',
    ]);
    expect(steps.find((s) => s.nodeId === 'n2')!.endsWith).toBe('Batch rolled back');
  });

  it('a failed step sends the operator to its failure branch, a done step to the next', async () => {
    const record = await incidentOf(playbook, [
      [numberOf('cp1'), 'done', 10],
      [numberOf('s1'), 'done', 20],
      [numberOf('s2'), 'failed', 50],
    ]);
    const progress = incidentProgress(record);
    expect(progress.branch).toEqual({ from: numberOf('s2'), to: numberOf('rb1') });
    expect(progress.current).toBe(numberOf('rb1'));
    expect(progress.steps.find((s) => s.step.nodeId === 's2')).toMatchObject({
      outcome: 'failed',
      tookMs: 30_000,
      by: 'dana',
    });
  });
});

describe('the record is a hash chain anchored in the audit log', () => {
  it('verifies from the start’s audit entry', async () => {
    const record = await carrierDown();
    expect(await verifyIncidentChain(record, new Set([ANCHOR]))).toMatchObject({ ok: true, entries: 9 });
  });

  it('an altered, removed or unanchored entry is found', async () => {
    const record = await carrierDown();
    const altered = record.entries.map((e) =>
      e.seq === 3 && e.type === 'step' ? { ...e, outcome: 'done' as const } : e,
    );
    expect(await verifyIncidentChain({ ...record, entries: altered }, new Set([ANCHOR]))).toMatchObject({
      ok: false,
      index: 3,
    });
    const removed = record.entries.filter((e) => e.seq !== 2);
    expect(await verifyIncidentChain({ ...record, entries: removed }, new Set([ANCHOR]))).toMatchObject({
      ok: false,
      index: 2,
    });
    expect(await verifyIncidentChain(record, new Set())).toMatchObject({ ok: false, index: -1 });
    // Cut short at its end, the chain still links; the head the close entry named does not match.
    const cut = { ...record, entries: record.entries.slice(0, -2) };
    expect(await verifyIncidentChain(cut, new Set([ANCHOR]))).toMatchObject({ ok: true });
    expect(await verifyIncidentChain(cut, new Set([ANCHOR]), record.entries.at(-1)!.hash)).toMatchObject({
      ok: false,
    });
  });
});

describe('postmortem: the record compared with the playbook', () => {
  it('finds the skipped, the added, the out-of-order and where the RTO was lost', async () => {
    const record = await incidentOf(
      playbook,
      [
        [numberOf('cp1'), 'done', 30],
        [numberOf('s2'), 'done', 120],
        [numberOf('s1'), 'skipped', 130],
        ['Phoned the warehouse', 'done', 500],
        [numberOf('s3'), 'done', 1000],
      ],
      1100,
    );
    const pm = buildPostmortem(record, record.entries.at(-1)!.at);
    expect(pm.outOfOrder.map((t) => [t.number, t.expected])).toEqual([
      [numberOf('s2'), numberOf('s1')],
      [numberOf('s1'), numberOf('s3')],
    ]);
    expect(pm.skipped).toEqual([{ number: numberOf('s1'), label: 'Reserve stock' }]);
    expect(pm.added).toEqual([{ label: 'Phoned the warehouse', outcome: 'done', tookMs: 370_000 }]);
    // The RTO is 15 min = 900 s: the tick at 1000 s passed it, coming from 500 s.
    expect(pm.rtoLost).toEqual({
      step: numberOf('s3'),
      label: 'Mark orders shipped',
      elapsedBeforeMs: 500_000,
      elapsedAfterMs: 1_000_000,
    });
    expect(pm.withinRto).toBe(false);
    const s3 = pm.rows.find((row) => row.number === numberOf('s3'))!;
    expect(s3).toMatchObject({ outcome: 'done', plannedMs: 1000, tookMs: 500_000, overMs: 499_000 });
    expect(pm.rows.find((row) => row.number === numberOf('s4'))!.outcome).toBe('not reached');
    expect(pm.findings.join(' ')).toContain('The objective was lost during step 4, Mark orders shipped');
  });

  it('an incident that followed the procedure has nothing out of order', async () => {
    const pm = buildPostmortem(await carrierDown(), START_PLUS(1200));
    expect(pm.outOfOrder).toEqual([]);
    expect(pm.withinRto).toBe(false);
    expect(pm.rtoLost?.step).toBeNull();
  });
});

const START_PLUS = (seconds: number) =>
  new Date(Date.parse('2026-12-04T03:00:00.000Z') + seconds * 1000).toISOString();

describe('a scenario made from an incident', () => {
  it('reproduces its failures in the simulator and ends where the incident ended', async () => {
    const { scenario, notes } = incidentScenario(await carrierDown(), playbook);
    expect(scenario.faults).toEqual([{ node: 's2', type: 'fail' }]);
    expect(scenario.expect).toEqual({ endNode: 'end-rb' });
    expect(notes).toEqual(['“Called the carrier” is not in the playbook: draw it as a step to rehearse it.']);
    const run = simulate(withScenario(playbook, scenario), { scenario: scenario.id });
    if (!run.ok) throw new Error(run.error.message);
    const failedNodes = run.result.events.filter((e) => e.type === 'failed').map((e) => e.node);
    expect(failedNodes).toContain('s2');
    expect(run.result.endNode).toBe('end-rb');
    expect(run.result.expectations.every((e) => e.ok)).toBe(true);
  });

  it('a rejected approval becomes a rejection; a failed check is explained, not dropped', async () => {
    const record = await incidentOf(playbook, [
      [numberOf('a1'), 'failed', 10],
      [numberOf('k1'), 'failed', 20],
    ]);
    const { scenario, notes } = incidentScenario(record, playbook);
    expect(scenario.approvals).toEqual({ a1: 'reject' });
    expect(notes[0]).toContain('cannot make a check fail');
    const again = incidentScenario(record, withScenario(playbook, scenario)).scenario;
    expect(again.id).toBe(`${scenario.id}-2`);
  });
});

describe('export', () => {
  it('Markdown in the runbook’s format lists the ticks and the postmortem', async () => {
    const record = await carrierDown();
    const md = incidentMarkdown(
      record,
      await verifyIncidentChain(record, new Set([ANCHOR])),
      START_PLUS(1200),
    );
    expect(md).toContain('## Checklist as ticked');
    expect(md).toMatch(/\| 3 \| Book shipments with carrier \| Automation runner \| Failed \| dana \|/);
    expect(md).toContain('## Postmortem');
    expect(md).toContain('The incident record is intact: 9 entries verified');
  });
});

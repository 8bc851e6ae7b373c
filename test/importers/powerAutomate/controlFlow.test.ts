import { describe, expect, it } from 'vitest';
import { edgesFrom, importFixture, nodeOf, reachableFrom, reachedOver } from '../make/importFixture';

describe('Power Automate Scope try/catch', () => {
  const result = importFixture('power-automate/scope-try-catch.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('every action inside Try fails over to Catch', () => {
    for (const action of ['Create_invoice_row', 'Update_order_status']) {
      expect(reachedOver(result, id(action), 'failure')).toEqual([id('Catch')]);
    }
  });

  it('Finally, run after Catch succeeded or was skipped, follows Try when Try succeeds', () => {
    expect(reachedOver(result, id('Update_order_status'), 'next')).toEqual([id('Finally')]);
  });

  it('the scopes keep a node of their own, named as in the flow', () => {
    expect(['Try', 'Catch', 'Finally'].map((scope) => nodeOf(result, scope).label)).toEqual([
      'Try',
      'Catch',
      'Finally',
    ]);
  });

  it('Terminate with Failed becomes a failed end', () => {
    expect(nodeOf(result, 'Stop_as_failed')).toMatchObject({ kind: 'end', outcome: 'failed' });
  });
});

describe('Power Automate If and Switch', () => {
  const result = importFixture('power-automate/condition-switch.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('If becomes a decision whose true and false branches start the two branches', () => {
    const decision = nodeOf(result, 'Is_large_order');
    expect(decision.kind).toBe('decision');
    const branches = edgesFrom(result.playbook, decision.id, 'branch');
    const target = (when: boolean) => branches.find((edge) => edge.when === when)?.target;
    expect(target(false)).toBe(id('Auto_approve_note'));
    expect(target(true)).not.toBe(id('Auto_approve_note'));
  });

  it('both branches of the If join at the Switch', () => {
    expect(reachedOver(result, id('Auto_approve_note'), 'next')).toEqual([id('Route_by_region')]);
    expect(reachedOver(result, id('Start_approval'), 'next')).toEqual([id('Route_by_region')]);
  });

  it('each Switch case and the default are reachable from the Switch', () => {
    const reachable = reachableFrom(result.playbook, id('Route_by_region'));
    for (const branch of ['Add_EU_row', 'Add_US_row', 'Unknown_region'])
      expect(reachable).toContain(id(branch));
  });

  it('Terminate with Cancelled is a failed end, and the report says why', () => {
    expect(nodeOf(result, 'Unknown_region')).toMatchObject({ kind: 'end', outcome: 'failed' });
    expect(
      result.report.some((e) => e.source.id === 'Unknown_region' && e.message.includes('Cancelled')),
    ).toBe(true);
  });

  it('an approval action waits for a person and is reported as a warning, not as a data change', () => {
    const approval = result.report.filter((entry) => entry.source.id === 'Start_approval');
    expect(approval.some((entry) => entry.level === 'warning' && entry.message.includes('approve'))).toBe(
      true,
    );
    expect(nodeOf(result, 'Start_approval')).toMatchObject({ kind: 'step', effects: [] });
  });
});

describe('Power Automate Foreach and Until', () => {
  const result = importFixture('power-automate/loops.json');
  const id = (source: string) => nodeOf(result, source).id;

  it('a loop keeps a node that leads into its body, and the body leads on to what follows the loop', () => {
    expect(reachedOver(result, id('Apply_to_each_contact'), 'next')).toEqual([id('Deactivate_contact')]);
    expect(reachedOver(result, id('Deactivate_contact'), 'next')).toEqual([id('Until_export_ready')]);
    expect(reachedOver(result, id('Until_export_ready'), 'next')).toEqual([id('Check_export')]);
  });

  it('the report says the body runs once in the playbook', () => {
    for (const loop of ['Apply_to_each_contact', 'Until_export_ready']) {
      expect(result.report.some((e) => e.source.id === loop && e.message.includes('runs them once'))).toBe(
        true,
      );
    }
  });

  it('a Delay of one minute lasts one minute', () => {
    expect(nodeOf(result, 'Delay')).toMatchObject({ kind: 'step', duration: 'PT1M' });
  });

  it('an update inside the loop is proposed a snapshot and a revert', () => {
    const update = nodeOf(result, 'Deactivate_contact').id;
    expect(edgesFrom(result.playbook, update, 'compensate')).toHaveLength(1);
    const before = result.playbook.edges.find((edge) => edge.target === update && edge.kind === 'next');
    expect(result.playbook.nodes.find((node) => node.id === before?.source)?.kind).toBe('checkpoint');
  });
});

describe('Power Automate condition branches', () => {
  it('are named as the designer names them', () => {
    const result = importFixture('power-automate/condition-switch.json');
    const decision = nodeOf(result, 'Is_large_order').id;
    const labels = edgesFrom(result.playbook, decision, 'branch').map((edge) => edge.label);
    expect(labels.sort()).toEqual(['If no', 'If yes']);
  });
});

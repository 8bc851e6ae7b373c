import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/types';
import { buildPlaybook } from '../../../src/importers/builder/buildPlaybook';
import type { IrLink, IrStep, IrWorkflow } from '../../../src/importers/ir';
import { simulate } from '../../../src/simulator';

const source = (key: string) => ({ id: key, name: key, type: 'test' });
const trigger = (key: string): IrStep => ({ key, source: source(key), role: 'trigger', signal: 'manual' });
const action = (key: string, extra: Partial<Extract<IrStep, { role: 'action' }>> = {}): IrStep => ({
  key,
  source: source(key),
  role: 'action',
  ...extra,
});
const next = (from: string, to: string): IrLink => ({ from, to, kind: 'next' });

function build(steps: IrStep[], links: IrLink[]) {
  const workflow: IrWorkflow = { format: 'n8n', name: 'Test flow', steps, links, notes: [], remarks: [] };
  const built = buildPlaybook(workflow);
  if (!built.ok) expect.fail(built.error.message);
  return built;
}

/** The labels a run visits, in order (success path, no faults). */
function runPath(playbook: Playbook): string[] {
  const run = simulate(playbook);
  if (!run.ok) expect.fail(run.error.message);
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label]));
  return run.result.events.filter((event) => event.type === 'enter').map((event) => labels.get(event.node!)!);
}

describe('the builder', () => {
  it('draws parallel branches one after the other up to where they join, in the source order', () => {
    const { playbook } = build(
      [trigger('T'), action('A'), action('A2'), action('B'), action('Join'), action('After')],
      [
        next('T', 'A'),
        next('T', 'B'),
        next('A', 'A2'),
        next('A2', 'Join'),
        next('B', 'Join'),
        next('Join', 'After'),
      ],
    );
    expect(runPath(playbook)).toEqual(['T', 'A', 'A2', 'B', 'Join', 'After', 'Workflow finished']);
  });

  it('branches that never join run one after the other and then the run ends', () => {
    const { playbook } = build([trigger('T'), action('A'), action('B')], [next('T', 'A'), next('T', 'B')]);
    expect(runPath(playbook)).toEqual(['T', 'A', 'B', 'Workflow finished']);
  });

  it('a branch that always ends the run goes last', () => {
    const stop: IrStep = { key: 'Stop', source: source('Stop'), role: 'end', outcome: 'failed' };
    const { playbook } = build([trigger('T'), stop, action('B')], [next('T', 'Stop'), next('T', 'B')]);
    expect(runPath(playbook)).toEqual(['T', 'B', 'Stop']);
  });

  it('walks a loop once and reports the link that closed it', () => {
    const built = build(
      [trigger('T'), action('Loop'), action('Body'), action('Done')],
      [next('T', 'Loop'), next('Loop', 'Body'), next('Loop', 'Done'), next('Body', 'Loop')],
    );
    expect(runPath(built.playbook)).toEqual(['T', 'Loop', 'Body', 'Done', 'Workflow finished']);
    expect(built.report.find((entry) => entry.source.id === 'Body')?.message).toMatch(/loops back to "Loop"/);
  });

  it('joins the links of a disabled step through it and reports it left out', () => {
    const built = build(
      [trigger('T'), action('Off', { disabled: true }), action('B')],
      [next('T', 'Off'), next('Off', 'B')],
    );
    expect(runPath(built.playbook)).toEqual(['T', 'B', 'Workflow finished']);
    expect(built.report.find((entry) => entry.source.id === 'Off')).toMatchObject({
      level: 'warning',
      node: null,
    });
  });

  it('adds a manual start when the workflow has no trigger', () => {
    const built = build([action('A'), action('B')], [next('A', 'B')]);
    expect(runPath(built.playbook)).toEqual(['Start', 'A', 'B', 'Workflow finished']);
    expect(built.report[0]?.message).toMatch(/no trigger/);
  });

  it('gives a failing step that continues on error a failure edge to its next node', () => {
    const { playbook } = build(
      [trigger('T'), action('A', { continueOnFailure: true }), action('B')],
      [next('T', 'A'), next('A', 'B')],
    );
    const run = simulate(playbook, { faults: [{ node: 'a', type: 'fail' }] });
    if (!run.ok) expect.fail(run.error.message);
    expect(run.result.outcome).toBe('completed');
    expect(run.result.events.some((event) => event.node === 'b')).toBe(true);
  });

  it('a create that fails later is undone by the implicit rollback: the data comes back', () => {
    const create = action('Create', {
      operation: { effect: 'create', app: 'Sheets', resource: 'Orders', resourceFromSource: true },
    });
    const { playbook } = build(
      [trigger('T'), create, action('Later')],
      [next('T', 'Create'), next('Create', 'Later')],
    );
    const run = simulate(playbook, { faults: [{ node: 'later', type: 'fail' }] });
    if (!run.ok) expect.fail(run.error.message);
    expect(run.result.outcome).toBe('rolled_back');
    expect(run.result.consistent).toBe(true);
  });

  it('writes one report entry per step, then the workflow entry first, every level the highest said', () => {
    const built = build(
      [
        trigger('T'),
        action('Code', {
          operation: { effect: 'unknown', app: 'Code', attention: 'Decide.' },
          retry: { maxAttempts: 3, backoffMs: 1000 },
        }),
      ],
      [next('T', 'Code')],
    );
    expect(built.report.map((entry) => entry.source.id)).toEqual(['Test flow', 'T', 'Code']);
    expect(built.report[2]).toMatchObject({ level: 'attention', node: 'code' });
    expect(built.report[2]?.message).toMatch(/^Decide\. Retry: up to 3 attempts, 1 s apart\.$/);
  });

  it('refuses a workflow with no steps, or only disabled ones, as empty', () => {
    const workflow: IrWorkflow = {
      format: 'make',
      name: 'Nothing',
      steps: [],
      links: [],
      notes: [],
      remarks: [],
    };
    expect(buildPlaybook(workflow)).toMatchObject({ ok: false, error: { kind: 'empty' } });
    const off = { ...workflow, steps: [action('A', { disabled: true })] };
    expect(buildPlaybook(off)).toMatchObject({ ok: false, error: { kind: 'empty' } });
  });
});

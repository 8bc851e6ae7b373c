import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulator';
import { end, eventsOf, finalData, insertItem, playbook, revert, run, setV, step } from './helpers';

describe('rule 1: start', () => {
  it('the clock starts at 2025-01-01T00:00:00Z, so {{now}} of a 1 s step is 00:00:01', () => {
    const pb = playbook({
      nodes: [
        step('s', {
          effects: [{ op: 'update', entity: 'items', match: { id: 'a' }, set: { at: '{{now}}' } }],
        }),
        end('e'),
      ],
      chain: ['s', 'e'],
    });
    expect(finalData(pb).items![0]).toEqual({ id: 'a', v: 1, at: '2025-01-01T00:00:01.000Z' });
  });

  it("the clock starts at the scenario's startAt when it has one", () => {
    const pb = playbook({
      nodes: [
        step('s', {
          effects: [{ op: 'update', entity: 'items', match: { id: 'a' }, set: { at: '{{now}}' } }],
        }),
        end('e'),
      ],
      chain: ['s', 'e'],
      scenarios: [{ id: 'later', name: 'Later', startAt: '2030-05-01T12:00:00Z' }],
    });
    expect(finalData(pb, { scenario: 'later' }).items![0]!.at).toBe('2030-05-01T12:00:01.000Z');
  });

  it('more than one trigger and none named is an error, not an exception', () => {
    const pb = playbook({
      nodes: [{ id: 't2', kind: 'trigger', signal: 'alert' }, end('e')],
      chain: ['e'],
      edges: ['t2>e:next'],
    });
    const outcome = simulate(pb);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error.message).toContain('2 triggers');
  });

  it('the data is a deep copy of the dataset: a run never changes the playbook', () => {
    const pb = playbook({ nodes: [step('s', { effects: [setV('a', 5)] }), end('e')], chain: ['s', 'e'] });
    run(pb);
    expect(pb.dataset.items![0]).toEqual({ id: 'a', v: 1 });
  });
});

describe('rule 2: walk', () => {
  it('a node with nowhere to go that is not an end stops the run with outcome failed (dead end)', () => {
    const result = run(playbook({ nodes: [step('s')], chain: ['s'] }));
    expect(result.outcome).toBe('failed');
    expect(result.endNode).toBeNull();
    expect(eventsOf(result, 'end')[0]!.message).toContain('dead end at s');
  });

  it('a decision follows the branch edge whose when equals the condition', () => {
    const pb = playbook({
      nodes: [
        { id: 'd', kind: 'decision', condition: 'size(data.items) == 2' },
        end('yes'),
        end('no', 'failed'),
      ],
      chain: ['d'],
      edges: ['d>yes:branch:true', 'd>no:branch:false'],
    });
    expect(run(pb).endNode).toBe('yes');
  });

  it('a cycle stops after 10,000 node visits with outcome failed', () => {
    const pb = playbook({
      nodes: [{ id: 'n', kind: 'notify', channel: 'email', audience: 'x', message: 'hi' }],
      chain: ['n'],
      edges: ['n>n:next'],
    });
    const result = run(pb);
    expect(result.outcome).toBe('failed');
    expect(eventsOf(result, 'enter')).toHaveLength(10_000);
  });
});

describe('rule 3: step', () => {
  it('every attempt takes duration and failed attempt k waits backoff × multiplier^(k-1)', () => {
    const pb = playbook({
      nodes: [step('s', { retry: { maxAttempts: 3, backoff: 'PT10S', multiplier: 2 } }), end('e')],
      chain: ['s', 'e'],
    });
    const result = run(pb, { faults: [{ node: 's', type: 'fail', attempts: 2 }] });
    // 1 s + 10 s wait + 1 s + 20 s wait + 1 s (success)
    expect(result.elapsedMs).toBe(1000 + 10_000 + 1000 + 20_000 + 1000);
    expect(result.metrics.nodes.s).toEqual({ attempts: 3, timeMs: 33_000, status: 'completed' });
  });

  it('an attempt that times out takes timeout, or duration when there is none', () => {
    const withTimeout = playbook({
      nodes: [step('s', { timeout: 'PT30S' }), end('e')],
      chain: ['s', 'e'],
      edges: ['s>e:failure'],
    });
    expect(run(withTimeout, { faults: [{ node: 's', type: 'timeout' }] }).elapsedMs).toBe(30_000);
    const without = playbook({ nodes: [step('s'), end('e')], chain: ['s', 'e'], edges: ['s>e:failure'] });
    expect(run(without, { faults: [{ node: 's', type: 'timeout' }] }).elapsedMs).toBe(1000);
  });

  it('the first before-image per record is kept, so a duplicate delivery cannot overwrite it', () => {
    const pb = playbook({
      nodes: [
        step('s', {
          effects: [{ op: 'update', entity: 'items', match: { id: 'a' }, where: 'r.v < 3', set: { v: 2 } }],
        }),
        revert('c'),
        step('boom'),
        end('e'),
      ],
      chain: ['s', 'boom', 'e'],
      edges: ['s>c:compensate'],
    });
    const data = finalData(pb, {
      faults: [
        { node: 's', type: 'duplicate' },
        { node: 'boom', type: 'fail' },
      ],
    });
    expect(data.items).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ]);
  });
});

describe('rule 4: failure', () => {
  it('a step with no failure edge triggers an implicit rollback and ends rolled_back', () => {
    const pb = playbook({
      nodes: [step('s1', { effects: [setV('a', 7)] }), revert('c1'), step('s2'), end('e')],
      chain: ['s1', 's2', 'e'],
      edges: ['s1>c1:compensate'],
    });
    const result = run(pb, { faults: [{ node: 's2', type: 'fail' }] });
    expect([result.outcome, result.endNode, result.consistent, result.expected]).toEqual([
      'rolled_back',
      null,
      true,
      'initial',
    ]);
  });

  it('a check with no failure edge ends the run with outcome failed', () => {
    const pb = playbook({
      nodes: [
        { id: 'k', kind: 'check', invariants: [{ type: 'count', entity: 'items', op: '==', value: 5 }] },
        end('e'),
      ],
      chain: ['k', 'e'],
    });
    expect(run(pb).outcome).toBe('failed');
  });

  it('the time of the first failure starts the recovery clock', () => {
    const pb = playbook({
      nodes: [
        step('s1', { duration: 'PT5S' }),
        step('s2', { duration: 'PT3S' }),
        revert('c1', { duration: 'PT7S' }),
        end('e'),
      ],
      chain: ['s1', 's2', 'e'],
      edges: ['s1>c1:compensate'],
    });
    const result = run(pb, { faults: [{ node: 's2', type: 'fail' }] });
    expect(result.elapsedMs).toBe(15_000);
    expect(result.recoveryMs).toBe(7000);
  });
});

describe('rule 5: rollback', () => {
  const three = (extra: { nodes?: Record<string, unknown>[]; edges?: string[] } = {}) =>
    playbook({
      nodes: [
        step('s1', { effects: [setV('a', 10)] }),
        step('s2', { effects: [insertItem('n1')] }),
        step('s3', { effects: [{ op: 'delete', entity: 'items', match: { id: 'b' } }] }),
        revert('c1'),
        revert('c2'),
        revert('c3'),
        step('boom'),
        end('e'),
        ...(extra.nodes ?? []),
      ],
      chain: ['s1', 's2', 's3', 'boom', 'e'],
      edges: ['s1>c1:compensate', 's2>c2:compensate', 's3>c3:compensate', ...(extra.edges ?? [])],
    });

  it('compensations run in reverse order of completion', () => {
    const result = run(three(), { faults: [{ node: 'boom', type: 'fail' }] });
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s3', 's2', 's1']);
  });

  it('revert removes inserted records and returns changed or deleted ones exactly', () => {
    const pb = three();
    const data = finalData(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(data.items).toEqual(pb.dataset.items);
  });

  it('a step with effects but no compensation is skipped with a not-compensated event', () => {
    const pb = playbook({
      nodes: [step('s1', { effects: [setV('a', 10)] }), step('boom'), end('e')],
      chain: ['s1', 'boom', 'e'],
    });
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(eventsOf(result, 'not-compensated').map((event) => event.step)).toEqual(['s1']);
    expect(result.outcome).toBe('rolled_back');
    expect(result.consistent).toBe(false);
    expect(result.diff.items!.changed).toEqual([{ key: 'a', fields: ['v'] }]);
  });

  it('a compensation failing without failure edges ends rollback_incomplete', () => {
    const result = run(three(), {
      faults: [
        { node: 'boom', type: 'fail' },
        { node: 'c2', type: 'fail' },
      ],
    });
    expect(result.outcome).toBe('rollback_incomplete');
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s3']);
    expect(result.consistent).toBe(false);
  });

  it("a failed compensation follows its own failure edge before the rollback node's (rollback of a rollback)", () => {
    const pb = three({
      nodes: [
        { id: 'rb', kind: 'rollback' },
        { id: 'rb2', kind: 'rollback' },
        end('rolled', 'rolled_back'),
        end('rb-failed', 'failed'),
      ],
      edges: [
        'boom>rb:failure',
        'rb>rolled:next',
        'rb>rb-failed:failure',
        'c3>rb2:failure',
        'rb2>rolled:next',
      ],
    });
    const result = run(pb, {
      faults: [
        { node: 'boom', type: 'fail' },
        { node: 'c3', type: 'fail', attempts: 1 },
      ],
    });
    // c3 fails once → rb2 takes the stack that is left: s3 (its compensation now succeeds), s2, s1.
    expect(result.endNode).toBe('rolled');
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s3', 's2', 's1']);
    expect(result.consistent).toBe(true);
  });

  it("without its own failure edge a failed compensation follows the rollback node's failure edge", () => {
    const pb = three({
      nodes: [{ id: 'rb', kind: 'rollback' }, end('rolled', 'rolled_back'), end('rb-failed', 'failed')],
      edges: ['boom>rb:failure', 'rb>rolled:next', 'rb>rb-failed:failure'],
    });
    expect(
      run(pb, {
        faults: [
          { node: 'boom', type: 'fail' },
          { node: 'c1', type: 'fail' },
        ],
      }).endNode,
    ).toBe('rb-failed');
  });

  it('a compensated step leaves the stack, so a second rollback has nothing to undo', () => {
    const pb = three({
      nodes: [{ id: 'rb', kind: 'rollback' }, { id: 'rb2', kind: 'rollback' }, end('rolled', 'rolled_back')],
      edges: ['boom>rb:failure', 'rb>rb2:next', 'rb2>rolled:next'],
    });
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(eventsOf(result, 'rollback').map((event) => event.steps)).toEqual([['s3', 's2', 's1'], []]);
  });

  it('a rollback with a scope compensates only those steps', () => {
    const pb = three({
      nodes: [{ id: 'rb', kind: 'rollback', scope: ['s1', 's3'] }, end('rolled', 'rolled_back')],
      edges: ['boom>rb:failure', 'rb>rolled:next'],
    });
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s3', 's1']);
  });

  it('an effects compensation applies its own effects', () => {
    const pb = playbook({
      nodes: [
        step('s1', { effects: [setV('a', 10)] }),
        revert('c1', { strategy: 'effects', effects: [setV('a', 1)] }),
        step('boom'),
        end('e'),
      ],
      chain: ['s1', 'boom', 'e'],
      edges: ['s1>c1:compensate'],
    });
    expect(finalData(pb, { faults: [{ node: 'boom', type: 'fail' }] }).items![0]).toEqual({ id: 'a', v: 1 });
  });
});

describe('rule 6: checkpoint and restore', () => {
  const base = (restoreExtra: Record<string, unknown> = {}) =>
    playbook({
      nodes: [
        step('s1', { effects: [setV('a', 10)] }),
        revert('c1'),
        { id: 'cp', kind: 'checkpoint' },
        step('s2', { effects: [insertItem('n1')] }),
        revert('c2'),
        step('boom'),
        { id: 'r', kind: 'restore', checkpoint: 'cp', duration: 'PT1M', ...restoreExtra },
        { id: 'rb', kind: 'rollback' },
        end('e'),
        end('done', 'rolled_back'),
      ],
      chain: ['s1', 'cp', 's2', 'boom', 'e'],
      edges: ['s1>c1:compensate', 's2>c2:compensate', 'boom>r:failure', 'r>rb:next', 'rb>done:next'],
    });

  it('restore removes later steps from the compensation stack', () => {
    const result = run(base(), { faults: [{ node: 'boom', type: 'fail' }] });
    expect(eventsOf(result, 'restore')[0]!.droppedSteps).toEqual(['s2']);
    // Only s1, completed before the checkpoint, is left for the rollback; it still finds its record.
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s1']);
    expect(result.consistent).toBe(true);
  });

  it('restore puts the snapshot back and takes its duration', () => {
    const pb = base();
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(result.metrics.nodes.r!.timeMs).toBe(60_000);
  });

  it('a restore fails if the run has not passed the checkpoint', () => {
    const pb = playbook({
      nodes: [{ id: 'r', kind: 'restore', checkpoint: 'cp' }, { id: 'cp', kind: 'checkpoint' }, end('e')],
      chain: ['r', 'cp', 'e'],
    });
    const result = run(pb);
    expect(result.outcome).toBe('failed');
    expect(eventsOf(result, 'failed')[0]!.reason).toContain('not passed checkpoint cp');
  });
});

describe('rules 7–9: check, approval, notify, failsafe, time', () => {
  it('a check that holds follows next; one that fails follows its failure edge', () => {
    const pb = playbook({
      nodes: [
        { id: 'k', kind: 'check', invariants: [{ type: 'expression', expr: 'data.items.all(i, i.v > 1)' }] },
        end('ok'),
        end('bad', 'failed'),
      ],
      chain: ['k', 'ok'],
      edges: ['k>bad:failure'],
    });
    const result = run(pb);
    expect(result.endNode).toBe('bad');
    expect(eventsOf(result, 'check')[0]!.passed).toBe(false);
  });

  it('an approval waits simulatedWait then is approved; reject and timeout are failures (timeout waits timeout)', () => {
    const pb = playbook({
      nodes: [
        { id: 'a', kind: 'approval', approvers: ['x'], simulatedWait: 'PT2M', timeout: 'PT10M' },
        end('ok'),
        end('no', 'failed'),
      ],
      chain: ['a', 'ok'],
      edges: ['a>no:failure'],
    });
    expect([run(pb).endNode, run(pb).elapsedMs]).toEqual(['ok', 120_000]);
    const rejected = run(pb, { approvals: { a: 'reject' } });
    expect([rejected.endNode, rejected.elapsedMs]).toEqual(['no', 120_000]);
    const timedOut = run(pb, { approvals: { a: 'timeout' } });
    expect([timedOut.endNode, timedOut.elapsedMs]).toEqual(['no', 600_000]);
  });

  it('notify records the rendered message', () => {
    const pb = playbook({
      nodes: [
        step('s', { duration: 'PT90S' }),
        {
          id: 'n',
          kind: 'notify',
          channel: 'slack',
          audience: '#ops',
          message:
            '{{playbook.name}}/{{node.label}}: {{run.failedNode}} after {{run.elapsed}}, {{run.outcome}}',
        },
        end('e', 'degraded'),
      ],
      chain: ['s', 'e'],
      edges: ['s>n:failure', 'n>e:next'],
    });
    const result = run(pb, { faults: [{ node: 's', type: 'fail' }] });
    expect(eventsOf(result, 'notify')[0]!.text).toBe('Rule playbook/Node n: s after 1 min 30 s, degraded');
  });

  it('failsafe records the degraded mode and goes on; nodes other than step, compensation, restore and approval take no time', () => {
    const pb = playbook({
      nodes: [
        { id: 'f', kind: 'failsafe', mode: 'read-only', pauses: ['sync'] },
        { id: 'cp', kind: 'checkpoint' },
        { id: 'k', kind: 'check', invariants: [{ type: 'model' }] },
        end('e', 'degraded'),
      ],
      chain: ['f', 'cp', 'k', 'e'],
    });
    const result = run(pb);
    expect(eventsOf(result, 'failsafe')[0]).toMatchObject({ mode: 'read-only', pauses: ['sync'] });
    expect([result.outcome, result.elapsedMs]).toEqual(['degraded', 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';
import { linkKindsOf, linkTargetsOf } from '../../src/viewModels/linkTargets';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const playbook = parsed.playbook;

describe('the keyboard link dialog', () => {
  it('offers the kinds of link a node may start, in words', () => {
    expect(linkKindsOf('step').map((kind) => kind.title)).toEqual(['Next', 'On failure', 'Undone by']);
    expect(linkKindsOf('decision').map((kind) => kind.title)).toEqual(['Branch yes', 'Branch no']);
    expect(linkKindsOf('end')).toEqual([]);
  });

  it('lists every other node, with the connection rule’s reason where a link is refused', () => {
    const targets = linkTargetsOf(playbook, 'n2', 'next');
    expect(targets.map((target) => target.id)).not.toContain('n2');
    expect(targets).toHaveLength(playbook.nodes.length - 1);
    const trigger = targets.find((target) => target.id === 't1')!;
    expect(trigger.name).toBe('Trigger: Fulfilment batch starts');
    expect(trigger.refusal).toMatch(/trigger/i);
    // n2 → end-rb exists already: the same link is not drawn twice.
    expect(targets.find((target) => target.id === 'end-rb')!.refusal).toBe(
      'These two nodes are already linked this way',
    );
    // A notify already has its next link: every next target is refused, each saying why.
    expect(targets.find((target) => target.id === 'end-ok')!.refusal).toBe(
      targets.find((target) => target.id === 's1')!.refusal,
    );
    expect(targets.every((target) => target.refusal !== null)).toBe(true);
  });

  it('a compensation without a failure link may take one to a step', () => {
    const targets = linkTargetsOf(playbook, 'c1', 'failure');
    expect(targets.find((target) => target.id === 's2')!.refusal).toBeNull();
  });

  it('a step that has its compensation cannot be given a second one', () => {
    const targets = linkTargetsOf(playbook, 's1', 'compensate');
    expect(targets.find((target) => target.id === 'c2')!.refusal).toMatch(/already has a compensation/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { checkIncomingDecision } from '../../src/review/incomingDecision';
import { edited } from './examples';
import { base, decide, type Signer, signer, teamOf, withRecords } from './signedFixtures';

let sam: Signer;
let mallory: Signer;
beforeAll(async () => {
  sam = await signer('sam', ['ops-lead']);
  mallory = await signer('mallory', ['ops-lead']);
});

describe('a decision sent back by a reviewer (review by link or file)', () => {
  it('is accepted, verified, when signed by a team member for this content', async () => {
    const playbook = base();
    const record = await decide(playbook, { by: sam });
    expect(await checkIncomingDecision(playbook, record, teamOf(sam))).toEqual({
      ok: true,
      record,
      verified: true,
    });
  });

  it('is accepted unverified without a team file', async () => {
    const playbook = base();
    const { signature: _s, ...unsigned } = await decide(playbook, { by: sam });
    expect(await checkIncomingDecision(playbook, unsigned)).toMatchObject({ ok: true, verified: false });
  });

  it('is refused for other content, with the reason in words', async () => {
    const record = await decide(base(), { by: sam });
    const changed = edited('order-fulfilment-rollback', (d) => {
      d.name = 'Order fulfilment rollback v2';
    });
    expect(await checkIncomingDecision(changed, record, teamOf(sam))).toMatchObject({
      ok: false,
      reason: 'other-version',
      message: expect.stringContaining('made on other content'),
    });
  });

  it('is refused with a team file when its key is unknown, and when it was altered', async () => {
    const playbook = base();
    const stranger = await decide(playbook, { by: mallory, reviewer: 'sam' });
    expect(await checkIncomingDecision(playbook, stranger, teamOf(sam))).toMatchObject({
      ok: false,
      reason: 'unknown-key',
      message: "sam's approval is signed with a key the team file does not list for sam.",
    });
    const altered = { ...(await decide(playbook, { by: sam })), comment: 'added later' };
    expect(await checkIncomingDecision(playbook, altered, teamOf(sam))).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('is refused when already recorded, or not a decision at all (with JSON Pointers)', async () => {
    const playbook = base();
    const record = await decide(playbook, { by: sam });
    expect(await checkIncomingDecision(withRecords(playbook, [record]), record, teamOf(sam))).toMatchObject({
      ok: false,
      reason: 'already-recorded',
    });
    const garbage = await checkIncomingDecision(playbook, { reviewer: 'sam', decision: 'yes' });
    expect(garbage).toMatchObject({ ok: false, reason: 'malformed' });
    expect(!garbage.ok && garbage.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/decision', '/role']),
    );
  });
});

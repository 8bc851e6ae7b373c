import { createHash, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { ApprovalRecord } from '../../src/domain/types';
import { reviewStatus } from '../../src/review/reviewStatus';
import { signedBytes } from '../../src/review/signing/signDecision';
import { edited, exampleJson } from './examples';
import { base, decide, type Signer, signer, statusWith, teamOf, withRecords } from './signedFixtures';

let sam: Signer;
let kim: Signer;
let dana: Signer;
let mallory: Signer;
beforeAll(async () => {
  sam = await signer('sam', ['ops-lead']);
  kim = await signer('Kim', ['ops-lead', 'support-lead']);
  dana = await signer('dana', ['ops-lead']);
  mallory = await signer('mallory', ['ops-lead']);
});

const team = () => teamOf(sam, kim, dana);

describe('signed decisions against a team file (spec 8.1)', () => {
  it('a decision signed by a listed person in a role they hold is verified and counts', async () => {
    const playbook = base();
    const status = await statusWith(withRecords(playbook, [await decide(playbook, { by: sam })]), team());
    expect(status).toMatchObject({ approved: true, counting: 1, verified: true });
    expect(status.verdicts[0]).toMatchObject({ effective: true, verified: true, reasons: [] });
    expect(status.verification).toBe('Decisions verified against the team file "Payments operations".');
  });

  it('the reviewer name matches the team entry trimmed and case-insensitively', async () => {
    const playbook = base();
    const record = await decide(playbook, { by: kim, reviewer: ' kim ' });
    expect((await statusWith(withRecords(playbook, [record]), team())).approved).toBe(true);
  });

  it('an unsigned decision never counts with a team file, and counts (unverified) without one', async () => {
    const playbook = base();
    const { signature: _dropped, ...unsigned } = await decide(playbook, { by: sam });
    const reviewed = withRecords(playbook, [unsigned]);
    const status = await statusWith(reviewed, team());
    expect(status.verdicts[0]!.reasons).toEqual(['unsigned']);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe("Not approved: 0 of 1 approval; sam's approval is not signed.");
    const unverified = await reviewStatus(reviewed);
    expect(unverified).toMatchObject({ approved: true, verified: false });
  });

  it("a forged signature (another key claiming sam's kid) is a bad signature", async () => {
    const playbook = base();
    const forged = await decide(playbook, { by: mallory, reviewer: 'sam', role: 'ops-lead' });
    forged.signature = { ...forged.signature!, kid: sam.key.kid };
    const status = await statusWith(withRecords(playbook, [forged]), team());
    expect(status.verdicts[0]!.reasons).toEqual(['bad-signature']);
    expect(status.approved).toBe(false);
  });

  it('a signature value made up or copied from another record is a bad signature', async () => {
    const playbook = base();
    const real = await decide(playbook, { by: sam });
    const other = await decide(playbook, { by: sam, decision: 'changes-requested' });
    const copied = { ...other, decision: 'approved' as const, signature: { ...other.signature! } };
    const madeUp = { ...real, signature: { ...real.signature!, value: 'A'.repeat(86) } };
    for (const record of [copied, madeUp]) {
      const status = await statusWith(withRecords(playbook, [record]), team());
      expect(status.verdicts[0]!.reasons).toEqual(['bad-signature']);
    }
  });

  it('a malformed signature (DER form, another alg, garbage) is a bad signature, and the playbook stays valid', async () => {
    const playbook = base();
    const real = await decide(playbook, { by: sam });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = nodeSign('sha256', Buffer.from(signedBytes(real)), privateKey).toString('base64url');
    const variants = [
      { ...real.signature!, value: der },
      { ...real.signature!, alg: 'RS256' },
      { ...real.signature!, value: 'forged!' },
    ];
    const file = {
      ...exampleJson('order-fulfilment-rollback'),
      review: { approvals: variants.map((signature) => ({ ...real, signature })) },
    };
    const parsed = parsePlaybook(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const status = await statusWith(parsed.playbook, team());
    expect(status.verdicts.map((v) => v.reasons)).toEqual([
      ['bad-signature'],
      ['bad-signature'],
      ['bad-signature'],
    ]);
  });

  const ALTERATIONS: [string, (record: ApprovalRecord) => ApprovalRecord][] = [
    ['reviewer (same person, other spelling)', (r) => ({ ...r, reviewer: 'Sam' })],
    ['role', (r) => ({ ...r, role: 'support-lead' })],
    ['decision', (r) => ({ ...r, decision: 'changes-requested' })],
    ['at', (r) => ({ ...r, at: '2025-07-05T10:00:00Z' })],
    ['comment', (r) => ({ ...r, comment: 'Checked, but skipped the drill.' })],
    ['comment (added where there was none)', ({ comment: _c, ...r }) => ({ ...r, comment: 'LGTM' })],
    ['comment (removed)', ({ comment: _c, ...r }) => r],
  ];

  it.each(ALTERATIONS)(
    'a record whose %s was changed after signing does not count',
    async (_member, alter) => {
      const playbook = base();
      const signed = await decide(playbook, { by: sam, comment: 'Rollback order checked in drill.' });
      const tampered = alter(signed);
      const status = await statusWith(withRecords(playbook, [tampered]), team());
      expect(status.verdicts[0]!.effective).toBe(false);
      expect(status.verdicts[0]!.reasons).toContain('bad-signature');
      expect(status.approved).toBe(false);
    },
  );

  it('a record whose contentHash was changed after signing does not count', async () => {
    const playbook = base();
    const signed = await decide(playbook, { by: sam });
    const tampered = { ...signed, contentHash: `sha256:${'0'.repeat(64)}` };
    const status = await statusWith(withRecords(playbook, [tampered]), team());
    expect(status.verdicts[0]!.reasons).toEqual(['earlier-version', 'bad-signature']);
  });

  it("a record whose signature kid was changed no longer finds the reviewer's key", async () => {
    const playbook = base();
    const signed = await decide(playbook, { by: sam });
    const tampered = { ...signed, signature: { ...signed.signature!, kid: kim.key.kid } };
    const status = await statusWith(withRecords(playbook, [tampered]), team());
    expect(status.verdicts[0]!.reasons).toEqual(['unknown-key']);
  });

  it('an approval replayed onto other content is for an earlier version, and rewriting its hash breaks it', async () => {
    const approved = base();
    const record = await decide(approved, { by: sam });
    const changed = edited('order-fulfilment-rollback', (d) => {
      (d.objectives as Record<string, unknown>).rto = 'PT20M';
    });
    const replayed = await statusWith(withRecords(changed, [record]), team());
    expect(replayed.verdicts[0]!.reasons).toEqual(['earlier-version']);
    const currentHash = replayed.contentHash;
    const rehashed = await statusWith(
      withRecords(changed, [{ ...record, contentHash: currentHash }]),
      team(),
    );
    expect(rehashed.verdicts[0]!.reasons).toEqual(['bad-signature']);
    expect(rehashed.approved).toBe(false);
  });

  it("a decision signed with another person's key, or a key not in the team file, is an unknown key", async () => {
    const playbook = base();
    const withKims = await decide(playbook, { by: kim, reviewer: 'sam', role: 'ops-lead' });
    const withStranger = await decide(playbook, { by: mallory, reviewer: 'sam' });
    const notListed = await decide(playbook, { by: mallory });
    const status = await statusWith(withRecords(playbook, [withKims, withStranger, notListed]), team());
    expect(status.verdicts.map((v) => v.reasons)).toEqual([
      ['unknown-key'],
      ['unknown-key'],
      ['unknown-key'],
    ]);
    expect(status.verdicts[1]!.message).toBe(
      "sam's approval is signed with a key the team file does not list for sam",
    );
  });

  it('a role the team file does not give the signer does not count, even when the playbook allows it', async () => {
    const playbook = edited('order-fulfilment-rollback', (d) => {
      (d.governance as Record<string, unknown>).approverRoles = ['ops-lead', 'support-lead'];
    });
    const record = await decide(playbook, { by: sam, role: 'support-lead' });
    const status = await statusWith(withRecords(playbook, [record]), team());
    expect(status.verdicts[0]!.reasons).toEqual(['role-not-held']);
    expect(status.verdicts[0]!.message).toBe('sam does not hold the role "support-lead" in the team file');
  });

  it("the author's own signed approval never counts", async () => {
    const playbook = base();
    const status = await statusWith(withRecords(playbook, [await decide(playbook, { by: dana })]), team());
    expect(status.verdicts[0]).toMatchObject({ verified: true, effective: false, reasons: ['author'] });
    expect(status.approved).toBe(false);
  });

  it('a role without the approve permission never counts, even signed and held', async () => {
    const playbook = edited('order-fulfilment-rollback', (d) => {
      (d.governance as Record<string, unknown>).approverRoles = [];
    });
    const bot = await signer('bot', ['automation']);
    const record = await decide(playbook, { by: bot });
    const status = await statusWith(withRecords(playbook, [record]), teamOf(sam, bot));
    expect(status.verdicts[0]).toMatchObject({ verified: true, reasons: ['no-approve-permission'] });
    expect(status.approved).toBe(false);
  });

  it('a verified request for changes stands against a later approval by someone else', async () => {
    const playbook = base();
    const objection = await decide(playbook, { by: kim, decision: 'changes-requested' }, 0);
    const approval = await decide(playbook, { by: sam }, 1);
    const status = await statusWith(withRecords(playbook, [objection, approval]), team());
    expect(status).toMatchObject({ approved: false, counting: 1, standingRequests: [0] });
  });

  it("a forged later approval in the objector's name neither counts nor withdraws their objection", async () => {
    const playbook = base();
    const objection = await decide(playbook, { by: kim, decision: 'changes-requested' }, 0);
    const approval = await decide(playbook, { by: sam }, 1);
    const forgedWithdrawal = await decide(playbook, { by: mallory, reviewer: 'Kim' }, 2);
    const { signature: _s, ...unsignedWithdrawal } = await decide(playbook, { by: kim }, 3);
    const records = [objection, approval, forgedWithdrawal, unsignedWithdrawal];
    const status = await statusWith(withRecords(playbook, records), team());
    expect(status.verdicts.map((v) => v.reasons)).toEqual([[], [], ['unknown-key'], ['unsigned']]);
    expect(status.approved).toBe(false);
  });

  it('an unsigned request for changes does not stand against verified approvals', async () => {
    const playbook = base();
    const { signature: _s, ...objection } = await decide(playbook, {
      by: kim,
      decision: 'changes-requested',
    });
    const approval = await decide(playbook, { by: sam }, 1);
    const status = await statusWith(withRecords(playbook, [objection, approval]), team());
    expect(status.approved).toBe(true);
  });

  it('a decision signed by another WebCrypto-compatible implementation (node:crypto, P1363) verifies', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
    const kid = createHash('sha256')
      .update(`{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`)
      .digest('base64url');
    const playbook = base();
    const { signature: _s, ...unsigned } = await decide(playbook, { by: sam, reviewer: 'lee' });
    const value = nodeSign('sha256', Buffer.from(signedBytes(unsigned)), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    }).toString('base64url');
    const record = { ...unsigned, signature: { alg: 'ES256' as const, kid, value } };
    const leeTeam = {
      ...team(),
      people: [
        { name: 'lee', roles: ['ops-lead'], keys: [{ kty: 'EC' as const, crv: 'P-256' as const, ...jwk }] },
      ],
    };
    const status = await statusWith(withRecords(playbook, [record]), leeTeam);
    expect(status.verdicts[0]).toMatchObject({ verified: true, effective: true });
  });
});

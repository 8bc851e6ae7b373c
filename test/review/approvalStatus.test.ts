import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { approvalStatus } from '../../src/review/approvalStatus';
import { contentHash } from '../../src/review/contentHash';
import { reviewStatus } from '../../src/review/reviewStatus';
import { type EditableDocument, edited, nodeIn } from './examples';

// order-fulfilment-rollback: author "dana", governance { requiredApprovals: 1, approverRoles: ["ops-lead"] }.
const EXAMPLE = 'order-fulfilment-rollback';
const OLD_HASH = `sha256:${'a'.repeat(64)}`;

interface RecordSpec {
  reviewer: string;
  role?: string;
  decision?: 'approved' | 'changes-requested';
  at?: string;
  /** `current` (the default) is replaced by the playbook's own hash. */
  hash?: string;
}

/** The example with the given governance, carrying these review records. */
async function reviewed(
  records: RecordSpec[],
  options: {
    requiredApprovals?: number;
    approverRoles?: string[];
    edit?: (d: EditableDocument) => void;
  } = {},
): Promise<{ playbook: Playbook; hash: string }> {
  const configure = (document: EditableDocument) => {
    const governance = document.governance as Record<string, unknown>;
    if (options.requiredApprovals !== undefined) governance.requiredApprovals = options.requiredApprovals;
    if (options.approverRoles !== undefined) governance.approverRoles = options.approverRoles;
    options.edit?.(document);
  };
  const hash = await contentHash(edited(EXAMPLE, configure));
  const playbook = edited(EXAMPLE, (document) => {
    configure(document);
    document.review = {
      approvals: records.map((record, index) => ({
        reviewer: record.reviewer,
        role: record.role ?? 'ops-lead',
        decision: record.decision ?? 'approved',
        at: record.at ?? `2025-07-04T10:0${index}:00Z`,
        contentHash: record.hash ?? hash,
      })),
    };
  });
  return { playbook, hash };
}

async function statusOf(...args: Parameters<typeof reviewed>) {
  const { playbook, hash } = await reviewed(...args);
  return approvalStatus(playbook, hash);
}

describe('approval status (spec section 8)', () => {
  it('a playbook without approvals is not approved: 0 of 1 approval', async () => {
    const status = await statusOf([]);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe('Not approved: 0 of 1 approval.');
  });

  it('an approval for the current hash, by an allowed role, not the author, counts and approves', async () => {
    const status = await statusOf([{ reviewer: 'sam' }]);
    expect(status.verdicts.map((v) => [v.effective, v.reasons])).toEqual([[true, []]]);
    expect(status).toMatchObject({ approved: true, counting: 1, required: 1 });
    expect(status.summary).toBe('Approved: 1 of 1 approval.');
  });

  it('an approval for an earlier version does not count, and the sentence says so', async () => {
    const status = await statusOf([{ reviewer: 'Sam', hash: OLD_HASH }, { reviewer: 'kim' }], {
      requiredApprovals: 2,
    });
    expect(status.verdicts[0]!.reasons).toEqual(['earlier-version']);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe("Not approved: 1 of 2 approvals; Sam's approval was for an earlier version.");
  });

  it("the author's own approval never counts, whatever the case or spacing of the name", async () => {
    const status = await statusOf([{ reviewer: ' Dana ' }]);
    expect(status.verdicts[0]!.reasons).toEqual(['author']);
    expect(status.approved).toBe(false);
    expect(status.summary).toContain('cannot review their own playbook');
  });

  it('an approval with a role outside governance.approverRoles does not count', async () => {
    const status = await statusOf([{ reviewer: 'sam', role: 'support-lead' }]);
    expect(status.verdicts[0]!.reasons).toEqual(['role-not-allowed']);
    expect(status.summary).toBe(
      'Not approved: 0 of 1 approval; sam\'s role "support-lead" may not approve (allowed: ops-lead).',
    );
  });

  it('any role with the approve permission may approve when governance.approverRoles is empty', async () => {
    const status = await statusOf([{ reviewer: 'sam', role: 'support-lead' }], { approverRoles: [] });
    expect(status.approved).toBe(true);
  });

  it('a role the playbook defines without the approve permission never counts, even when approverRoles is empty', async () => {
    // order-fulfilment-rollback defines "automation" with initiate and execute only.
    const status = await statusOf([{ reviewer: 'sam', role: 'automation' }], { approverRoles: [] });
    expect(status.verdicts[0]!.reasons).toEqual(['no-approve-permission']);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe(
      'Not approved: 0 of 1 approval; sam\'s role "automation" lacks the "approve" permission in this playbook\'s roles.',
    );
  });

  it('a role the playbook does not define is judged by approverRoles alone', async () => {
    const status = await statusOf([{ reviewer: 'sam', role: 'auditor' }], { approverRoles: [] });
    expect(status.approved).toBe(true);
  });

  it('a request for changes in a role without the approve permission does not stand', async () => {
    const status = await statusOf(
      [{ reviewer: 'sam' }, { reviewer: 'bot', role: 'automation', decision: 'changes-requested' }],
      { approverRoles: [] },
    );
    expect(status.verdicts[1]!.reasons).toEqual(['no-approve-permission']);
    expect(status.approved).toBe(true);
  });

  it('lists every reason an approval fails, the version first', async () => {
    const status = await statusOf([{ reviewer: 'dana', role: 'automation', hash: OLD_HASH }]);
    expect(status.verdicts[0]!.reasons).toEqual([
      'earlier-version',
      'author',
      'role-not-allowed',
      'no-approve-permission',
    ]);
  });

  it('without a team file the status is unverified and says so', async () => {
    const status = await statusOf([{ reviewer: 'sam' }]);
    expect(status.verified).toBe(false);
    expect(status.verdicts[0]!.verified).toBe(false);
    expect(status.verification).toBe(
      'Decisions are unverified: no team file was given to check their signatures.',
    );
  });

  it('needs requiredApprovals distinct reviewers: two approvals by one reviewer count once', async () => {
    const twice = await statusOf([{ reviewer: 'sam' }, { reviewer: 'sam' }], { requiredApprovals: 2 });
    expect(twice).toMatchObject({ approved: false, counting: 1 });
    expect(twice.verdicts[0]!.reasons).toEqual(['superseded']);
    const two = await statusOf([{ reviewer: 'sam' }, { reviewer: 'kim' }], { requiredApprovals: 2 });
    expect(two).toMatchObject({ approved: true, counting: 2 });
  });

  it('a playbook requiring no approvals is approved with none', async () => {
    const status = await statusOf([], { requiredApprovals: 0 });
    expect(status.approved).toBe(true);
    expect(status.summary).toBe('Approved: no approval is required.');
  });

  it('a request for changes by a counting reviewer on this version stands and blocks approval', async () => {
    const status = await statusOf([{ reviewer: 'sam' }, { reviewer: 'kim', decision: 'changes-requested' }]);
    expect(status.counting).toBe(1);
    expect(status.standingRequests).toEqual([1]);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe('Not approved: kim requested changes to this version; 1 of 1 approval.');
  });

  it("a request for changes made before another reviewer's approval of the same version still stands", async () => {
    const status = await statusOf([{ reviewer: 'kim', decision: 'changes-requested' }, { reviewer: 'sam' }]);
    expect(status.approved).toBe(false);
  });

  it('a request for changes on an earlier version does not stand: the change answered it', async () => {
    const status = await statusOf([
      { reviewer: 'kim', decision: 'changes-requested', hash: OLD_HASH },
      { reviewer: 'sam' },
    ]);
    expect(status.verdicts[0]!.reasons).toEqual(['earlier-version']);
    expect(status.approved).toBe(true);
  });

  it('a request for changes by the author or by a role that may not approve does not stand', async () => {
    const status = await statusOf([
      { reviewer: 'dana', decision: 'changes-requested' },
      { reviewer: 'lee', role: 'support-lead', decision: 'changes-requested' },
      { reviewer: 'sam' },
    ]);
    expect(status.verdicts.map((v) => v.reasons)).toEqual([['author'], ['role-not-allowed'], []]);
    expect(status.approved).toBe(true);
  });

  it('a reviewer who approves after requesting changes withdraws the request', async () => {
    const status = await statusOf([
      { reviewer: 'sam', decision: 'changes-requested', at: '2025-07-04T09:00:00Z' },
      { reviewer: 'sam', at: '2025-07-04T11:00:00Z' },
    ]);
    expect(status.verdicts[0]!.reasons).toEqual(['superseded']);
    expect(status.approved).toBe(true);
  });

  it('a reviewer who requests changes after approving withdraws the approval, by time not list order', async () => {
    const status = await statusOf([
      { reviewer: 'sam', decision: 'changes-requested', at: '2025-07-04T12:00:00Z' },
      { reviewer: 'sam', at: '2025-07-04T11:00:00.500Z' },
    ]);
    expect(status.verdicts.map((v) => v.reasons)).toEqual([[], ['superseded']]);
    expect(status).toMatchObject({ approved: false, counting: 0, standingRequests: [0] });
  });

  it('moving a node keeps an approval counting; changing a compensation voids it', async () => {
    const { playbook, hash } = await reviewed([{ reviewer: 'sam' }]);
    expect((await reviewStatus(playbook)).approved).toBe(true);

    const moved = edited(EXAMPLE, (document) => {
      document.review = playbook.review;
      nodeIn(document, 'c1').position = { x: 10, y: 999 };
    });
    expect((await reviewStatus(moved)).approved).toBe(true);

    const changed = edited(EXAMPLE, (document) => {
      document.review = playbook.review;
      nodeIn(document, 'c1').retry = { maxAttempts: 3 };
    });
    const status = await reviewStatus(changed);
    expect(status.contentHash).not.toBe(hash);
    expect(status.approved).toBe(false);
    expect(status.summary).toBe("Not approved: 0 of 1 approval; sam's approval was for an earlier version.");
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ApprovalRecord, Playbook } from '../../src/domain/types';
import { dropsReviewRecords, mergeReviews } from '../../src/persistence/reviewRecords';
import { contentHash } from '../../src/review/contentHash';
import { example, freshRepository, value } from './helpers';

const record = (reviewer: string, at: string, hash = 'sha256:aa'): ApprovalRecord => ({
  reviewer,
  role: 'ops-lead',
  decision: 'approved',
  at,
  contentHash: hash,
});

const withApprovals = (playbook: Playbook, approvals: ApprovalRecord[]): Playbook => ({
  ...playbook,
  review: { approvals },
});

describe('review records are append-only', () => {
  const sam = record('sam', '2025-07-02T10:00:00Z');
  const kim = record('kim', '2025-07-02T11:00:00Z');

  it('merging keeps the base records and appends only the ones it lacks, once', () => {
    expect(mergeReviews({ approvals: [sam] }, { approvals: [sam, kim] }).approvals).toEqual([sam, kim]);
    expect(mergeReviews({ approvals: [kim] }, { approvals: [sam] }).approvals).toEqual([kim, sam]);
    expect(mergeReviews({ approvals: [sam] }, { approvals: [{ ...sam }] }).approvals).toEqual([sam]);
  });

  it('a record differing in any field is another record', () => {
    const later = { ...sam, at: '2025-07-03T10:00:00Z' };
    expect(mergeReviews({ approvals: [sam] }, { approvals: [later] }).approvals).toEqual([sam, later]);
  });

  it('tells when a change would drop a record', () => {
    expect(dropsReviewRecords({ approvals: [sam, kim] }, { approvals: [sam] })).toBe(true);
    expect(dropsReviewRecords({ approvals: [sam] }, { approvals: [sam, kim] })).toBe(false);
    expect(dropsReviewRecords({ approvals: [sam] }, { approvals: [{ ...sam }] })).toBe(false);
    expect(dropsReviewRecords({ approvals: [] }, { approvals: [] })).toBe(false);
  });
});

describe('repository.recordReview', () => {
  it('writes the draft with the record and the audit entry together', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const hash = await contentHash(created.playbook);
    const approval = { ...record('sam', '2025-07-02T10:00:00Z', hash), comment: 'Checked' };
    const saved = value(
      await repository.recordReview(created.id, {
        document: withApprovals(created.playbook, [approval]),
        expectedVersion: created.version,
        record: approval,
      }),
    );
    expect(saved.version).toBe(created.version + 1);
    const opened = value(await repository.get(created.id));
    expect(opened.status === 'ok' && opened.playbook.review.approvals).toEqual([approval]);
    const log = value(await repository.auditLog(created.id));
    expect(log.at(-1)).toMatchObject({
      action: 'approved',
      actor: 'sam',
      contentHash: hash,
      detail: 'Checked',
    });
    expect(value(await repository.verifyAudit(created.id)).ok).toBe(true);
  });

  it('refuses a stale writer and logs nothing', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    value(
      await repository.saveDraft(created.id, { ...created.playbook, name: 'Other tab' }, created.version),
    );
    const before = value(await repository.auditLog(created.id)).length;
    const approval = record('sam', '2025-07-02T10:00:00Z');
    const result = await repository.recordReview(created.id, {
      document: withApprovals(created.playbook, [approval]),
      expectedVersion: created.version,
      record: approval,
    });
    expect(result.ok ? 'written' : result.error.kind).toBe('conflict');
    expect(value(await repository.auditLog(created.id))).toHaveLength(before);
  });
});

describe('restoring a version keeps the review records of the draft', () => {
  it('an approval recorded after the restored version was saved is still in the draft', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const first = value(
      await repository.saveVersion(created.id, {
        document: created.playbook,
        expectedVersion: created.version,
        message: 'first',
        author: 'dana',
      }),
    );
    const approval = record('sam', '2025-07-02T10:00:00Z', first.contentHash);
    const approved = value(
      await repository.recordReview(created.id, {
        document: withApprovals(first.playbook, [approval]),
        expectedVersion: first.version,
        record: approval,
      }),
    );
    const restored = value(
      await repository.restoreRevision(created.id, first.revision, {
        expectedVersion: approved.version,
        actor: 'dana',
      }),
    );
    expect(restored.playbook.review.approvals).toEqual([approval]);
    const opened = value(await repository.get(created.id));
    expect(opened.status === 'ok' && opened.playbook.review.approvals).toEqual([approval]);
  });
});

describe('repository.logExport', () => {
  it('logs an export of the stored draft with its content hash, chained', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const logged = value(
      await repository.logExport(created.id, { actor: 'dana', format: 'json (library download)' }),
    );
    expect(logged).toMatchObject({
      action: 'exported',
      actor: 'dana',
      detail: 'json (library download)',
      contentHash: await contentHash(created.playbook),
    });
    expect(value(await repository.auditLog(created.id)).at(-1)).toEqual(logged);
    expect(value(await repository.verifyAudit(created.id)).ok).toBe(true);
  });

  it('logs the hash of the document given (an export of unsaved edits)', async () => {
    const { repository } = freshRepository();
    const created = value(await repository.create(example()));
    const edited = { ...created.playbook, name: 'Edited, not saved' };
    const logged = value(
      await repository.logExport(created.id, { actor: 'dana', format: 'bpmn', document: edited }),
    );
    expect(logged?.contentHash).toBe(await contentHash(edited));
    expect(logged?.contentHash).not.toBe(await contentHash(created.playbook));
  });

  it('logs nothing for a damaged draft', async () => {
    const { db, repository } = freshRepository();
    const created = value(await repository.create(example()));
    await db.playbooks.update(created.id, { documentText: '{"format": "rollbook.playbook", "nodes": [' });
    const before = value(await repository.auditLog(created.id)).length;
    expect(value(await repository.logExport(created.id, { actor: 'dana', format: 'json' }))).toBeNull();
    expect(value(await repository.auditLog(created.id))).toHaveLength(before);
  });
});

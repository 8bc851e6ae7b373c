import type { ApprovalRecord, Playbook } from '../domain/types';
import type { ReviewDecisionMessage, ReviewRequest } from '../persistence/reviewLink';
import { openPlaybookMutations } from '../queries/openPlaybookMutations';
import { checkIncomingDecision } from '../review';
import { mutate, repository, tabs } from './persistenceContext';
import { closePlaybook } from './persistenceSession';
import { type DecisionByThisBrowser, signAsThisBrowser, teamFor } from './reviewIdentity';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The reviewer's side: a decision on the playbook a request carried, signed with this browser's
 * key, as the message to send back. Nothing is stored here: the decision belongs to the author's
 * copy, which only the author's Rollbook can add it to.
 */
export async function decideOnRequest(
  request: ReviewRequest,
  input: DecisionByThisBrowser,
): Promise<Outcome<ReviewDecisionMessage>> {
  const signed = await signAsThisBrowser(request.playbook, input);
  if (!signed.ok) return signed;
  return {
    ok: true,
    value: {
      rollbookReview: 'decision',
      version: 1,
      libraryId: request.libraryId,
      playbookId: request.playbook.id,
      playbookName: request.playbook.name,
      record: signed.record,
    },
  };
}

const writes = openPlaybookMutations(repository);

/**
 * As approving in this browser does: an approval makes sure a saved version with exactly the
 * approved content exists, so the next review can show what changed since it.
 */
async function approvedVersionStored(
  id: string,
  record: ApprovalRecord,
  playbook: Playbook,
  version: number,
): Promise<Outcome<{ playbook: Playbook; version: number }>> {
  if (record.decision !== 'approved') return { ok: true, value: { playbook, version } };
  const revisions = await repository.listRevisions(id);
  if (!revisions.ok) return { ok: false, message: revisions.error.message };
  if (revisions.value.some((revision) => revision.contentHash === record.contentHash))
    return { ok: true, value: { playbook, version } };
  const saved = await mutate(writes.saveVersion(), {
    id,
    document: playbook,
    expectedVersion: version,
    message: `Version approved by ${record.reviewer}`,
    author: record.reviewer,
  });
  if (!saved.ok) return { ok: false, message: saved.error.message };
  return { ok: true, value: { playbook: saved.value.playbook, version: saved.value.version } };
}

/** What became of a returned decision: added (verified or not), or refused with the reason. */
export type ReturnedDecisionOutcome =
  | { ok: true; libraryId: string; record: ApprovalRecord; verified: boolean; teamName?: string }
  | { ok: false; message: string; libraryId?: string };

/**
 * The author's side: a decision sent back is checked against the playbook as stored here now
 * (this version, this playbook, not already recorded, and verified with the team file when there
 * is one), then appended to its review records with an audit entry, or refused in plain words.
 */
export async function acceptReturnedDecision(
  message: ReviewDecisionMessage,
): Promise<ReturnedDecisionOutcome> {
  // A playbook open in this tab is saved and closed first: the decision is judged against what is
  // stored, and the review page then opens the document that holds it.
  await closePlaybook();
  const stored = await repository.get(message.libraryId);
  if (!stored.ok || stored.value.status !== 'ok' || stored.value.playbook.id !== message.playbookId)
    return {
      ok: false,
      message: `This decision is about “${message.playbookName}”, which is not in this browser's library: it was requested from another browser, or the playbook was deleted.`,
    };
  const { playbook, version } = stored.value;
  const team = await teamFor(message.libraryId);
  if (team.status === 'invalid')
    return {
      ok: false,
      libraryId: message.libraryId,
      message: `The team file cannot be used: ${team.message}`,
    };
  const checked = await checkIncomingDecision(
    playbook,
    message.record,
    team.status === 'ok' ? team.team : undefined,
  );
  if (!checked.ok) {
    const why =
      checked.reason === 'other-version'
        ? `It was made on another version of “${playbook.name}” than the one in your library now: the playbook changed since the review was requested. Request a new review.`
        : checked.message;
    return { ok: false, libraryId: message.libraryId, message: `This decision was not added. ${why}` };
  }
  const base = await approvedVersionStored(message.libraryId, checked.record, playbook, version);
  if (!base.ok) return { ok: false, libraryId: message.libraryId, message: base.message };
  const current = base.value.playbook;
  const document = { ...current, review: { approvals: [...current.review.approvals, checked.record] } };
  const written = await mutate(writes.recordReview(), {
    id: message.libraryId,
    document,
    expectedVersion: base.value.version,
    record: checked.record,
  });
  if (!written.ok) return { ok: false, libraryId: message.libraryId, message: written.error.message };
  tabs.announceSaved(message.libraryId, written.value.version, written.value.updatedAt);
  return {
    ok: true,
    libraryId: message.libraryId,
    record: checked.record,
    verified: checked.verified,
    ...(team.status === 'ok' ? { teamName: team.team.name } : {}),
  };
}

import type { Playbook } from '../../domain/types';
import type { RevisionSummary } from '../../persistence';
import { useRevision, useRevisions } from '../../state/savedPlaybooks';

/** What review mode compares against: the last approved version, else the last saved one. */
export interface ReviewBase {
  kind: 'approved' | 'saved' | 'none';
  revision: number | null;
  playbook: Playbook | null;
  /** The content hash of the compared version (to say whether the draft differs from it). */
  contentHash: string | null;
  /** Every saved version, newest first: names the version an approval was for. */
  revisions: RevisionSummary[];
}

/**
 * The newest saved version whose content an approval in the current document was made for; when
 * none was ever approved, the newest saved version. Approving records a version of exactly what
 * was approved, so the last approved content is always stored.
 */
export function useReviewBase(id: string, current: Playbook): ReviewBase & { loading: boolean } {
  const revisions = useRevisions(id);
  const approvedHashes = new Set(
    current.review.approvals
      .filter((record) => record.decision === 'approved')
      .map((record) => record.contentHash),
  );
  const list = revisions.data ?? [];
  const approved = list.find((revision) => approvedHashes.has(revision.contentHash));
  const chosen = approved ?? list[0];
  const loaded = useRevision(id, chosen?.revision ?? null);
  const playbook = loaded.data?.status === 'ok' ? loaded.data.playbook : null;
  return {
    kind: chosen === undefined ? 'none' : approved ? 'approved' : 'saved',
    revision: chosen?.revision ?? null,
    playbook,
    contentHash: chosen?.contentHash ?? null,
    revisions: list,
    loading: revisions.isPending || (chosen !== undefined && loaded.isPending),
  };
}

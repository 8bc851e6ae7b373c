import { useMemo } from 'react';
import type { Playbook } from '../../../domain/types';
import { encodeReviewFragment, type ReviewRequest, reviewFileText } from '../../../persistence/reviewLink';
import { useProfile } from '../../../state/profileStore';
import { Dialog } from '../../components/Dialog';
import { downloadText } from '../../components/download';
import { appLink, CopyLink, safeFileName } from './CopyLink';

/**
 * "Request review": the playbook as it is now, and the last approved version when there is one
 * (so the reviewer sees what changed), compressed into a link, or a file when too large. The
 * reviewer opens it in their own Rollbook, decides, and sends a decision link back.
 */
export function RequestReviewDialog({
  libraryId,
  playbook,
  base,
  onClose,
}: {
  libraryId: string;
  playbook: Playbook;
  base: { revision: number; playbook: Playbook } | null;
  onClose: () => void;
}) {
  const profile = useProfile();
  const request = useMemo<ReviewRequest>(
    () => ({
      rollbookReview: 'request',
      version: 1,
      libraryId,
      requestedBy: profile.name || playbook.metadata.author || 'the author',
      playbook,
      ...(base ? { base } : {}),
    }),
    [libraryId, playbook, base, profile.name],
  );
  const fragment = useMemo(() => encodeReviewFragment(request), [request]);
  const download = () =>
    downloadText(
      reviewFileText(request),
      `${safeFileName(playbook.name)}.review-request.json`,
      'application/json',
    );
  return (
    <Dialog
      title="Request review"
      onClose={onClose}
      actions={
        <button type="button" onClick={download}>
          Download request file
        </button>
      }
    >
      <p>
        Send this to the reviewer (chat, ticket or mail). It holds “{playbook.name}” as it is now
        {base ? ` and revision ${base.revision}, the last approved version, so they see what changed` : ''}.
        Nothing is uploaded: the playbook travels inside the link. The reviewer opens it in their own
        Rollbook, decides, and sends you back a decision link; open that here and the decision is checked and
        added.
      </p>
      {fragment ? (
        <CopyLink label="Review request link" link={appLink(fragment)} />
      ) : (
        <p role="alert">
          This playbook is too large for a link. Download the request file and send it instead; the reviewer
          opens it with “Open review file…” in their library.
        </p>
      )}
      <p className="muted">
        Any change you make before the decision comes back voids it: a decision covers exactly the content
        that was sent.
      </p>
    </Dialog>
  );
}

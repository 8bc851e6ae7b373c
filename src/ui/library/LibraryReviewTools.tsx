import { lazy, Suspense, useState } from 'react';
import { navigate } from '../../app/router';
import { openReviewFile } from '../../state/reviewInbox';
import { FilePickerButton } from '../components/FilePickerButton';

const TeamFileDialog = lazy(() =>
  import('../review/team/TeamFileDialog').then((module) => ({ default: module.TeamFileDialog })),
);

/**
 * The library's review tools (issue 16): the team file every playbook's decisions are verified
 * against, and a review request or decision that came as a file (too large for a link).
 */
export function LibraryReviewTools() {
  const [teamOpen, setTeamOpen] = useState(false);
  const openFile = async (file: File) => {
    const { readReviewText } = await import('../../persistence/reviewLink');
    openReviewFile(readReviewText(await file.text()));
    navigate({ name: 'review-file' });
  };
  return (
    <>
      <button type="button" onClick={() => setTeamOpen(true)}>
        Team file…
      </button>
      <FilePickerButton
        inputLabel="Open a review request or decision file"
        onFile={(file) => void openFile(file)}
      >
        Open review file…
      </FilePickerButton>
      {teamOpen && (
        <Suspense fallback={<p role="status">Opening the team file…</p>}>
          <TeamFileDialog playbookId={null} onClose={() => setTeamOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

import { useState } from 'react';
import { hrefOf } from '../../app/router';
import { relativeTime } from '../../lib/relativeTime';
import { libraryUiActions } from '../../state/libraryUiStore';
import { restoreRevision } from '../../state/persistenceVersions';
import { useRevisions } from '../../state/savedPlaybooks';
import { Dialog } from '../components/Dialog';

/** Saved versions, newest first: open one read-only, or restore it as the draft (undoable). */
export function HistoryDialog({ id }: { id: string }) {
  const revisions = useRevisions(id);
  const [error, setError] = useState<string | null>(null);
  const restore = async (revision: number) => {
    const outcome = await restoreRevision(revision);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    libraryUiActions.dialogClosed();
    libraryUiActions.messageShown(outcome.message);
  };
  return (
    <Dialog title="History" onClose={libraryUiActions.dialogClosed}>
      {revisions.isSuccess && revisions.data.length === 0 && (
        <p>No saved versions yet. Use “Save version” to keep a named snapshot you can come back to.</p>
      )}
      {error && (
        <p role="alert" className="dialog__error">
          {error}
        </p>
      )}
      <ol className="history-list" aria-label="Saved versions">
        {revisions.data?.map((revision) => (
          <li key={revision.revision} aria-label={`Revision ${revision.revision}`}>
            <strong>Revision {revision.revision}</strong> · {revision.message} · by {revision.author} ·{' '}
            <span title={new Date(revision.savedAt).toLocaleString()}>{relativeTime(revision.savedAt)}</span>
            <div>
              <a
                className="button-link"
                href={hrefOf({ name: 'revision', id, revision: revision.revision })}
                onClick={libraryUiActions.dialogClosed}
              >
                Open revision {revision.revision} read-only
              </a>
              <button type="button" onClick={() => void restore(revision.revision)}>
                Restore revision {revision.revision} as the draft
              </button>
            </div>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

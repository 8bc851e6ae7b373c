import { libraryUiActions, useLibraryMessage } from '../../state/libraryUiStore';
import { sessionActions, useSession } from '../../state/persistenceSession';
import { downloadDocument } from '../designer/fileIo';

/**
 * Storage trouble and tab notices, above the canvas. A failed save says why within the second,
 * keeps the document open here, and offers the export that still works.
 */
export function PlaybookBanners() {
  const save = useSession((s) => s.saveStatus);
  const notice = useSession((s) => s.notice);
  const conflict = useSession((s) => s.conflict);
  const message = useLibraryMessage();
  return (
    <>
      {save.kind === 'not-saved' && !conflict && (
        <div role="alert" className="banner banner--bad">
          <strong>Not saved: {save.reason}.</strong> {save.error.message} Your playbook stays open here.{' '}
          <button type="button" onClick={downloadDocument}>
            Export JSON now
          </button>
        </div>
      )}
      {notice && (
        <div role="status" className="banner">
          {notice}{' '}
          <button type="button" onClick={sessionActions.noticeDismissed}>
            Dismiss
          </button>
        </div>
      )}
      {message && (
        <div role="status" className="banner banner--ok">
          {message}{' '}
          <button type="button" onClick={() => libraryUiActions.messageShown(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

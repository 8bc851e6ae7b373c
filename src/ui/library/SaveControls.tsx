import { hrefOf } from '../../app/router';
import { libraryUiActions } from '../../state/libraryUiStore';
import { useSession } from '../../state/persistenceSession';

/** The toolbar's save state: "Saved", "Saving…", "Not saved: reason" (the full message on hover). */
export function SaveStatus() {
  const state = useSession((s) => s.saveStatus);
  const text =
    state.kind === 'saved' ? 'Saved' : state.kind === 'saving' ? 'Saving…' : `Not saved: ${state.reason}`;
  return (
    <span
      className={`toolbar__save${state.kind === 'not-saved' ? ' toolbar__save--bad' : ''}`}
      role="status"
      aria-label="Save state"
      title={state.kind === 'not-saved' ? state.error.message : undefined}
    >
      {text}
    </span>
  );
}

/** "Library" (back home), shown first in the toolbar. */
export function LibraryLink() {
  return (
    <a className="button-link" href={hrefOf({ name: 'library' })}>
      ← Library
    </a>
  );
}

/** Save version, History, Review and Copy link for the open playbook. */
export function VersionButtons() {
  const id = useSession((s) => s.playbookId);
  if (id === null) return null;
  return (
    <>
      <button type="button" onClick={() => libraryUiActions.dialogOpened('save-version')}>
        Save version
      </button>
      <button type="button" onClick={() => libraryUiActions.dialogOpened('history')}>
        History
      </button>
      <button type="button" onClick={() => libraryUiActions.dialogOpened('share')}>
        Copy link
      </button>
      <a className="button-link" href={hrefOf({ name: 'review', id })}>
        Review
      </a>
    </>
  );
}

import { useId, useState } from 'react';
import { useDocument } from '../../state/documentSelectors';
import { libraryUiActions } from '../../state/libraryUiStore';
import { saveVersion } from '../../state/persistenceVersions';
import { profileActions, profileStore, useProfile } from '../../state/profileStore';
import { Dialog } from '../components/Dialog';

/** "Save version": a message, then an immutable revision with the next revision number. */
export function SaveVersionDialog() {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const nameId = useId();
  // Asked only while this browser acts as nobody, so History names who saved (issue 15).
  const profile = useProfile();
  const askName = profile.name === '';
  const playbookAuthor = useDocument().metadata.author ?? '';
  const [name, setName] = useState(playbookAuthor);
  const submit = async () => {
    if (askName && name.trim() !== '')
      profileActions.profileChanged({ name, role: profileStore.getState().role });
    setBusy(true);
    const outcome = await saveVersion(message);
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    libraryUiActions.dialogClosed();
    libraryUiActions.messageShown(outcome.message);
  };
  return (
    <Dialog
      title="Save version"
      onClose={libraryUiActions.dialogClosed}
      actions={
        <button type="submit" form={`${inputId}-form`} disabled={busy}>
          {busy ? 'Saving…' : 'Save version'}
        </button>
      }
    >
      <form
        id={`${inputId}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>
          Your edits are always autosaved as the draft. A version is a named snapshot you can open or restore
          later, and what reviewers compare against.
        </p>
        <label htmlFor={inputId}>What changed?</label>
        <input
          id={inputId}
          value={message}
          placeholder="e.g. Added a restore path for the carrier outage"
          onChange={(event) => setMessage(event.target.value)}
        />
        {askName && (
          <>
            <label htmlFor={nameId}>Your name (History shows who saved each version)</label>
            <input
              id={nameId}
              value={name}
              autoComplete="name"
              placeholder="e.g. Dana"
              onChange={(event) => setName(event.target.value)}
            />
          </>
        )}
        {error && (
          <p role="alert" className="dialog__error">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import type { ConflictChoice } from '../../persistence';
import { useSession } from '../../state/persistenceSession';
import { conflictResolved } from '../../state/persistenceVersions';
import { downloadDocument } from '../designer/fileIo';

/**
 * Another tab saved this playbook while this tab has unsaved edits. Nothing is written until the
 * person chooses; the choices say what happens to each version.
 */
export function ConflictDialog() {
  const conflict = useSession((s) => s.conflict);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conflict) return null;
  const choose = async (choice: ConflictChoice) => {
    setBusy(true);
    const outcome = await conflictResolved(choice);
    setBusy(false);
    setError(outcome.ok ? null : outcome.message);
  };
  return (
    <div className="dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        className="dialog conflict-dialog"
      >
        <h2 id="conflict-title">This playbook was changed in another tab</h2>
        <div className="dialog__body">
          <p>
            Another tab saved a newer version while you were editing here. Your edits in this tab are{' '}
            <strong>not saved yet</strong>, and nothing will be overwritten until you choose:
          </p>
          <ul className="conflict-choices">
            <li>
              <button type="button" disabled={busy} onClick={() => void choose('reload')}>
                Reload their version
              </button>{' '}
              — discard your edits here and continue from the other tab’s version.
            </li>
            <li>
              <button type="button" disabled={busy} onClick={() => void choose('keep-both')}>
                Keep both
              </button>{' '}
              — save your edits as a copy in the library, and continue with the other tab’s version here.
            </li>
            <li>
              <button type="button" disabled={busy} onClick={() => void choose('overwrite')}>
                Overwrite with mine
              </button>{' '}
              — replace the other tab’s version with yours (theirs stays in no version unless it was saved as
              one).
            </li>
          </ul>
          <p>
            Not sure?{' '}
            <button type="button" onClick={downloadDocument}>
              Export my version to a file
            </button>{' '}
            first.
          </p>
          {error && (
            <p role="alert" className="dialog__error">
              {error}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

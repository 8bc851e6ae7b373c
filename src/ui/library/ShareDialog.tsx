import { useEffect, useId, useState } from 'react';
import { encodeShareFragment } from '../../persistence';
import { documentStore } from '../../state/documentStore';
import { libraryUiActions } from '../../state/libraryUiStore';
import { Dialog } from '../components/Dialog';

/**
 * "Copy link": the playbook itself, compressed, in the link's fragment (never sent to any server).
 * Whoever opens it sees it read-only and can save it to their own library.
 */
export function ShareDialog() {
  const [encoded] = useState(() => encodeShareFragment(documentStore.getState().document));
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputId = useId();
  const link = encoded.ok ? `${window.location.origin}${window.location.pathname}${encoded.value}` : '';
  useEffect(() => {
    if (!link) return;
    navigator.clipboard?.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  }, [link]);
  return (
    <Dialog title="Share link" onClose={libraryUiActions.dialogClosed}>
      {encoded.ok ? (
        <>
          <p>
            {copied === 'yes'
              ? 'Copied to the clipboard. '
              : copied === 'no'
                ? 'Copy it from the box below. '
                : ''}
            The link holds the whole playbook (compressed); nothing is uploaded. Whoever opens it sees it
            read-only and can save a copy to their own library.
          </p>
          <label htmlFor={inputId}>Link to this playbook</label>
          <input id={inputId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </>
      ) : (
        <p role="alert">{encoded.error.message}</p>
      )}
    </Dialog>
  );
}

import { useEffect, useId, useMemo, useState } from 'react';
import { maskPersonalData, personalSampleCount } from '../../domain/maskPersonalData';
import { encodeShareFragment } from '../../persistence/shareLink';
import { documentStore } from '../../state/documentStore';
import { libraryUiActions } from '../../state/libraryUiStore';
import { copyText } from '../components/copyText';
import { Dialog } from '../components/Dialog';
import { PersonalDataWarning } from '../personal/PersonalDataWarning';

/**
 * "Copy link": the playbook itself, compressed, in the link's fragment (never sent to any server).
 * Whoever opens it sees it read-only and can save it to their own library. Personal values of the
 * sample dataset are masked unless the person chooses otherwise (issue 19).
 */
export function ShareDialog() {
  const [document] = useState(() => documentStore.getState().document);
  const personalCount = useMemo(() => personalSampleCount(document), [document]);
  const [masked, setMasked] = useState(true);
  const encoded = useMemo(
    () => encodeShareFragment(masked && personalCount > 0 ? maskPersonalData(document) : document),
    [document, masked, personalCount],
  );
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputId = useId();
  const link = encoded.ok ? `${window.location.origin}${window.location.pathname}${encoded.value}` : '';
  useEffect(() => {
    if (!link) return;
    void copyText(link).then((took) => setCopied(took ? 'yes' : 'no'));
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
          {personalCount > 0 && (
            <PersonalDataWarning
              count={personalCount}
              vehicle="link"
              masked={masked}
              onMaskedChange={setMasked}
            />
          )}
          <label htmlFor={inputId}>Link to this playbook</label>
          <input id={inputId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </>
      ) : (
        <p role="alert">{encoded.error.message}</p>
      )}
    </Dialog>
  );
}

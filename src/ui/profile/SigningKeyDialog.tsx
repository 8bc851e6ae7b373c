import { useState } from 'react';
import { teamEntry } from '../../review';
import { useProfile } from '../../state/profileStore';
import { replaceSigningKey, useSigningKey } from '../../state/reviewIdentity';
import { copyText } from '../components/copyText';
import { Dialog } from '../components/Dialog';
import { downloadText } from '../components/download';

/**
 * This browser's signing key (spec 8.1): its fingerprint, the team-file entry to hand to whoever
 * keeps the team file, and replacing a lost key. The private key never leaves this browser (it is
 * non-extractable), so it can be replaced but not exported or recovered.
 */
export function SigningKeyDialog({ onClose }: { onClose: () => void }) {
  const profile = useProfile();
  const key = useSigningKey();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const record = key.data ?? null;
  const name = profile.name || 'your name';
  const entryText = record
    ? JSON.stringify(teamEntry(name, profile.role ? [profile.role] : [], record.publicJwk), null, 2)
    : '';
  const make = async () => {
    const made = await replaceSigningKey();
    setConfirming(false);
    setMessage(made.ok ? null : made.message);
  };
  return (
    <Dialog title="Your signing key" onClose={onClose}>
      <p>
        Your approvals and requests for changes are signed with a key that lives only in this browser. Its
        private half can sign but can never be read or copied, not even by Rollbook.
      </p>
      {key.isPending && <p role="status">Reading your key…</p>}
      {key.isSuccess && !record && (
        <>
          <p>No key yet: your first decision makes one, or make it now.</p>
          <button type="button" className="primary" onClick={() => void make()}>
            Make my key
          </button>
        </>
      )}
      {record && (
        <>
          <p>
            Fingerprint (kid): <code className="key-fingerprint">{record.kid}</code>
            <br />
            <span className="muted">Made {new Date(record.createdAt).toLocaleString()}.</span>
          </p>
          <label htmlFor="team-entry">Your entry for the team file</label>
          <textarea id="team-entry" readOnly rows={8} value={entryText} className="code-box" />
          <p className="muted">
            Send this to whoever keeps your team file: they add it (Team file… → Add a person) and commit it
            beside the playbooks, where the change is reviewed.{' '}
            {profile.name ? '' : 'Choose who you are acting as first, so the entry carries your name.'}
          </p>
          <div className="decision__buttons">
            <button
              type="button"
              onClick={() =>
                void copyText(entryText).then((took) =>
                  setCopied(
                    took
                      ? 'Entry copied to the clipboard.'
                      : 'The clipboard refused: select the entry and copy it.',
                  ),
                )
              }
            >
              Copy entry
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${entryText}\n`,
                  `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.team-entry.json`,
                  'application/json',
                )
              }
            >
              Download entry
            </button>
          </div>
          {copied && <p role="status">{copied}</p>}
          {record.replacedKid && (
            <p className="banner banner--warn">
              This key replaced the key {record.replacedKid}. Decisions signed with the old key verify only
              while the team file still lists the old public key: keep it there until no decision signed with
              it matters.
            </p>
          )}
          <h3>Lost your key?</h3>
          <p>
            Cleared this browser's data, or on a new machine? A key cannot be recovered; make a new one and
            add its entry to the team file.
          </p>
          {confirming ? (
            <div role="alert" className="banner banner--bad">
              <p>
                The current key ({record.kid.slice(0, 12)}…) will be gone for good. Decisions you signed with
                it stay verified only while the team file keeps listing its public key.
              </p>
              <button type="button" className="danger" onClick={() => void make()}>
                Yes, replace my key
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Keep my key
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Replace my key…
            </button>
          )}
        </>
      )}
      {(message || key.isError) && (
        <p role="alert" className="dialog__error">
          {message ?? key.error?.message}
        </p>
      )}
    </Dialog>
  );
}

import { useId, useState } from 'react';
import { copyText } from '../../components/copyText';

/** A link in a read-only box with a Copy button that says whether the clipboard took it. */
export function CopyLink({ label, link }: { label: string; link: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputId = useId();
  return (
    <div className="copy-link">
      <label htmlFor={inputId}>{label}</label>
      <div className="copy-link__row">
        <input id={inputId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          onClick={() => void copyText(link).then((took) => setCopied(took ? 'yes' : 'no'))}
        >
          Copy link
        </button>
      </div>
      {copied && (
        <p role="status" className="muted">
          {copied === 'yes'
            ? 'Copied to the clipboard.'
            : 'The clipboard refused: select the link and copy it.'}
        </p>
      )}
    </div>
  );
}

/** This app's address with a fragment: links work wherever this same Rollbook is served. */
export function appLink(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}${fragment}`;
}

/** A file name from a playbook name: letters, digits, dots, dashes. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'playbook';
}

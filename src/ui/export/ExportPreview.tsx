import { useState } from 'react';
import type { Exporter } from '../../exporters';
import { logExportOfOpenPlaybook } from '../../state/exportLog';
import { copyText } from '../components/copyText';
import { downloadText } from '../components/download';
import { openPrintView } from './fileActions';

interface ExportPreviewProps {
  exporter: Exporter;
  output: string;
  losses: readonly string[];
  fileName: string;
}

/**
 * One target's result: what it could not express, in plain words, then the file itself (read-only
 * text; the runbook's HTML is shown rendered in a sandboxed frame), then Download, Copy, Print.
 */
export function ExportPreview({ exporter, output, losses, fileName }: ExportPreviewProps) {
  const [copyState, setCopyState] = useState<{ output: string; ok: boolean } | null>(null);
  const isHtml = exporter.id === 'runbook-html';
  const copied = copyState?.output === output ? copyState : null;
  return (
    <div className="export-preview">
      <section aria-label="What this format loses" className="export-losses">
        <h3>What this format cannot express{losses.length > 0 ? ` (${losses.length})` : ''}</h3>
        {losses.length === 0 ? (
          <p>Nothing is lost: the file says everything the canvas says.</p>
        ) : (
          <ul>
            {losses.map((loss) => (
              <li key={loss}>{loss}</li>
            ))}
          </ul>
        )}
      </section>
      <h3 className="export-preview__title">Preview: {fileName}</h3>
      {isHtml ? (
        // sandbox="" : no script, no forms, an opaque origin; the exporter escapes user text as well.
        <iframe
          className="export-preview__frame"
          title={`Preview of ${exporter.label}`}
          sandbox=""
          srcDoc={output}
        />
      ) : (
        <textarea
          className="export-preview__text"
          aria-label={`Preview of ${exporter.label}`}
          readOnly
          spellCheck={false}
          wrap="off"
          value={output}
        />
      )}
      <div className="export-preview__actions">
        <button
          type="button"
          onClick={() => {
            downloadText(output, fileName, exporter.mediaType);
            logExportOfOpenPlaybook(exporter.id);
          }}
        >
          Download {fileName}
        </button>
        <button
          type="button"
          onClick={() =>
            void copyText(output).then((ok) => {
              setCopyState({ output, ok });
              if (ok) logExportOfOpenPlaybook(exporter.id);
            })
          }
        >
          Copy to clipboard
        </button>
        {isHtml && (
          <button type="button" onClick={() => openPrintView(output)}>
            Open print view
          </button>
        )}
        <span role="status" className="export-preview__status">
          {copied === null
            ? ''
            : copied.ok
              ? 'Copied to the clipboard.'
              : 'The browser did not allow copying: select the preview text and press Ctrl+C.'}
        </span>
      </div>
    </div>
  );
}

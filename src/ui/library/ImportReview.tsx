import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReportEntry } from '../../importers/types';
import type { SortedImport } from '../../workers/importSorting';
import { ReadOnlyCanvas } from '../review/ReadOnlyCanvas';
import { ImportReportList } from './ImportReportList';
import { ImportStartView } from './ImportStartView';
import { ATTENTION_BADGE, decorateImport, importCounts, importSummary } from './importReviewModel';
import './importReview.css';

/** A workflow file the importer read, waiting for the author's Create or Cancel. */
export type ReviewedImport = Extract<SortedImport, { kind: 'workflow' }> & { fileName: string };

/**
 * The import review: the proposed playbook on a read-only canvas beside the report, a plain
 * summary on top. Nothing is stored until Create; Cancel (or Escape) discards it.
 */
export function ImportReview({
  item,
  queue,
  onCreate,
  onCancel,
}: {
  item: ReviewedImport;
  /** "1 of 3" when several workflow files came at once. */
  queue: { index: number; total: number };
  /** Stores the playbook; resolves to an error message, or never returns (it opens the designer). */
  onCreate: () => Promise<string | null>;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [selected, setSelected] = useState<{ entry: number; node: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The canvas mounts once the dialog is open: React Flow fits the view to the size it sees then.
  const [open, setOpen] = useState(false);
  const { playbook, report } = item;
  const summary = useMemo(
    () => importSummary(item.format, importCounts(playbook, report)),
    [item.format, playbook, report],
  );
  const flow = useMemo(
    () => decorateImport(playbook, report, selected?.node ?? null),
    [playbook, report, selected],
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    setOpen(true);
  }, []);
  const select = (index: number, entry: ReportEntry) => {
    if (entry.node !== null) setSelected({ entry: index, node: entry.node, at: Date.now() });
  };
  const create = async () => {
    setBusy(true);
    setError(null);
    const failure = await onCreate();
    setBusy(false);
    setError(failure);
  };
  return (
    <dialog
      ref={ref}
      className="import-review"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: React unmounts the dialog through onCancel, the browser does not close it alone.
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="import-review__header">
        <div>
          <h2 id={titleId}>
            Import review: {playbook.name}
            {queue.total > 1 && (
              <span className="muted">
                {' '}
                ({queue.index + 1} of {queue.total})
              </span>
            )}
          </h2>
          <p className="import-review__source">
            From <strong>{item.fileName}</strong> ({item.label})
          </p>
        </div>
        <div className="import-review__actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
            {busy ? 'Creating…' : 'Create playbook'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </header>
      <div className="import-review__summary">
        <p className="import-review__headline">{summary.headline}.</p>
        <p>{summary.detail}</p>
      </div>
      {error && (
        <p role="alert" className="import-review__error">
          Not created: {error}
        </p>
      )}
      <div className="import-review__body">
        {open && (
          <ReactFlowProvider>
            <ReadOnlyCanvas
              nodes={flow.nodes}
              edges={flow.edges}
              focus={selected ? { id: selected.node, at: selected.at } : null}
              label={`Proposed playbook (read-only); nodes marked “${ATTENTION_BADGE}” need you`}
            >
              <ImportStartView />
            </ReadOnlyCanvas>
          </ReactFlowProvider>
        )}
        <aside className="import-review__side" aria-label="Import report">
          <ImportReportList report={report} selectedEntry={selected?.entry ?? null} onSelect={select} />
        </aside>
      </div>
    </dialog>
  );
}

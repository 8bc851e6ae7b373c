import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReportEntry } from '../../importers/types';
import type { SortedImport } from '../../workers/importSorting';
import { useModalDialog } from '../components/useModalDialog';
import { ReadOnlyCanvas } from '../review/ReadOnlyCanvas';
import { ImportReportList } from './ImportReportList';
import { ImportStartView } from './ImportStartView';
import {
  ATTENTION_BADGE,
  decorateImport,
  entryForNode,
  importCounts,
  importSummary,
} from './importReviewModel';
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
  const titleId = useId();
  // `zoom`: chosen in the list (the canvas goes to it), not clicked on the canvas (it stays put).
  const [selected, setSelected] = useState<{
    entry: number | null;
    node: string;
    at: number;
    zoom: boolean;
  } | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
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
  const modal = useModalDialog(onCancel, () => setOpen(true));
  const select = (index: number, entry: ReportEntry) => {
    if (entry.node !== null) setSelected({ entry: index, node: entry.node, at: Date.now(), zoom: true });
  };
  // A node clicked (or Enter on a focused node) shows its entry in the list. Listened to on the
  // wrapper: the read-only canvas takes no click handler, and its nodes carry their id in data-id.
  useEffect(() => {
    const wrapper = canvas.current;
    if (!wrapper) return;
    const show = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      const node = (event.target as Element | null)?.closest?.('.react-flow__node')?.getAttribute('data-id');
      if (!node) return;
      const entry = entryForNode(playbook, report, node);
      setSelected({ entry, node, at: Date.now(), zoom: false });
      if (entry !== null)
        document.getElementById(`${titleId}-entry-${entry}`)?.scrollIntoView({ block: 'nearest' });
    };
    wrapper.addEventListener('click', show);
    wrapper.addEventListener('keydown', show);
    return () => {
      wrapper.removeEventListener('click', show);
      wrapper.removeEventListener('keydown', show);
    };
  }, [playbook, report, titleId]);
  const create = async () => {
    setBusy(true);
    setError(null);
    const failure = await onCreate();
    setBusy(false);
    setError(failure);
  };
  return (
    <dialog {...modal} className="import-review" aria-labelledby={titleId}>
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
        <div ref={canvas} className="import-review__canvas">
          {open && (
            <ReactFlowProvider>
              <ReadOnlyCanvas
                nodes={flow.nodes}
                edges={flow.edges}
                focus={selected?.zoom ? { id: selected.node, at: selected.at } : null}
                label={`Proposed playbook (read-only); nodes marked “${ATTENTION_BADGE}” need you`}
              >
                <ImportStartView />
              </ReadOnlyCanvas>
            </ReactFlowProvider>
          )}
        </div>
        <aside className="import-review__side" aria-label="Import report">
          <ImportReportList
            report={report}
            selectedEntry={selected?.entry ?? null}
            onSelect={select}
            idPrefix={`${titleId}-entry-`}
          />
        </aside>
      </div>
    </dialog>
  );
}

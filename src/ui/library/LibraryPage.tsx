import { type DragEvent, lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { navigate } from '../../app/router';
import type { LibraryEntry } from '../../persistence';
import {
  createBlank,
  createFromTemplate,
  deletePlaybook,
  downloadRawJson,
  duplicatePlaybook,
  type ImportReport,
  undoDeletePlaybook,
} from '../../state/libraryActions';
import { useLibraryVerification } from '../../state/libraryVerification';
import { useLibrary } from '../../state/savedPlaybooks';
import type { PlaybookTemplate } from '../../templates';
import { ProfileControl } from '../profile/ProfileControl';
import { LibraryReviewTools } from './LibraryReviewTools';
import { LibraryRow } from './LibraryRow';
import { NoServerNote } from './NoServerNote';
import { StorageInfo } from './StorageInfo';
import { TrashSection } from './TrashSection';

// The templates (six playbooks' JSON) load when the dialog opens, not with the first screen.
const TemplateDialog = lazy(() =>
  import('./TemplateDialog').then((module) => ({ default: module.TemplateDialog })),
);

// Import sorts files in a worker and may open the import review: neither is in the first screen,
// nor are the import results, which only an import (that loaded its chunk already) shows.
const ImportWorkflowFiles = lazy(() =>
  import('./ImportWorkflowFiles').then((module) => ({ default: module.ImportWorkflowFiles })),
);
const ImportReports = lazy(() =>
  import('./ImportReports').then((module) => ({ default: module.ImportReports })),
);

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** The home page: every playbook in this browser, and ways to start or bring in another. */
export function LibraryPage() {
  const library = useLibrary();
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [incoming, setIncoming] = useState<File[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Library · Rollbook';
    // The session (autosave) comes with the designer's chunk; the first screen does not wait for it.
    void import('../../state/persistenceSession').then((session) => session.closePlaybook());
  }, []);

  const open = (id: string) => navigate({ name: 'designer', id });
  const runImport = (files: File[]) => {
    if (files.length > 0) setIncoming(files);
  };
  const importDone = useCallback(() => setIncoming(null), []);
  const fromTemplate = async (template: PlaybookTemplate) => {
    setTemplatesOpen(false);
    const outcome = await createFromTemplate(template);
    if (outcome.ok) open(outcome.id);
    else setMessage(outcome.message);
  };
  const actions = {
    onDuplicate: async (entry: LibraryEntry) => setMessage((await duplicatePlaybook(entry.id)).message),
    onDelete: async (entry: LibraryEntry) => {
      const outcome = await deletePlaybook(entry.id);
      setMessage(outcome.ok ? null : outcome.message);
      if (outcome.ok) setDeleted({ id: entry.id, name: entry.name });
    },
    onDownload: async (entry: LibraryEntry) => {
      const failure = await downloadRawJson(entry.id, entry.name);
      if (failure) setMessage(failure);
    },
  };

  const entries = library.data ?? [];
  const verification = useLibraryVerification(entries, library.dataUpdatedAt);
  const needle = search.trim().toLowerCase();
  const shown = needle ? entries.filter((entry) => entry.name.toLowerCase().includes(needle)) : entries;

  return (
    <main
      className={`library${dragging ? ' library--dragging' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        runImport(Array.from(event.dataTransfer.files));
      }}
    >
      <header className="library__header">
        <h1>
          <span className="toolbar__brand">Rollbook</span> Library
        </h1>
        <ProfileControl />
      </header>
      <NoServerNote />
      <div className="library__actions">
        <button
          type="button"
          className="primary"
          onClick={() => void createBlank().then((o) => (o.ok ? open(o.id) : setMessage(o.message)))}
        >
          New blank playbook
        </button>
        <button type="button" onClick={() => setTemplatesOpen(true)}>
          New from template…
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import files…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".json,application/json,.bpmn,.xml,application/xml,text/xml,.yaml,.yml,application/yaml"
          aria-label="Import playbook files"
          hidden
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            runImport(files);
          }}
        />
        <LibraryReviewTools />
        <input
          type="search"
          className="library__search"
          placeholder="Search by name"
          aria-label="Search playbooks"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="library__drop-hint">or drop playbook, n8n, Make or Power Automate files here</span>
      </div>
      {message && (
        <p role="status" className="library__message">
          {message}
        </p>
      )}
      {deleted && (
        <div role="status" className="library__undo">
          “{deleted.name}” moved to the trash (kept 30 days).{' '}
          <button
            type="button"
            onClick={() =>
              void undoDeletePlaybook(deleted.id).then((outcome) => {
                setDeleted(null);
                setMessage(outcome.message);
              })
            }
          >
            Undo delete
          </button>
        </div>
      )}
      {incoming && (
        <Suspense fallback={<p role="status">Importing…</p>}>
          <ImportWorkflowFiles files={incoming} onReports={setReports} onDone={importDone} />
        </Suspense>
      )}
      {reports.length > 0 && (
        <Suspense fallback={null}>
          <ImportReports reports={reports} onClose={() => setReports([])} />
        </Suspense>
      )}
      {library.isError && (
        <p role="alert" className="library__message library__message--bad">
          The library cannot be read: {library.error.message}
        </p>
      )}
      {library.isSuccess && entries.length === 0 ? (
        <section className="library__empty" aria-label="Empty library">
          <h2>Your library is empty</h2>
          <p>
            A playbook describes how to undo a workflow when it goes wrong. Start with{' '}
            <strong>New from template</strong> to see a complete one (the order-fulfilment rollback is a good
            first look), start from a <strong>blank playbook</strong>, or import a <code>.json</code> playbook
            file (button above, or drop it here).
          </p>
        </section>
      ) : (
        <table className="library__table" aria-label="Playbooks">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Revision</th>
              <th scope="col">Updated</th>
              <th scope="col">Checks</th>
              <th scope="col">Approval</th>
              <th scope="col">Last drill</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <LibraryRow
                key={entry.id}
                entry={entry}
                actions={actions}
                verified={verification.data?.get(entry.id)}
              />
            ))}
            {library.isSuccess && shown.length === 0 && (
              <tr>
                <td colSpan={7}>No playbook matches “{search}”.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <TrashSection />
      <StorageInfo refreshKey={library.dataUpdatedAt} />
      {templatesOpen && (
        <Suspense fallback={<p role="status">Opening the templates…</p>}>
          <TemplateDialog onChoose={(t) => void fromTemplate(t)} onClose={() => setTemplatesOpen(false)} />
        </Suspense>
      )}
    </main>
  );
}

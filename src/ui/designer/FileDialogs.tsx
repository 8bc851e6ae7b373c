import { useStore } from 'zustand';
import { useProblems } from '../../state/documentSelectors';
import { uiActions, uiStore } from '../../state/uiStore';
import { Dialog } from '../components/Dialog';
import { downloadDocument } from './fileIo';

/** A failed import's errors, and the question before exporting a playbook with problems. */
export function FileDialogs() {
  const importErrors = useStore(uiStore, (s) => s.importErrors);
  const confirmExport = useStore(uiStore, (s) => s.confirmExport);
  const problems = useProblems();
  if (importErrors) {
    return (
      <Dialog alert title={`Could not import ${importErrors.file}`} onClose={uiActions.importErrorsClosed}>
        <p>Nothing was changed: your playbook is as it was. The file has these problems:</p>
        <ul className="error-list" aria-label="Import errors">
          {importErrors.errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              {error.path && <code>{error.path}</code>} {error.message}
            </li>
          ))}
        </ul>
      </Dialog>
    );
  }
  if (confirmExport) {
    return (
      <Dialog
        alert
        title="Export a playbook with problems?"
        onClose={() => uiActions.exportConfirmAsked(false)}
        actions={
          <button
            type="button"
            onClick={() => {
              uiActions.exportConfirmAsked(false);
              downloadDocument();
            }}
          >
            Export anyway
          </button>
        }
      >
        <p>
          This playbook has {problems.length} {problems.length === 1 ? 'problem' : 'problems'}. Other tools
          will refuse the file until they are fixed:
        </p>
        <ul className="error-list">
          {problems.slice(0, 20).map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      </Dialog>
    );
  }
  return null;
}

import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { hrefOf } from '../../app/router';
import { libraryUiActions, useLibraryDialog } from '../../state/libraryUiStore';
import { openPlaybook, useSession } from '../../state/persistenceSession';
import { Designer } from '../designer/Designer';
import { ConflictDialog } from './ConflictDialog';
import { HistoryDialog } from './HistoryDialog';
import { PlaybookBanners } from './PlaybookBanners';
import { SaveVersionDialog } from './SaveVersionDialog';

// The share link is compressed with fflate (about 20 ms to evaluate in Chromium): it loads when the
// dialog opens, not with the designer's first draw (issue 20, open fast).
const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

/** The designer on one library playbook: opened from IndexedDB, autosaved back to it. */
export function PlaybookRoute({ id }: { id: string }) {
  const phase = useSession((s) => (s.playbookId === id ? s.phase : 'loading'));
  const failure = useSession((s) => s.failure);
  const dialog = useLibraryDialog();
  useEffect(() => {
    void openPlaybook(id);
    libraryUiActions.messageShown(null);
    return () => libraryUiActions.dialogClosed();
  }, [id]);
  if (phase === 'failed') {
    return (
      <main className="page-message" role="alert">
        <h1>This playbook cannot be opened</h1>
        <p>{failure}</p>
        <p>
          <a href={hrefOf({ name: 'library' })}>Back to the library</a>
        </p>
      </main>
    );
  }
  if (phase !== 'open') return <p className="page-message">Opening the playbook…</p>;
  return (
    <ReactFlowProvider>
      <div className="playbook-route">
        <PlaybookBanners />
        <Designer />
      </div>
      <ConflictDialog />
      {dialog === 'save-version' && <SaveVersionDialog />}
      {dialog === 'history' && <HistoryDialog id={id} />}
      {dialog === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog />
        </Suspense>
      )}
    </ReactFlowProvider>
  );
}

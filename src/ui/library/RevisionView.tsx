import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { toFlow } from '../../graph/toFlow';
import { relativeTime } from '../../lib/relativeTime';
import { libraryUiActions } from '../../state/libraryUiStore';
import { openPlaybook, useSession } from '../../state/persistenceSession';
import { restoreRevision } from '../../state/persistenceVersions';
import { useRevision } from '../../state/savedPlaybooks';
import { ReadOnlyCanvas } from '../review/ReadOnlyCanvas';

/** A saved version, read-only, with the way to make it the draft again. */
export function RevisionView({ id, revision }: { id: string; revision: number }) {
  const loaded = useRevision(id, revision);
  const phase = useSession((s) => (s.playbookId === id ? s.phase : 'loading'));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void openPlaybook(id);
  }, [id]);
  const flow = useMemo(
    () => (loaded.data?.status === 'ok' ? toFlow(loaded.data.playbook) : { nodes: [], edges: [] }),
    [loaded.data],
  );
  if (loaded.isError) {
    return (
      <main className="page-message" role="alert">
        <h1>Revision {revision} cannot be shown</h1>
        <p>{loaded.error.message}</p>
        <a href={hrefOf({ name: 'designer', id })}>Back to the playbook</a>
      </main>
    );
  }
  const data = loaded.data;
  const restore = async () => {
    const outcome = await restoreRevision(revision);
    if (!outcome.ok) return setError(outcome.message);
    libraryUiActions.messageShown(outcome.message);
    navigate({ name: 'designer', id });
  };
  return (
    <div className="read-only-page">
      <header className="toolbar">
        <a className="button-link" href={hrefOf({ name: 'designer', id })}>
          ← Back to the draft
        </a>
        <h1 className="toolbar__name">
          {data?.status === 'ok' ? data.playbook.name : 'Saved version'} · revision {revision} (read-only)
        </h1>
        {data && (
          <span className="muted">
            {data.message} · by {data.author} · {relativeTime(data.savedAt)}
          </span>
        )}
        <button
          type="button"
          disabled={phase !== 'open' || data?.status !== 'ok'}
          onClick={() => void restore()}
        >
          Restore this version as the draft
        </button>
      </header>
      {error && (
        <p role="alert" className="banner banner--bad">
          {error}
        </p>
      )}
      {data?.status === 'damaged' && (
        <p role="alert" className="banner banner--bad">
          This saved version cannot be read: {data.errors[0]?.message}
        </p>
      )}
      <ReactFlowProvider>
        <ReadOnlyCanvas nodes={flow.nodes} edges={flow.edges} label={`Revision ${revision} (read-only)`} />
      </ReactFlowProvider>
    </div>
  );
}

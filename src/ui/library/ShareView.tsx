import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { toFlow } from '../../graph/toFlow';
import { decodeShareFragment } from '../../persistence/shareLink';
import { saveShared } from '../../state/libraryActions';
import { ReadOnlyCanvas } from '../review/ReadOnlyCanvas';

/** A playbook opened from a share link: read-only until saved to this browser's library. */
export function ShareView({ fragment }: { fragment: string }) {
  const decoded = useMemo(() => decodeShareFragment(fragment), [fragment]);
  const flow = useMemo(() => (decoded.ok ? toFlow(decoded.value) : { nodes: [], edges: [] }), [decoded]);
  const [error, setError] = useState<string | null>(null);
  if (!decoded.ok) {
    return (
      <main className="page-message" role="alert">
        <h1>This share link cannot be opened</h1>
        <p>{decoded.error.message}</p>
        <a href={hrefOf({ name: 'library' })}>Go to the library</a>
      </main>
    );
  }
  const save = async () => {
    const outcome = await saveShared(decoded.value);
    if (outcome.ok) navigate({ name: 'designer', id: outcome.id });
    else setError(outcome.message);
  };
  return (
    <div className="read-only-page">
      <header className="toolbar">
        <a className="button-link" href={hrefOf({ name: 'library' })}>
          ← Library
        </a>
        <h1 className="toolbar__name">{decoded.value.name} (shared with you, read-only)</h1>
        <button type="button" className="primary" onClick={() => void save()}>
          Save to my library
        </button>
      </header>
      {error && (
        <p role="alert" className="banner banner--bad">
          {error}
        </p>
      )}
      <ReactFlowProvider>
        <ReadOnlyCanvas nodes={flow.nodes} edges={flow.edges} label="Shared playbook (read-only)" />
      </ReactFlowProvider>
    </div>
  );
}

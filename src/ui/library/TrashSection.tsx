import { useEffect, useState } from 'react';
import { relativeTime } from '../../lib/relativeTime';
import { THIRTY_DAYS_MS } from '../../persistence';
import { emptyExpiredTrash, undoDeletePlaybook } from '../../state/libraryActions';
import { useTrash } from '../../state/savedPlaybooks';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left before a deleted playbook is removed for good. */
function daysLeft(deletedAt: string): number {
  return Math.max(0, Math.ceil((Date.parse(deletedAt) + THIRTY_DAYS_MS - Date.now()) / DAY_MS));
}

/**
 * The trash: deleted playbooks kept 30 days, each with Restore. Older ones are removed when the
 * library opens; their audit log stays (with a tombstone), so what was deleted, by whom and when
 * can still be verified.
 */
export function TrashSection() {
  const trash = useTrash();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void emptyExpiredTrash();
  }, []);
  const entries = trash.data ?? [];
  if (entries.length === 0 && !message) return null;
  return (
    <details className="library__trash">
      <summary>Trash ({entries.length})</summary>
      <p className="muted">
        Deleted playbooks are kept here for 30 days, then removed; their audit log is kept.
      </p>
      <ul aria-label="Trash">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong>{' '}
            <span className="muted" title={entry.deletedAt}>
              deleted {entry.deletedAt ? relativeTime(entry.deletedAt) : ''}, removed in{' '}
              {entry.deletedAt ? daysLeft(entry.deletedAt) : 30} days
            </span>{' '}
            <button
              type="button"
              aria-label={`Restore ${entry.name}`}
              onClick={() => void undoDeletePlaybook(entry.id).then((outcome) => setMessage(outcome.message))}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {message && <p role="status">{message}</p>}
    </details>
  );
}

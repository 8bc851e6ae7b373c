import { relativeTime } from '../../lib/relativeTime';
import { useAuditLog, useAuditVerification } from '../../state/savedPlaybooks';

const ACTION_WORDS: Record<string, string> = {
  'saved-version': 'saved a version',
  approved: 'approved',
  'changes-requested': 'requested changes',
  restored: 'restored a version',
  imported: 'imported',
  exported: 'exported',
  created: 'created the playbook',
  forked: 'made a copy',
  deleted: 'moved it to the trash',
  undeleted: 'brought it back from the trash',
  'incident-started': 'started an incident',
  'incident-finished': 'closed an incident',
};

/** The audit log as a timeline, newest first, with the verification of its hash chain. */
export function AuditTimeline({ id }: { id: string }) {
  const log = useAuditLog(id);
  const verification = useAuditVerification(id);
  const entries = [...(log.data ?? [])].reverse();
  return (
    <section className="audit" aria-label="Audit log">
      <h2>Audit log</h2>
      {verification.data && (
        <p role="status" className={`badge badge--${verification.data.ok ? 'ok' : 'bad'}`}>
          {verification.data.ok
            ? `Chain verified: ${verification.data.entries} ${verification.data.entries === 1 ? 'entry' : 'entries'}, none altered or missing.`
            : `Chain broken: ${verification.data.message}`}
        </p>
      )}
      {log.isSuccess && entries.length === 0 && <p className="muted">Nothing logged yet.</p>}
      <ol className="audit__timeline">
        {entries.map((entry) => (
          <li key={entry.seq}>
            <span title={entry.at}>{relativeTime(entry.at)}</span> · <strong>{entry.actor}</strong>{' '}
            {ACTION_WORDS[entry.action] ?? entry.action}
            {entry.detail ? `: ${entry.detail}` : ''}
            <code title={entry.contentHash}>{entry.contentHash.slice(7, 15)}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}

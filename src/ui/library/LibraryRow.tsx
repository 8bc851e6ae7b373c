import { hrefOf } from '../../app/router';
import { relativeTime } from '../../lib/relativeTime';
import type { LibraryEntry, LibraryItem } from '../../persistence';
import { drillScore, drillsOf } from '../../state/drillBook';
import type { VerifiedApproval } from '../../state/libraryVerification';
import { type LintStatus, lintStatusOf } from '../../viewModels/lintStatus';

const lintText = (item: LibraryItem): LintStatus => lintStatusOf(item.summary);

/** The stored summary (spec 8 alone), or, with a team file, only verified decisions (spec 8.1). */
function approvalText(
  item: LibraryItem,
  verified: VerifiedApproval | undefined,
): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  const approval = verified ?? item.summary.approval;
  if (approval.approved) return { text: 'Approved', tone: 'ok' };
  if (approval.required === 0) return { text: 'No approval needed', tone: 'ok' };
  return { text: `Not approved (${approval.counting} of ${approval.required})`, tone: 'warn' };
}

export interface RowActions {
  onDuplicate: (item: LibraryItem) => void;
  onDelete: (entry: LibraryEntry) => void;
  onDownload: (entry: LibraryEntry) => void;
}

/** One playbook of the library: what it is, how it stands, and what can be done with it. */
export function LibraryRow({
  entry,
  actions,
  verified,
}: {
  entry: LibraryEntry;
  actions: RowActions;
  /** The approval verified against a team file; absent: unverified (or still being checked). */
  verified?: VerifiedApproval;
}) {
  if (entry.status === 'damaged') {
    const first = entry.errors[0];
    return (
      <tr className="library-row library-row--damaged" aria-label={`${entry.name} (damaged)`}>
        <th scope="row">
          <span className="library-row__name">{entry.name}</span>
          <span className="badge badge--bad">Damaged</span>
        </th>
        <td colSpan={5}>
          This stored playbook cannot be opened
          {first ? `: ${first.path && first.path !== '/' ? `${first.path} ` : ''}${first.message}` : ''}. It
          is kept as it was; download its raw JSON to repair it, then import the file.
        </td>
        <td className="library-row__actions">
          <button
            type="button"
            onClick={() => actions.onDownload(entry)}
            aria-label={`Download raw JSON of ${entry.name}`}
          >
            Download raw JSON
          </button>
          <button type="button" onClick={() => actions.onDelete(entry)} aria-label={`Delete ${entry.name}`}>
            Delete
          </button>
        </td>
      </tr>
    );
  }
  const lint = lintText(entry);
  const approval = approvalText(entry, verified);
  const drill = drillsOf(entry.id)[0];
  return (
    <tr className="library-row" aria-label={entry.name}>
      <th scope="row">
        <a className="library-row__name" href={hrefOf({ name: 'designer', id: entry.id })}>
          {entry.name}
        </a>
        <span className="library-row__meta">{entry.summary.nodeCount} nodes</span>
      </th>
      <td>Revision {entry.revision}</td>
      <td title={new Date(entry.updatedAt).toLocaleString()}>{relativeTime(entry.updatedAt)}</td>
      <td>
        <span className={`badge badge--${lint.tone}`}>{lint.text}</span>
      </td>
      <td>
        <span className={`badge badge--${approval.tone}`}>{approval.text}</span>{' '}
        <span
          className="library-row__verification"
          title={
            verified
              ? `Signatures checked against the team file "${verified.teamName}"`
              : 'No team file: decisions are unverified'
          }
        >
          {verified ? 'verified' : 'unverified'}
        </span>
      </td>
      <td title={drill ? `Drilled ${new Date(drill.at).toLocaleString()}` : undefined}>
        {drill ? drillScore(drill.summary) : <span className="muted">Not drilled</span>}
      </td>
      <td className="library-row__actions">
        <a
          className="button-link"
          href={hrefOf({ name: 'review', id: entry.id })}
          aria-label={`Review ${entry.name}`}
        >
          Review
        </a>
        <a
          className="button-link"
          href={hrefOf({ name: 'incident', id: entry.id, incidentId: null })}
          aria-label={`Start incident: ${entry.name}`}
        >
          Start incident
        </a>
        <button
          type="button"
          onClick={() => actions.onDuplicate(entry)}
          aria-label={`Duplicate ${entry.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => actions.onDownload(entry)}
          aria-label={`Download JSON of ${entry.name}`}
        >
          Download JSON
        </button>
        <button type="button" onClick={() => actions.onDelete(entry)} aria-label={`Delete ${entry.name}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

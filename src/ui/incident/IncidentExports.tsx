import { type IncidentRecord, incidentJson, incidentMarkdown } from '../../incidents';
import { useIncidentVerification } from '../../state/incidents';
import { downloadText } from '../components/download';

/** The record's chain check and its two exports: JSON (every hash) and the runbook's Markdown. */
export function IncidentExports({ record }: { record: IncidentRecord }) {
  const verification = useIncidentVerification(record.id);
  const checked = verification.data;
  const base = `incident-${record.startedAt.slice(0, 16).replace(/[:T]/g, '-')}`;
  return (
    <section className="incident-exports" aria-label="Record and export">
      {checked && (
        <p role="status" className={`badge badge--${checked.ok ? 'ok' : 'bad'}`}>
          {checked.ok ? checked.message : `Record broken: ${checked.message}`}
        </p>
      )}
      <button
        type="button"
        disabled={!checked}
        onClick={() =>
          checked && downloadText(incidentJson(record, checked), `${base}.json`, 'application/json')
        }
      >
        Export record (JSON)
      </button>
      <button
        type="button"
        disabled={!checked}
        onClick={() =>
          checked &&
          downloadText(
            incidentMarkdown(record, checked, new Date().toISOString()),
            `${base}.md`,
            'text/markdown',
          )
        }
      >
        Export record (Markdown)
      </button>
    </section>
  );
}

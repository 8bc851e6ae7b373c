import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { incidentProgress } from '../../incidents';
import { incidentActions, useIncident, useIncidents } from '../../state/incidents';
import { queries } from '../../state/persistenceContext';
import { useProfile } from '../../state/profileStore';
import { ProfileControl } from '../profile/ProfileControl';
import { Checklist } from './Checklist';
import { PostmortemView } from './PostmortemView';
import './incident.css';

/** Incident mode (issue 18): start or resume an incident of a playbook, or open one by its id. */
export function IncidentPage({ id, incidentId }: { id: string; incidentId: string | null }) {
  return (
    <main className="incident-page">
      <nav className="incident-page__nav" aria-label="Incident">
        <a href={hrefOf({ name: 'library' })}>Library</a> ·{' '}
        <a href={hrefOf({ name: 'designer', id })}>Open the playbook</a>
        {incidentId && (
          <>
            {' '}
            · <a href={hrefOf({ name: 'incident', id, incidentId: null })}>All incidents of this playbook</a>
          </>
        )}
      </nav>
      {incidentId ? <IncidentView incidentId={incidentId} /> : <IncidentStart id={id} />}
    </main>
  );
}

function IncidentView({ incidentId }: { incidentId: string }) {
  const incident = useIncident(incidentId);
  if (incident.isPending) return <p className="page-message">Opening the incident…</p>;
  if (!incident.data) return <p role="alert">This incident is not in the library.</p>;
  return incidentProgress(incident.data).finished ? (
    <PostmortemView record={incident.data} />
  ) : (
    <Checklist record={incident.data} />
  );
}

function IncidentStart({ id }: { id: string }) {
  const stored = useQuery(queries.detail(id));
  const incidents = useIncidents(id);
  const profile = useProfile();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  if (stored.isPending) return <p className="page-message">Opening the playbook…</p>;
  if (stored.data?.status !== 'ok') {
    return <p role="alert">This playbook cannot be opened, so no incident can start from it.</p>;
  }
  const { playbook } = stored.data;
  const open = (incidents.data ?? []).filter((record) => !incidentProgress(record).finished);
  const closed = (incidents.data ?? []).filter((record) => incidentProgress(record).finished);
  return (
    <div className="incident">
      <header className="incident__bar">
        <h1 className="incident__title">Incident mode: {playbook.name}</h1>
        <ProfileControl />
      </header>
      <p>
        Starting an incident opens the playbook's procedure (revision {playbook.revision}) as a checklist.
        Every tick is kept in this browser's library at once, with who ticked it and when, and chained into
        the playbook's audit log.
      </p>
      {profile.name === '' && (
        <p className="incident__next">
          Choose who you are acting as first: every tick records that name (otherwise “anonymous”).
        </p>
      )}
      {open.map((record) => (
        <p key={record.id}>
          <a className="button-link" href={hrefOf({ name: 'incident', id, incidentId: record.id })}>
            Resume the incident started {new Date(record.startedAt).toLocaleString()}
          </a>
        </p>
      ))}
      <button
        type="button"
        className="incident__start"
        disabled={starting}
        onClick={async () => {
          setStarting(true);
          const started = await incidentActions.started(id, playbook);
          setStarting(false);
          if (started.ok) navigate({ name: 'incident', id, incidentId: started.value.id });
          else setError(started.message);
        }}
      >
        Start incident
      </button>
      {error && <p role="alert">Not started: {error}</p>}
      {closed.length > 0 && (
        <section aria-label="Past incidents">
          <h2>Past incidents</h2>
          <ul>
            {closed.map((record) => (
              <li key={record.id}>
                <a href={hrefOf({ name: 'incident', id, incidentId: record.id })}>
                  Postmortem of the incident started {new Date(record.startedAt).toLocaleString()}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

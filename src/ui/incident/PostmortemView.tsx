import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { hrefOf } from '../../app/router';
import {
  buildPostmortem,
  humanTime,
  type IncidentRecord,
  incidentProgress,
  incidentScenario,
} from '../../incidents';
import { incidentActions } from '../../state/incidents';
import { queries } from '../../state/persistenceContext';
import { IncidentExports } from './IncidentExports';

const time = humanTime;
/** Over or under the plan, to the second; within a second is "on plan" (the time of a click). */
const over = (ms: number | null) =>
  ms === null ? '' : Math.abs(ms) < 1000 ? 'on plan' : ms > 0 ? `+${time(ms)}` : `−${time(-ms)}`;
const END_WORDS = { resolved: 'Resolved', abandoned: 'Handed over unresolved' } as const;

/**
 * A closed incident compared with its playbook: what went as planned and what did not, time per
 * step against the plan, where the RTO was lost; then "Make it a scenario" with the postmortem note.
 */
export function PostmortemView({ record }: { record: IncidentRecord }) {
  // Closing the incident swaps the checklist for this page: start reading at its top.
  useEffect(() => {
    document.querySelector('.incident-page')?.scrollTo(0, 0);
  }, []);
  const finished = incidentProgress(record).finished;
  const finishedAt = finished?.at ?? new Date().toISOString();
  const postmortem = buildPostmortem(record, finishedAt);
  return (
    <div className="incident">
      <header className="incident__bar incident__bar--static">
        <h1 className="incident__title">Postmortem: {record.playbookName}</h1>
        <div
          className={`incident-clock incident-clock--${postmortem.withinRto === false ? 'over' : 'ok'}`}
          role="note"
          aria-label="Time taken against the RTO"
        >
          <span className="incident-clock__elapsed">{time(postmortem.elapsedMs)}</span>
          <span className="incident-clock__words">
            {postmortem.rtoMs === null ? 'no RTO set' : `against the ${time(postmortem.rtoMs)} RTO`}
          </span>
        </div>
        {finished && (
          <p className="incident__next">
            {END_WORDS[finished.end]}, closed by {finished.by} at {new Date(finished.at).toLocaleString()}
            {finished.note ? `: ${finished.note}` : '.'}
          </p>
        )}
      </header>
      <section aria-label="Findings">
        <h2>What the record shows</h2>
        <ul className="incident__findings">
          {postmortem.findings.map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
      </section>
      <section aria-label="Time per step">
        <h2>Time per step against the plan</h2>
        <table className="incident__table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">What</th>
              <th scope="col">Outcome</th>
              <th scope="col">By</th>
              <th scope="col">Took</th>
              <th scope="col">Planned</th>
              <th scope="col">Against plan</th>
            </tr>
          </thead>
          <tbody>
            {postmortem.rows.map((row) => (
              <tr key={row.number} className={row.outcome === 'not reached' ? 'muted' : undefined}>
                <td>{row.number}</td>
                <th scope="row">{row.label}</th>
                <td>{row.outcome}</td>
                <td>{row.by ?? ''}</td>
                <td>{row.tookMs === null ? '' : time(row.tookMs)}</td>
                <td>{time(row.plannedMs)}</td>
                <td>{over(row.overMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <MakeScenario record={record} />
      <IncidentExports record={record} />
    </div>
  );
}

function MakeScenario({ record }: { record: IncidentRecord }) {
  const stored = useQuery(queries.detail(record.playbookId));
  const [worked, setWorked] = useState('');
  const [change, setChange] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const workedId = useId();
  const changeId = useId();
  if (stored.data?.status !== 'ok') return <p className="muted">Loading the playbook…</p>;
  const { scenario, notes } = incidentScenario(record, stored.data.playbook);
  const faultWords = [
    ...scenario.faults.map((fault) => `${labelOf(record, fault.node)} fails`),
    ...Object.keys(scenario.approvals).map((node) => `${labelOf(record, node)} is rejected`),
  ];
  return (
    <section className="incident__scenario" aria-label="Make it a scenario">
      <h2>Make it a scenario</h2>
      <p>
        The scenario “{scenario.name}” replays this incident in the dry run and the drill:{' '}
        {faultWords.length > 0 ? faultWords.join('; ') : 'nothing failed'}
        {scenario.expect.endNode
          ? `; it expects the run to end at ${labelOf(record, scenario.expect.endNode, stored.data.playbook.nodes)}`
          : ''}
        .
      </p>
      {notes.length > 0 && (
        <ul aria-label="What the scenario cannot carry over">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <form
        className="incident__form incident__form--stacked"
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await incidentActions.scenarioAdded(record, scenario, { worked, change });
          setOutcome(
            saved.ok
              ? {
                  ok: true,
                  text: `Saved as revision ${saved.value.revision} with the scenario and your note.`,
                }
              : { ok: false, text: saved.message },
          );
        }}
      >
        <label htmlFor={workedId}>What worked</label>
        <textarea id={workedId} value={worked} onChange={(event) => setWorked(event.target.value)} rows={2} />
        <label htmlFor={changeId}>What to change</label>
        <textarea id={changeId} value={change} onChange={(event) => setChange(event.target.value)} rows={2} />
        <button type="submit" disabled={outcome?.ok === true}>
          Add the scenario and save a version
        </button>
      </form>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={`badge badge--${outcome.ok ? 'ok' : 'bad'}`}>
          {outcome.text}
        </p>
      )}
      {outcome?.ok && (
        <a className="button-link" href={hrefOf({ name: 'designer', id: record.playbookId })}>
          Open the playbook to run the scenario
        </a>
      )}
    </section>
  );
}

function labelOf(
  record: IncidentRecord,
  nodeId: string,
  nodes?: readonly { id: string; label: string }[],
): string {
  return (
    record.steps.find((step) => step.nodeId === nodeId)?.label ??
    nodes?.find((node) => node.id === nodeId)?.label ??
    nodeId
  );
}

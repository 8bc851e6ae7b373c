import { useId, useState } from 'react';
import {
  elapsedMs,
  humanTime,
  type IncidentEnd,
  type IncidentRecord,
  incidentProgress,
  type StepOutcome,
} from '../../incidents';
import { incidentActions } from '../../state/incidents';
import { ProfileControl } from '../profile/ProfileControl';
import { ElapsedClock } from './ElapsedClock';
import { IncidentExports } from './IncidentExports';
import { StepItem } from './StepItem';
import { useNow } from './useNow';

/**
 * The operator's checklist for an open incident: the clock against the RTO and the branch to
 * follow stay at the top; every tick is written to the library before the screen shows it.
 */
export function Checklist({ record }: { record: IncidentRecord }) {
  const now = useNow(true);
  const progress = incidentProgress(record);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<{ ok: true } | { ok: false; message: string }>) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    setError(outcome.ok ? null : outcome.message);
  };
  const tick = (step: number | null, label: string, outcome: StepOutcome) =>
    run(() => incidentActions.ticked(record, { step, label, outcome }));
  const byNumber = new Map(record.steps.map((step) => [step.number, step]));
  const current = progress.current === null ? undefined : byNumber.get(progress.current);
  const branchFrom = progress.branch ? byNumber.get(progress.branch.from) : undefined;
  const sinceLast = now - Date.parse(progress.lastAt);
  return (
    <div className="incident">
      <header className="incident__bar">
        <h1 className="incident__title">Incident: {record.playbookName}</h1>
        <ElapsedClock elapsedMs={elapsedMs(record, new Date(now).toISOString())} rtoMs={record.rtoMs} />
        <ProfileControl />
        <section className="incident__now" aria-label="What to do now">
          {branchFrom && progress.current === progress.branch?.to && (
            <p className="incident__branch" role="alert">
              Step {branchFrom.number}, {branchFrom.label}, failed.{' '}
              {current
                ? `Follow the failure branch: go to step ${current.number}.`
                : 'The playbook has no step for that: stop and escalate.'}
            </p>
          )}
          <p className="incident__next">
            {current
              ? `Now: step ${current.number}, ${current.label}${current.owner ? ` (${current.owner})` : ''}. ${humanTime(sinceLast)} since the last tick.`
              : 'The procedure has reached its end: close the incident below.'}{' '}
            {current && (
              <button
                type="button"
                onClick={() =>
                  document
                    .getElementById(`incident-step-${current.number}`)
                    ?.scrollIntoView({ block: 'center' })
                }
              >
                Show step {current.number}
              </button>
            )}
          </p>
          {error && (
            <p role="alert" className="incident__error">
              Not recorded: {error}
            </p>
          )}
        </section>
      </header>
      <ol className="incident__steps" aria-label="Checklist">
        {progress.steps.map((state) => (
          <StepItem
            key={state.step.number}
            state={state}
            steps={record.steps}
            isCurrent={state.step.number === progress.current}
            rtoMs={record.rtoMs}
            disabled={busy}
            onTick={(outcome) => void tick(state.step.number, state.step.label, outcome)}
          />
        ))}
      </ol>
      {progress.added.length > 0 && (
        <section aria-label="Steps not in the playbook">
          <h2>Done but not in the playbook</h2>
          <ul>
            {progress.added.map((extra) => (
              <li key={extra.at}>
                {extra.label}: {extra.outcome} by {extra.by}, took {humanTime(extra.tookMs)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddedStepForm disabled={busy} onAdd={(label, outcome) => void tick(null, label, outcome)} />
      <FinishForm
        disabled={busy}
        onFinish={(end, note) => void run(() => incidentActions.finished(record, end, note))}
      />
      <IncidentExports record={record} />
    </div>
  );
}

function AddedStepForm({
  disabled,
  onAdd,
}: {
  disabled: boolean;
  onAdd: (label: string, outcome: StepOutcome) => void;
}) {
  const [label, setLabel] = useState('');
  const id = useId();
  return (
    <form
      className="incident__form"
      aria-label="Record a step not in the playbook"
      onSubmit={(event) => {
        event.preventDefault();
        if (label.trim() === '') return;
        onAdd(label.trim(), 'done');
        setLabel('');
      }}
    >
      <label htmlFor={id}>Did something the playbook does not list?</label>
      <input
        id={id}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        placeholder="Called the carrier's support line"
      />
      <button type="submit" disabled={disabled || label.trim() === ''}>
        Record it as done
      </button>
    </form>
  );
}

function FinishForm({
  disabled,
  onFinish,
}: {
  disabled: boolean;
  onFinish: (end: IncidentEnd, note: string) => void;
}) {
  const [note, setNote] = useState('');
  const [end, setEnd] = useState<IncidentEnd>('resolved');
  const noteId = useId();
  const endId = useId();
  return (
    <form
      className="incident__form"
      aria-label="Close the incident"
      onSubmit={(event) => {
        event.preventDefault();
        onFinish(end, note);
      }}
    >
      <label htmlFor={endId}>The incident is</label>
      <select id={endId} value={end} onChange={(event) => setEnd(event.target.value as IncidentEnd)}>
        <option value="resolved">resolved</option>
        <option value="abandoned">abandoned (handed over, not resolved)</option>
      </select>
      <label htmlFor={noteId}>Closing note (optional)</label>
      <input id={noteId} value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="submit" disabled={disabled}>
        Close the incident
      </button>
    </form>
  );
}

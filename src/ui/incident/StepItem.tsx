import { useState } from 'react';
import { humanTime, type ProcedureStep, type StepOutcome, type StepState } from '../../incidents';

const OUTCOME_WORDS: Record<StepOutcome, string> = { done: 'Done', failed: 'Failed', skipped: 'Skipped' };

/** Where the operator goes when this step fails, in words. */
export function failureWords(step: ProcedureStep, steps: readonly ProcedureStep[]): string {
  if (step.kind === 'decision') {
    const no = steps.find((other) => other.number === step.onFailure);
    return no ? `If not, go to step ${no.number}: ${no.label}.` : '';
  }
  const target = steps.find((other) => other.number === step.onFailure);
  if (target) return `If it fails, go to step ${target.number}: ${target.label}.`;
  if (step.kind === 'step')
    return 'If it fails: undo every completed step (the playbook’s implicit rollback), then stop.';
  return 'If it fails: stop and escalate; the playbook has no step for that.';
}

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * One step of the checklist: what to do, who owns it, the time it should take against the RTO,
 * where to go on failure, and three buttons. A ticked step says who ticked it, when, and how long it took.
 */
export function StepItem({
  state,
  steps,
  isCurrent,
  rtoMs,
  disabled,
  onTick,
}: {
  state: StepState;
  steps: readonly ProcedureStep[];
  isCurrent: boolean;
  rtoMs: number | null;
  disabled: boolean;
  onTick: (outcome: StepOutcome) => void;
}) {
  const { step, outcome } = state;
  const name = `Step ${step.number}: ${step.label}`;
  const [changing, setChanging] = useState(false);
  const facts = [
    step.owner ? `Owner: ${step.owner}` : 'Owner: not named',
    step.system ? `System: ${step.system}` : '',
    step.plannedMs > 0 ? `Takes about ${humanTime(step.plannedMs)}` : 'No planned wait',
    `Planned done by ${humanTime(step.plannedTotalMs)}${rtoMs === null ? '' : ` of the ${humanTime(rtoMs)} RTO`}`,
  ].filter(Boolean);
  const next = steps.find((other) => other.number === step.next);
  // A ticked step folds to one line so the steps still to do stand out; "Change" reopens it.
  const folded = outcome !== null && !changing;
  return (
    <li
      className={`incident-step${isCurrent ? ' is-current' : ''}${outcome ? ` is-${outcome}` : ''}`}
      id={`incident-step-${step.number}`}
      aria-label={name}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <div className="incident-step__head">
        <span className="incident-step__number" aria-hidden="true">
          {step.number}
        </span>
        <h3 className="incident-step__label">{step.label}</h3>
        {isCurrent && <span className="badge badge--warn">Do this now</span>}
        {outcome && (
          <span
            className={`badge badge--${outcome === 'done' ? 'ok' : outcome === 'failed' ? 'bad' : 'warn'}`}
          >
            {OUTCOME_WORDS[outcome]}
          </span>
        )}
      </div>
      {!folded && (
        <>
          <p className="incident-step__facts">{facts.join(' · ')}</p>
          {step.undoes && (
            <p>Undo, newest first, each only if its step had completed: {step.undoes.join(', ')}.</p>
          )}
          {step.irreversible && (
            <p className="incident-step__warning">Cannot be undone: {step.irreversible}</p>
          )}
          <p className="incident-step__branch">
            {failureWords(step, steps)}{' '}
            {step.endsWith
              ? `When done, the playbook ends: ${step.endsWith}.`
              : next
                ? `When done, go on to step ${next.number}.`
                : ''}
          </p>
        </>
      )}
      {outcome && state.by && state.at && (
        <p className="incident-step__ticked">
          {OUTCOME_WORDS[outcome]} by <strong>{state.by}</strong> at {time(state.at)}, took{' '}
          {humanTime(state.tookMs ?? 0)}
          {folded && (
            <button
              type="button"
              className="incident-step__change"
              onClick={() => setChanging(true)}
              aria-label={`Change ${name}`}
            >
              Change
            </button>
          )}
        </p>
      )}
      {!folded && (
        <fieldset className="incident-step__actions" aria-label={`Tick ${name}`}>
          {(['done', 'failed', 'skipped'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className={`incident-tick incident-tick--${choice}`}
              disabled={disabled}
              aria-label={`${name}: ${OUTCOME_WORDS[choice].toLowerCase()}`}
              onClick={() => {
                setChanging(false);
                onTick(choice);
              }}
            >
              {OUTCOME_WORDS[choice]}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}

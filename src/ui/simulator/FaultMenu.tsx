import { useEffect, useRef, useState } from 'react';
import type { Effect, Fault, FaultType, PlaybookNode } from '../../domain/types';
import { formatIsoDuration, parseHumanDuration } from '../../lib/duration';
import { useDocument } from '../../state/documentSelectors';
import { applicableFaults, FAULT_WORDS, type Injection } from '../../state/simulationFaults';
import { simulationActions, useSimulation } from '../../state/simulationStore';

type Choice = FaultType | 'reject' | 'timeout-approval';

interface Params {
  attempts: string;
  fraction: string;
  duration: string;
  entity: string;
  key: string;
  field: string;
  value: string;
}

const DEFAULTS: Params = {
  attempts: '',
  fraction: '50',
  duration: '10 min',
  entity: '',
  key: '',
  field: '',
  value: '',
};

/** Reads a typed value as JSON when it is one (numbers, true, null), else as text. */
function typedValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The injection the form describes, or why it cannot be made. */
function buildInjection(
  node: PlaybookNode,
  choice: Choice,
  params: Params,
  keyField: (entity: string) => string,
): Injection | string {
  if (choice === 'reject' || choice === 'timeout-approval')
    return { kind: 'approval', node: node.id, decision: choice === 'reject' ? 'reject' : 'timeout' };
  const attempts = params.attempts.trim() === '' ? undefined : Number(params.attempts);
  if (attempts !== undefined && (!Number.isInteger(attempts) || attempts < 1))
    return 'Attempts must be a whole number of at least 1, or empty for all';
  let fault: Fault;
  switch (choice) {
    case 'fail':
    case 'timeout':
      fault =
        attempts === undefined ? { node: node.id, type: choice } : { node: node.id, type: choice, attempts };
      break;
    case 'partial': {
      const percent = Number(params.fraction);
      if (!(percent > 0 && percent <= 100)) return 'The part written must be between 1 and 100 %';
      fault = { node: node.id, type: 'partial', fraction: percent / 100 };
      break;
    }
    case 'duplicate':
      fault = { node: node.id, type: 'duplicate' };
      break;
    case 'outage': {
      const ms = parseHumanDuration(params.duration);
      if (ms === null || ms <= 0) return 'Say how long the outage lasts, e.g. "10 min"';
      fault = { node: node.id, type: 'outage', duration: formatIsoDuration(ms) };
      break;
    }
    case 'corrupt': {
      if (!params.entity || !params.key.trim() || !params.field.trim())
        return 'Choose the entity, the key of the record and the field to damage';
      const mutation: Effect = {
        op: 'update',
        entity: params.entity,
        match: { [keyField(params.entity)]: typedValue(params.key.trim()) as string },
        set: { [params.field.trim()]: typedValue(params.value) as string },
      };
      fault = { node: node.id, type: 'corrupt', mutation };
      break;
    }
  }
  return { kind: 'fault', fault };
}

/**
 * The menu a right-click on a node opens: only the fault types that apply to the node's kind
 * (and, on an approval, the decisions), each with its parameters.
 */
export function FaultMenu() {
  const menu = useSimulation((s) => s.menu);
  const document = useDocument();
  const node = menu ? document.nodes.find((candidate) => candidate.id === menu.node) : undefined;
  const [choice, setChoice] = useState<Choice | null>(null);
  const [params, setParams] = useState<Params>(DEFAULTS);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setChoice(null);
    setProblem(null);
    setParams({ ...DEFAULTS, entity: document.dataModel.entities[0]?.name ?? '' });
    if (menu) requestAnimationFrame(() => first.current?.focus());
  }, [menu, document.dataModel.entities]);

  if (!menu || !node) return null;
  const choices: { value: Choice; title: string; help: string }[] = [
    ...applicableFaults(node).map((type) => ({ value: type as Choice, ...FAULT_WORDS[type] })),
    ...(node.kind === 'approval'
      ? [
          { value: 'reject' as const, title: 'Reject', help: 'the approver says no' },
          {
            value: 'timeout-approval' as const,
            title: 'No answer',
            help: 'nobody answers before the timeout',
          },
        ]
      : []),
  ];
  const field = (name: keyof Params, label: string, hint?: string) => (
    <label className="sim-menu__param">
      {label}
      <input
        value={params[name]}
        placeholder={hint}
        onChange={(event) => setParams({ ...params, [name]: event.target.value })}
      />
    </label>
  );
  const keyField = (entity: string) =>
    document.dataModel.entities.find((candidate) => candidate.name === entity)?.key ?? 'id';
  const inject = () => {
    if (!choice) return;
    const built = buildInjection(node, choice, params, keyField);
    if (typeof built === 'string') setProblem(built);
    else simulationActions.injectionAdded(built);
  };

  return (
    <div
      className="sim-menu"
      role="dialog"
      aria-label={`Inject a fault into ${node.label}`}
      style={{
        left: Math.min(menu.x, window.innerWidth - 300),
        top: Math.min(menu.y, window.innerHeight - 360),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') simulationActions.menuClosed();
      }}
    >
      <h2 className="sim-menu__title">Inject into “{node.label}”</h2>
      <fieldset className="sim-menu__choices">
        <legend>What goes wrong</legend>
        {choices.map((option, index) => (
          <label key={option.value} className="sim-menu__choice">
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              name="sim-fault"
              checked={choice === option.value}
              onChange={() => {
                setChoice(option.value);
                setProblem(null);
              }}
            />
            <span>
              <strong>{option.title}</strong> <small>{option.help}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {(choice === 'fail' || choice === 'timeout') && field('attempts', 'Attempts affected', 'all')}
      {choice === 'partial' && field('fraction', 'Part of the records written (%)')}
      {choice === 'outage' && field('duration', 'Outage lasts')}
      {choice === 'corrupt' && (
        <>
          <label className="sim-menu__param">
            Entity
            <select
              value={params.entity}
              onChange={(event) => setParams({ ...params, entity: event.target.value })}
            >
              {document.dataModel.entities.map((entity) => (
                <option key={entity.name}>{entity.name}</option>
              ))}
            </select>
          </label>
          {field('key', `Record key (${keyField(params.entity)})`)}
          {field('field', 'Field to change')}
          {field('value', 'New value')}
        </>
      )}
      {problem && (
        <p className="sim-menu__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="sim-menu__actions">
        <button type="button" onClick={inject} disabled={!choice}>
          Inject fault
        </button>
        <button type="button" onClick={simulationActions.menuClosed}>
          Cancel
        </button>
      </div>
    </div>
  );
}

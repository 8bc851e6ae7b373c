import { useEffect, useRef, useState } from 'react';
import type { FaultType, PlaybookNode } from '../../domain/types';
import {
  FAULT_MENU_DEFAULTS,
  FAULT_WORDS,
  type FaultMenuText,
  faultFromMenu,
} from '../../simulator/faultBuilder';
import { applicableFaults, type Injection } from '../../state/simulationFaults';
import { simulationActions, useSimulation } from '../../state/simulationStore';
import { useEntities, useNodeAt } from '../inspector/formSelectors';

type Choice = FaultType | 'reject' | 'timeout-approval';

/** The injection the menu describes, or why it cannot be made (faults go through the fault builder). */
function buildInjection(node: PlaybookNode, choice: Choice, text: FaultMenuText): Injection | string {
  if (choice === 'reject' || choice === 'timeout-approval')
    return { kind: 'approval', node: node.id, decision: choice === 'reject' ? 'reject' : 'timeout' };
  const built = faultFromMenu(node.id, choice, text);
  return built.ok ? { kind: 'fault', fault: built.value } : built.message;
}

/**
 * The menu a right-click on a node opens: only the fault types that apply to the node's kind
 * (and, on an approval, the decisions), each with its parameters.
 */
export function FaultMenu() {
  const menu = useSimulation((s) => s.menu);
  const { node } = useNodeAt(menu?.node);
  const entities = useEntities();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [params, setParams] = useState<FaultMenuText>(FAULT_MENU_DEFAULTS);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setChoice(null);
    setProblem(null);
    setParams({ ...FAULT_MENU_DEFAULTS, entity: entities[0]?.name ?? '' });
    if (menu) requestAnimationFrame(() => first.current?.focus());
  }, [menu, entities]);

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
  const field = (name: Exclude<keyof FaultMenuText, 'keyField'>, label: string, hint?: string) => (
    <label className="sim-menu__param">
      {label}
      <input
        value={params[name]}
        placeholder={hint}
        onChange={(event) => setParams({ ...params, [name]: event.target.value })}
      />
    </label>
  );
  const keyField = (entity: string) => entities.find((candidate) => candidate.name === entity)?.key ?? 'id';
  const inject = () => {
    if (!choice) return;
    const built = buildInjection(node, choice, { ...params, keyField: keyField(params.entity) });
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
      {choice === 'partial' && field('percent', 'Part of the records written (%)')}
      {choice === 'outage' && field('duration', 'Outage lasts')}
      {choice === 'corrupt' && (
        <>
          <label className="sim-menu__param">
            Entity
            <select
              value={params.entity}
              onChange={(event) => setParams({ ...params, entity: event.target.value })}
            >
              {entities.map((entity) => (
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

import { useState } from 'react';
import { FAULT_TYPES } from '../../domain/schema/scenario';
import type { Effect, Fault } from '../../domain/types';
import { FAULT_DEFAULTS, FAULT_WORDS, faultOfType, parseEffect } from '../../simulator/faultBuilder';
import { DurationField, NumberField, SelectField } from '../components/fields';
import { nodeChoice, useNodeSummaries } from '../inspector/formSelectors';
import { ItemCard } from '../inspector/ItemCard';
import { withField } from '../inspector/nodeEditing';

/** The mutation of a corrupt fault, as JSON; text that is not an effect of the format stays here with a message. */
function MutationField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Effect;
  onChange: (effect: Effect) => void;
}) {
  const [draft, setDraft] = useState(JSON.stringify(value));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className={`field${problem ? ' has-error' : ''}`}>
      <label>
        {label}
        <textarea
          className="mono"
          rows={3}
          value={draft}
          aria-invalid={Boolean(problem)}
          onChange={(event) => {
            setDraft(event.target.value);
            const read = parseEffect(event.target.value);
            setProblem(read.ok ? null : read.message);
            if (read.ok) onChange(read.value);
          }}
        />
      </label>
      {problem && <p className="field__error">{problem}</p>}
    </div>
  );
}

/** One fault: the node, the type and that type's own fields. */
export function FaultEditor({
  fault,
  title,
  pointer,
  error,
  onChange,
}: {
  fault: Fault;
  title: string;
  pointer: string;
  error: (p: string) => string | undefined;
  onChange: (fault: Fault | null) => void;
}) {
  const nodes = useNodeSummaries().map(nodeChoice);
  return (
    <ItemCard title={title} onRemove={() => onChange(null)}>
      <SelectField
        label={`${title}: node`}
        value={fault.node}
        placeholder="Choose a node"
        options={nodes}
        onChange={(node) => onChange({ ...fault, node })}
        error={error(`${pointer}/node`)}
      />
      <SelectField
        label={`${title}: type`}
        value={fault.type}
        options={FAULT_TYPES.map((t) => ({ value: t, label: FAULT_WORDS[t].title }))}
        onChange={(type) => onChange(faultOfType(fault.node, type))}
      />
      <p className="field__hint">{FAULT_WORDS[fault.type].help}</p>
      {(fault.type === 'fail' || fault.type === 'timeout') && (
        <NumberField
          label={`${title}: attempts affected`}
          optional
          integer
          min={1}
          value={fault.attempts}
          onChange={(v) => onChange(withField(fault, 'attempts', v))}
          error={error(`${pointer}/attempts`)}
        />
      )}
      {fault.type === 'partial' && (
        <NumberField
          label={`${title}: fraction applied`}
          min={0.01}
          max={1}
          value={fault.fraction}
          onChange={(v) => onChange({ ...fault, fraction: v ?? FAULT_DEFAULTS.fraction })}
          error={error(`${pointer}/fraction`)}
        />
      )}
      {fault.type === 'outage' && (
        <DurationField
          label={`${title}: outage length`}
          value={fault.duration}
          onChange={(v) => onChange({ ...fault, duration: v ?? FAULT_DEFAULTS.outage })}
          error={error(`${pointer}/duration`)}
        />
      )}
      {fault.type === 'corrupt' && (
        <MutationField
          label={`${title}: mutation (an effect, JSON)`}
          value={fault.mutation}
          onChange={(mutation) => onChange({ ...fault, mutation })}
        />
      )}
      {fault.type === 'corrupt' && error(`${pointer}/mutation`) && (
        <p className="field__error">{error(`${pointer}/mutation`)}</p>
      )}
    </ItemCard>
  );
}

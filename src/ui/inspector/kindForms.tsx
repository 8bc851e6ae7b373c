import { END_OUTCOMES, NOTIFY_CHANNELS, TRIGGER_SIGNALS } from '../../domain/schema/nodes';
import type { PlaybookNode } from '../../domain/types';
import { useDocument } from '../../state/documentSelectors';
import {
  CheckboxField,
  ChecklistField,
  DurationField,
  ExpressionField,
  ListField,
  NumberField,
  SelectField,
  TextField,
} from '../components/fields';
import { EffectsEditor } from './EffectsEditor';
import { InvariantsEditor } from './InvariantsEditor';
import { withField } from './nodeEditing';

export interface KindFormProps<N extends PlaybookNode = PlaybookNode> {
  node: N;
  /** Pointer of the node in the document, for field errors: `/nodes/3`. */
  pointer: string;
  error: (pointer: string) => string | undefined;
  change: (node: PlaybookNode, field: string) => void;
}

function RetryFields({
  node,
  pointer,
  error,
  change,
}: KindFormProps<Extract<PlaybookNode, { kind: 'step' | 'compensation' }>>) {
  const set = (key: string, value: unknown) =>
    change({ ...node, retry: { ...node.retry, [key]: value } }, `retry.${key}`);
  return (
    <fieldset className="group">
      <legend>Retry</legend>
      <NumberField
        label="Attempts"
        integer
        min={1}
        max={100}
        value={node.retry.maxAttempts}
        onChange={(v) => set('maxAttempts', v)}
        error={error(`${pointer}/retry/maxAttempts`)}
      />
      <DurationField
        label="Wait before retry"
        value={node.retry.backoff}
        onChange={(v) => set('backoff', v ?? 'PT0S')}
        error={error(`${pointer}/retry/backoff`)}
      />
      <NumberField
        label="Wait multiplier"
        min={1}
        max={10}
        value={node.retry.multiplier}
        onChange={(v) => set('multiplier', v)}
        error={error(`${pointer}/retry/multiplier`)}
      />
    </fieldset>
  );
}

/** The fields step and compensation share: effects, system, timing, retry, idempotency. */
function ActionFields(props: KindFormProps<Extract<PlaybookNode, { kind: 'step' | 'compensation' }>>) {
  const { node, pointer, error, change } = props;
  return (
    <>
      <TextField
        label="System"
        value={node.system ?? ''}
        hint="The outside system it calls, for outage faults"
        onChange={(v) => change(withField(node, 'system', v || undefined), 'system')}
        error={error(`${pointer}/system`)}
      />
      <DurationField
        label="Duration"
        value={node.duration}
        onChange={(v) => change({ ...node, duration: v ?? 'PT0S' }, 'duration')}
        error={error(`${pointer}/duration`)}
      />
      <DurationField
        label="Timeout"
        optional
        value={node.timeout}
        onChange={(v) => change(withField(node, 'timeout', v), 'timeout')}
        error={error(`${pointer}/timeout`)}
      />
      <RetryFields {...props} />
      <CheckboxField
        label="Idempotent (safe to run twice)"
        checked={node.idempotent}
        onChange={(v) => change({ ...node, idempotent: v }, 'idempotent')}
      />
      <EffectsEditor
        effects={node.effects}
        pointer={`${pointer}/effects`}
        error={error}
        onChange={(effects) => change({ ...node, effects }, 'effects')}
      />
    </>
  );
}

/** The fields that depend on the node's kind (spec section 3): every one of them. */
export function KindFields(props: KindFormProps) {
  const { node, pointer, error, change } = props;
  const document = useDocument();
  const roles = document.roles.map((role) => ({ value: role.id, label: role.name }));
  const checkpoints = document.nodes
    .filter((n) => n.kind === 'checkpoint')
    .map((n) => ({ value: n.id, label: n.label }));
  const steps = document.nodes.filter((n) => n.kind === 'step').map((n) => ({ value: n.id, label: n.label }));
  switch (node.kind) {
    case 'trigger':
      return (
        <>
          <SelectField
            label="Signal"
            value={node.signal}
            options={TRIGGER_SIGNALS}
            onChange={(v) => change({ ...node, signal: v }, 'signal')}
          />
          <ExpressionField
            label="Condition"
            value={node.condition ?? ''}
            onChange={(v) => change(withField(node, 'condition', v || undefined), 'condition')}
            error={error(`${pointer}/condition`)}
          />
          <ChecklistField
            label="Who may start it"
            options={roles}
            value={node.initiators}
            onChange={(v) => change({ ...node, initiators: v }, 'initiators')}
            error={error(`${pointer}/initiators`)}
            empty="Add roles in the Playbook tab"
          />
        </>
      );
    case 'step':
      return (
        <>
          <ActionFields {...props} node={node} />
          <TextField
            label="Idempotency key"
            value={node.idempotencyKey ?? ''}
            onChange={(v) => change(withField(node, 'idempotencyKey', v || undefined), 'idempotencyKey')}
            error={error(`${pointer}/idempotencyKey`)}
          />
          <CheckboxField
            label="Cannot be undone"
            checked={node.irreversible !== undefined}
            onChange={(v) =>
              change(
                withField(node, 'irreversible', v ? { reason: 'Explain why' } : undefined),
                'irreversible',
              )
            }
          />
          {node.irreversible && (
            <TextField
              label="Why it cannot be undone"
              value={node.irreversible.reason}
              onChange={(v) => change({ ...node, irreversible: { reason: v } }, 'irreversible.reason')}
              error={error(`${pointer}/irreversible`)}
            />
          )}
        </>
      );
    case 'compensation':
      return (
        <>
          <SelectField
            label="Strategy"
            value={node.strategy}
            options={[
              { value: 'revert', label: "Revert the step's changes" },
              { value: 'effects', label: 'Run its own effects' },
            ]}
            onChange={(v) => change({ ...node, strategy: v }, 'strategy')}
          />
          <ActionFields {...props} node={node} />
        </>
      );
    case 'checkpoint':
      return (
        <ListField
          label="Entities to snapshot"
          hint='Entity names, or "*" for all'
          value={node.entities}
          onChange={(v) => change({ ...node, entities: v }, 'entities')}
          error={error(`${pointer}/entities`)}
        />
      );
    case 'restore':
      return (
        <>
          <SelectField
            label="Checkpoint"
            value={node.checkpoint}
            placeholder="Choose a checkpoint"
            options={checkpoints}
            onChange={(v) => change({ ...node, checkpoint: v }, 'checkpoint')}
            error={error(`${pointer}/checkpoint`)}
          />
          <ListField
            label="Entities to restore"
            hint="Leave empty for all the checkpoint holds"
            value={node.entities ?? []}
            onChange={(v) => change(withField(node, 'entities', v.length ? v : undefined), 'entities')}
            error={error(`${pointer}/entities`)}
          />
          <DurationField
            label="Duration"
            value={node.duration}
            onChange={(v) => change({ ...node, duration: v ?? 'PT0S' }, 'duration')}
            error={error(`${pointer}/duration`)}
          />
        </>
      );
    case 'rollback':
      return (
        <>
          <CheckboxField
            label="Undo all completed steps"
            checked={node.scope === 'all'}
            onChange={(v) =>
              change({ ...node, scope: v ? 'all' : steps.slice(0, 1).map((s) => s.value) }, 'scope')
            }
          />
          {node.scope !== 'all' && (
            <ChecklistField
              label="Steps to undo"
              options={steps}
              value={node.scope}
              onChange={(v) => change({ ...node, scope: v.length ? v : 'all' }, 'scope')}
              error={error(`${pointer}/scope`)}
            />
          )}
          <p className="field__hint">Order: newest completed step first.</p>
        </>
      );
    case 'check':
      return (
        <InvariantsEditor
          invariants={node.invariants}
          pointer={`${pointer}/invariants`}
          error={error}
          onChange={(invariants) => change({ ...node, invariants }, 'invariants')}
        />
      );
    case 'approval':
      return (
        <>
          <ChecklistField
            label="Approver roles"
            options={roles}
            value={node.approvers}
            onChange={(v) => change({ ...node, approvers: v }, 'approvers')}
            error={error(`${pointer}/approvers`)}
            empty="Add roles in the Playbook tab"
          />
          <NumberField
            label="Approvals needed"
            integer
            min={1}
            value={node.quorum}
            onChange={(v) => change({ ...node, quorum: v ?? 1 }, 'quorum')}
            error={error(`${pointer}/quorum`)}
          />
          <DurationField
            label="Timeout"
            optional
            value={node.timeout}
            onChange={(v) => change(withField(node, 'timeout', v), 'timeout')}
            error={error(`${pointer}/timeout`)}
          />
          <DurationField
            label="Simulated wait"
            value={node.simulatedWait}
            onChange={(v) => change({ ...node, simulatedWait: v ?? 'PT0S' }, 'simulatedWait')}
            error={error(`${pointer}/simulatedWait`)}
          />
        </>
      );
    case 'notify':
      return (
        <>
          <SelectField
            label="Channel"
            value={node.channel}
            options={NOTIFY_CHANNELS}
            onChange={(v) => change({ ...node, channel: v }, 'channel')}
          />
          <TextField
            label="Audience"
            value={node.audience}
            onChange={(v) => change({ ...node, audience: v }, 'audience')}
            error={error(`${pointer}/audience`)}
          />
          <SelectField
            label="Tier"
            value={String(node.tier) as '1' | '2' | '3'}
            options={['1', '2', '3']}
            onChange={(v) => change({ ...node, tier: Number(v) }, 'tier')}
          />
          <TextField
            label="Message"
            multiline
            hint="{{playbook.name}}, {{run.outcome}}, {{run.failedNode}}, {{now}} … are filled in"
            value={node.message}
            onChange={(v) => change({ ...node, message: v }, 'message')}
            error={error(`${pointer}/message`)}
          />
        </>
      );
    case 'decision':
      return (
        <ExpressionField
          label="Condition"
          value={node.condition}
          onChange={(v) => change({ ...node, condition: v }, 'condition')}
          error={error(`${pointer}/condition`)}
        />
      );
    case 'failsafe':
      return (
        <>
          <TextField
            label="Degraded mode"
            value={node.mode}
            onChange={(v) => change({ ...node, mode: v }, 'mode')}
            error={error(`${pointer}/mode`)}
          />
          <ListField
            label="Workflows paused"
            value={node.pauses}
            onChange={(v) => change({ ...node, pauses: v }, 'pauses')}
          />
          <TextField
            label="Exit criteria"
            multiline
            value={node.exitCriteria ?? ''}
            onChange={(v) => change(withField(node, 'exitCriteria', v || undefined), 'exitCriteria')}
          />
        </>
      );
    case 'end':
      return (
        <SelectField
          label="Outcome"
          value={node.outcome}
          options={END_OUTCOMES}
          onChange={(v) => change({ ...node, outcome: v }, 'outcome')}
        />
      );
  }
}

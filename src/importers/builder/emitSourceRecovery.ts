/**
 * What the builder draws for recovery the source itself wrote (issue 17: Step Functions sagas, BPMN
 * compensation handlers and user tasks, Serverless Workflow listens): the source's own undo becomes
 * the step's compensation, a person's decision an approval. Nothing is proposed in their place.
 */
import { formatHumanDuration, formatIsoDuration } from '../../lib/duration';
import type { IrAction, IrStep, IrUndo } from '../ir';
import {
  description,
  type EmitContext,
  type NodeInput,
  OWNER_ROLE,
  offset,
  type Placed,
  retryOf,
} from './emit';
import { effectFor } from './entities';
import { label } from './ids';

type StepNode = Extract<NodeInput, { kind: 'step' }>;

/** A step whose undo the source defines: the step, then that undo as its `revert` compensation. */
export function emitSourceUndo(step: IrAction, undo: IrUndo, base: StepNode, ctx: EmitContext): void {
  const operation = step.operation;
  const effect = operation?.effect;
  const writes = effect === 'create' || effect === 'update' || effect === 'delete' || effect === 'charge';
  const entity = writes && operation ? ctx.entities.entityFor(operation) : undefined;
  ctx.nodes.push({ ...base, ...(entity && writes ? { effects: [effectFor(effect, entity.name)] } : {}) });

  const id = ctx.ids.fromName(undo.source.name, 'compensation');
  const notes = (undo.notes ?? []).filter((text) => text.trim() !== '');
  ctx.nodes.push({
    id,
    kind: 'compensation',
    label: label(undo.source.name),
    // The source's undo is an action Rollbook cannot see into: it puts back what the step did.
    strategy: 'revert',
    owner: OWNER_ROLE,
    ...(operation ? { system: operation.app } : {}),
    ...(undo.timeoutMs ? { timeout: formatIsoDuration(undo.timeoutMs) } : {}),
    ...(undo.retry ? { retry: retryOf(undo.retry) } : {}),
    ...(notes.length > 0 ? { description: notes.join('\n\n') } : {}),
    ...(undo.position ? offset(undo.position, 0, 0) : offset(step.position, 0, 140)),
  });
  ctx.edges.push({ id: ctx.ids.edge(), source: base.id, target: id, kind: 'compensate' });
  ctx.report(
    step,
    'info',
    `Its undo is the ${ctx.platform} workflow's own "${undo.source.name}": drawn as its compensation.`,
    base.id,
  );
  const retried = undo.retry
    ? ` Retry: up to ${undo.retry.maxAttempts} attempts, ${formatHumanDuration(undo.retry.backoffMs)} apart${(undo.retry.multiplier ?? 1) > 1 ? ` (each wait ×${undo.retry.multiplier})` : ''}.`
    : '';
  const extra = (undo.messages ?? []).map((message) => message.message);
  const level = (undo.messages ?? []).some((message) => message.level === 'attention')
    ? 'attention'
    : (undo.messages ?? []).some((message) => message.level === 'warning')
      ? 'warning'
      : 'info';
  ctx.reportUndo({
    level,
    source: undo.source,
    node: id,
    message: [
      `Undoes "${step.source.name}": its compensation (strategy revert: it puts back what the step changed).${retried}`,
      ...extra,
    ].join(' '),
  });
}

/** A person's decision in the source (a user task, a task-token wait): an approval by the owner role. */
export function emitApproval(step: IrAction, ctx: EmitContext): Placed {
  const id = ctx.ids.fromName(step.source.name, 'approval');
  const notes = [...(step.notes ?? []), ...(ctx.stickyText.get(step.key) ?? [])].filter(
    (text) => text.trim() !== '',
  );
  ctx.nodes.push({
    id,
    kind: 'approval',
    label: label(step.source.name),
    approvers: [OWNER_ROLE],
    owner: OWNER_ROLE,
    ...(step.timeoutMs ? { timeout: formatIsoDuration(step.timeoutMs) } : {}),
    ...(notes.length > 0 ? { description: notes.join('\n\n') } : {}),
    ...offset(step.position, 0, 0),
  });
  const timeout = step.timeoutMs ? ` It times out after ${formatHumanDuration(step.timeoutMs)}.` : '';
  ctx.report(
    step,
    'info',
    `A person decides here: an approval by "${OWNER_ROLE}" (rename the role to the real approvers).${timeout}`,
    id,
  );
  return { entry: id, exit: id };
}

/** A stop that undoes the run (Make's Rollback): a rollback of every completed step, then an end. */
export function emitRollbackEnd(step: Extract<IrStep, { role: 'end' }>, ctx: EmitContext): Placed {
  const id = ctx.ids.fromName(step.source.name, 'rollback');
  const end = ctx.ids.fromName(`${step.source.name}: rolled back`, 'end');
  ctx.nodes.push(
    {
      id,
      kind: 'rollback',
      label: label(step.source.name),
      ...offset(step.position, 0, 0),
      ...description(step, ctx),
    },
    {
      id: end,
      kind: 'end',
      label: label(`${step.source.name}: rolled back`),
      outcome: 'rolled_back',
      ...offset(step.position, 0, 120),
    },
  );
  ctx.edges.push({ id: ctx.ids.edge(), source: id, target: end, kind: 'next' });
  ctx.report(
    step,
    'info',
    'Rolls back: the compensations of every completed step run, then the run ends "rolled_back".',
    id,
  );
  return { entry: id, exit: end };
}

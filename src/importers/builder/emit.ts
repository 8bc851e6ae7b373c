import type { PlaybookInput } from '../../domain/types';
import { formatHumanDuration, formatIsoDuration } from '../../lib/duration';
import { undoWording } from '../catalogue/types';
import type { IrAction, IrStep } from '../ir';
import type { ReportEntry, ReportLevel } from '../types';
import { emitApproval, emitRollbackEnd, emitSourceUndo } from './emitSourceRecovery';
import { type EntityGuesses, effectFor } from './entities';
import type { FlowNode } from './flowGraph';
import { type IdAllocator, label } from './ids';

export type NodeInput = PlaybookInput['nodes'][number];
export type EdgeInput = PlaybookInput['edges'][number];

/** The role every imported node is owned and started by (reported as a guess). */
export const OWNER_ROLE = 'workflow-owner';

/** What the report says about one source step: its node and sentences, at the highest level. */
export interface StepReport {
  node: string | null;
  level: ReportLevel;
  sentences: string[];
}

/** Where links into a flow node land (a checkpoint or approval before it) and where links leave. */
export interface Placed {
  entry: string;
  exit: string;
}

export interface EmitContext {
  ids: IdAllocator;
  entities: EntityGuesses;
  nodes: NodeInput[];
  edges: EdgeInput[];
  platform: string;
  /** Sticky-note texts by step key, for the step's description. */
  stickyText: Map<string, string[]>;
  report: (step: IrStep, level: ReportLevel, sentence: string, node?: string) => void;
  /** The entry of an element that is no step but became a node (a source's own undo). */
  reportUndo: (entry: ReportEntry) => void;
  /** Where a restore goes on success (the shared check, notify and "restored" end), made on first use. */
  afterRestore: () => string;
}

/** The system in a sentence: a raw HTTP call talks to "an HTTP API", not to "HTTP". */
const place = (app: string) => (app === 'HTTP' ? 'an HTTP API' : app);

/** The source position, or one above or below it for the nodes the import adds next to a step. */
export const offset = (position: IrStep['position'], dx: number, dy: number) =>
  position ? { position: { x: position.x + dx, y: position.y + dy } } : {};

export function description(step: IrStep, ctx: EmitContext, extra: string[] = []): { description?: string } {
  const texts = [...(step.notes ?? []), ...(ctx.stickyText.get(step.key) ?? []), ...extra].filter(
    (text) => text.trim() !== '',
  );
  return texts.length > 0 ? { description: texts.join('\n\n') } : {};
}

/** Writes the playbook node(s) of one flow node and returns where its links attach. */
export function emitFlowNode(flow: FlowNode, step: IrStep, ctx: EmitContext): Placed {
  switch (step.role) {
    case 'trigger': {
      const id = ctx.ids.fromName(step.source.name, 'trigger');
      ctx.nodes.push({
        id,
        kind: 'trigger',
        label: label(step.source.name),
        signal: step.signal,
        initiators: [OWNER_ROLE],
        ...offset(step.position, 0, 0),
        ...description(step, ctx),
      });
      ctx.report(step, 'info', `Starts the run (${step.signal} trigger).`, id);
      return { entry: id, exit: id };
    }
    case 'decision':
      return emitDecision(flow, step, ctx);
    case 'end': {
      if (step.outcome === 'rolled_back') return emitRollbackEnd(step, ctx);
      const id = ctx.ids.fromName(step.source.name, 'end');
      ctx.nodes.push({
        id,
        kind: 'end',
        label: label(step.source.name),
        outcome: step.outcome,
        ...offset(step.position, 0, 0),
        ...description(step, ctx),
      });
      ctx.report(step, 'info', `Ends the run with outcome "${step.outcome}".`, id);
      return { entry: id, exit: id };
    }
    case 'action':
      return emitAction(step, ctx);
  }
}

function emitDecision(flow: FlowNode, step: Extract<IrStep, { role: 'decision' }>, ctx: EmitContext): Placed {
  const caseIndex = flow.caseIndex ?? 0;
  const name =
    caseIndex === 0 ? step.source.name : `${step.source.name}: ${flow.branchLabels?.true ?? caseIndex}`;
  const id = ctx.ids.fromName(name, 'decision');
  const condition = step.condition ? [`Condition in ${ctx.platform}: ${step.condition}`] : [];
  ctx.nodes.push({
    id,
    kind: 'decision',
    label: label(name),
    // Rollbook cannot translate the platform's expressions into CEL; a fixed branch keeps dry runs going.
    condition: 'true',
    ...offset(step.position, 0, caseIndex * 120),
    ...(caseIndex === 0 ? description(step, ctx, condition) : {}),
  });
  if (caseIndex === 0) {
    const branches = step.branches.length > 0 ? step.branches.map((b) => `"${b}"`).join(', ') : 'none';
    ctx.report(
      step,
      'warning',
      `A decision (branches ${branches}). Rollbook cannot read ${ctx.platform} conditions, so dry runs always take the first branch; the condition is kept in the node's description: write it in CEL to rehearse the other branches.`,
      id,
    );
  }
  return { entry: id, exit: id };
}

function emitAction(step: IrAction, ctx: EmitContext): Placed {
  if (step.approval) return emitApproval(step, ctx);
  const id = ctx.ids.fromName(step.source.name, 'step');
  const operation = step.operation;
  const effect = operation?.effect;
  const base = {
    id,
    kind: 'step' as const,
    label: label(step.source.name),
    owner: OWNER_ROLE,
    ...(operation ? { system: operation.app } : {}),
    ...(step.durationMs ? { duration: formatIsoDuration(step.durationMs) } : {}),
    ...(step.timeoutMs ? { timeout: formatIsoDuration(step.timeoutMs) } : {}),
    ...(step.retry ? { retry: retryOf(step.retry) } : {}),
    ...offset(step.position, 0, 0),
  };
  const placed: Placed = { entry: id, exit: id };
  const what = operation
    ? `${place(operation.app)}${operation.resource ? ` (${operation.resource})` : ''}`
    : '';

  if (step.undo) {
    emitSourceUndo(step, step.undo, { ...base, ...description(step, ctx) }, ctx);
  } else if (!operation) {
    ctx.nodes.push({ ...base, ...description(step, ctx) });
    const waits = step.durationMs ? ` It waits ${formatHumanDuration(step.durationMs)}.` : '';
    ctx.report(step, 'info', `Changes nothing outside the workflow: nothing to undo.${waits}`, id);
  } else if (effect === 'read') {
    ctx.nodes.push({ ...base, ...description(step, ctx) });
    ctx.report(step, 'info', `Reads from ${what}: nothing to undo.`, id);
  } else if (effect === 'send') {
    const approval = ctx.ids.fromName(`approve ${step.source.name}`);
    ctx.nodes.push({
      id: approval,
      kind: 'approval',
      label: label(`Approve: ${step.source.name}`),
      approvers: [OWNER_ROLE],
      owner: OWNER_ROLE,
      description:
        'Proposed by the import: a person confirms before a message that cannot be unsent goes out.',
      ...offset(step.position, 0, -140),
    });
    const reason = `A message sent with ${operation.app} cannot be unsent.`;
    ctx.nodes.push({ ...base, irreversible: { reason }, ...description(step, ctx) });
    ctx.edges.push({ id: ctx.ids.edge(), source: approval, target: id, kind: 'next' });
    placed.entry = approval;
    ctx.report(
      step,
      'warning',
      `Sends a message with ${operation.app}${operation.channel ? ` (${operation.channel})` : ''}: it cannot be unsent, so the step is marked irreversible, and an approval ("Approve: ${label(step.source.name)}") is proposed before it. If a rollback happens after it, tell the recipients: add a notify on the failure path.`,
      id,
    );
  } else if (effect === 'create' || effect === 'update' || effect === 'delete' || effect === 'charge') {
    emitWrite(step, operation, effect, base, placed, ctx);
  } else {
    ctx.nodes.push({ ...base, ...description(step, ctx) });
    ctx.report(
      step,
      'attention',
      operation.attention ??
        `Rollbook cannot tell what this ${operation.app} step changes: if it writes anywhere, add its effects and a compensation, or mark it irreversible.`,
      id,
    );
  }
  if (operation?.attention && effect !== 'unknown') ctx.report(step, 'attention', operation.attention);
  if (operation?.guessed && effect !== 'unknown')
    ctx.report(step, 'warning', `What it does (${effect}) is a guess from its name: check it.`);
  if (step.retry) {
    const { maxAttempts, backoffMs } = step.retry;
    ctx.report(
      step,
      'info',
      `Retry: up to ${maxAttempts} attempts, ${formatHumanDuration(backoffMs)} apart${(step.retry.multiplier ?? 1) > 1 ? ` (each wait ×${step.retry.multiplier})` : ''}.`,
    );
  }
  return placed;
}

type StepBase = Extract<NodeInput, { kind: 'step' }>;

function emitWrite(
  step: IrAction,
  operation: NonNullable<IrAction['operation']>,
  effect: 'create' | 'update' | 'delete' | 'charge',
  base: StepBase,
  placed: Placed,
  ctx: EmitContext,
) {
  const entity = ctx.entities.entityFor(operation);
  const undo = undoWording({ effect, ...(operation.undo ? { undo: operation.undo } : {}) }) ?? 'undo it';
  const sentences: string[] = [];
  sentences.push(
    effect === 'charge'
      ? `Takes a payment with ${operation.app} (recorded as "${entity.name}").`
      : `${{ create: 'Creates', update: 'Changes', delete: 'Deletes' }[effect]} records in ${place(operation.app)} ("${entity.name}").`,
  );

  if (effect === 'update' || effect === 'delete') {
    const checkpoint = ctx.ids.fromName(`snapshot before ${step.source.name}`);
    ctx.nodes.push({
      id: checkpoint,
      kind: 'checkpoint',
      label: label(`Snapshot before ${step.source.name}`),
      entities: [entity.name],
      description: 'Proposed by the import: keeps the data as it was, so it can be put back.',
      ...offset(step.position, 0, -140),
    });
    ctx.edges.push({ id: ctx.ids.edge(), source: checkpoint, target: base.id, kind: 'next' });
    placed.entry = checkpoint;
    sentences.push(`Proposed: a snapshot of "${entity.name}" before it`);
  }
  ctx.nodes.push({ ...base, effects: [effectFor(effect, entity.name)], ...description(step, ctx) });

  const undoLabel = label(`${effect === 'charge' ? 'Refund' : 'Undo'}: ${step.source.name}`);
  const compensation = ctx.ids.fromName(`${effect === 'charge' ? 'refund' : 'undo'} ${step.source.name}`);
  ctx.nodes.push({
    id: compensation,
    kind: 'compensation',
    label: undoLabel,
    strategy: 'revert',
    owner: OWNER_ROLE,
    system: operation.app,
    // Putting back recorded before-images gives the same result however often it runs.
    idempotent: true,
    description: `Proposed by the import: ${undo}.`,
    ...offset(step.position, 0, 140),
  });
  ctx.edges.push({ id: ctx.ids.edge(), source: base.id, target: compensation, kind: 'compensate' });
  const proposal = `a compensation ("${undoLabel}") that will ${undo}`;
  sentences.push(sentences.length > 1 ? `and ${proposal}.` : `Proposed: ${proposal}.`);

  if (effect === 'delete') {
    const checkpoint = placed.entry;
    const restore = ctx.ids.fromName(`restore ${entity.name}`);
    ctx.nodes.push({
      id: restore,
      kind: 'restore',
      label: label(`Restore ${entity.name} from the snapshot`),
      checkpoint,
      entities: [entity.name],
      owner: OWNER_ROLE,
      description:
        'Proposed by the import: if the undo fails, the snapshot taken before the delete is put back.',
      ...offset(step.position, 0, 280),
    });
    ctx.edges.push({ id: ctx.ids.edge(), source: compensation, target: restore, kind: 'failure' });
    ctx.edges.push({ id: ctx.ids.edge(), source: restore, target: ctx.afterRestore(), kind: 'next' });
    sentences.push('If that undo fails, the snapshot is restored.');
  }
  if (entity.isNew)
    sentences.push(
      `Guessed: the entity "${entity.name}" (id, status, updatedAt) with 2 sample records: check them.`,
    );
  ctx.report(step, 'info', sentences.join(' '), base.id);
  if (step.retry && step.retry.maxAttempts > 1 && (effect === 'create' || effect === 'charge'))
    ctx.report(
      step,
      'attention',
      `It is retried and it creates records: a retry after a half-done attempt can create duplicates. If ${place(operation.app)} ignores repeats, mark the step idempotent; else give it an idempotency key.`,
    );
}

export function retryOf(retry: NonNullable<IrAction['retry']>) {
  return {
    maxAttempts: Math.min(Math.max(Math.round(retry.maxAttempts), 1), 100),
    backoff: formatIsoDuration(Math.max(retry.backoffMs, 0)),
    multiplier: Math.min(Math.max(retry.multiplier ?? 1, 1), 10),
  };
}

import type { Playbook } from '../../domain/types';
import { durationMs } from '../../lib/duration';
import type { ExecutionPlan, PlanInstance, Target } from '../plan/executionPlan';
import {
  approvalWait,
  compensationNode,
  ifNode,
  notifyNode,
  retrySettings,
  todoRequest,
  webhookIdFor,
} from './nodes';
import type { N8nWorkflowBuilder } from './workflowBuilder';

type Position = [number, number];

/** The name of the Code node, which later nodes read the completed steps from. */
export const COMPLETED_STEPS_NODE = 'Which steps completed';

/**
 * The rollback the n8n workflow runs: the one that undoes the most steps (a failure of the last
 * step). Guarded by "did it complete?", its chain serves every failure point of a saga.
 */
export function fullestRollback(plan: ExecutionPlan): PlanInstance | undefined {
  let best: PlanInstance | undefined;
  for (const instance of plan.instances) {
    if (instance.flow.kind !== 'rollback') continue;
    if (!best || (best.flow.kind === 'rollback' && instance.flow.undo.length > best.flow.undo.length))
      best = instance;
  }
  return best;
}

/**
 * Writes the n8n nodes of every plan instance reachable from a rollback: each instance once (its
 * entry node's name remembered before its successors are written, so loops close), positions from
 * the playbook's canvas where the node has one.
 */
export class RecoveryWriter {
  private readonly entries = new Map<string, string>();
  private readonly terminals = new Map<string, string>();
  private readonly positions: ReadonlyMap<string, { x: number; y: number }>;

  /** `fallbackX`: where nodes without a canvas position start, right of everything placed. */
  constructor(
    private readonly playbook: Playbook,
    private readonly plan: ExecutionPlan,
    private readonly builder: N8nWorkflowBuilder,
    readonly losses: string[],
    private fallbackX: number,
  ) {
    this.positions = new Map(
      playbook.nodes.flatMap((node) => (node.position ? [[node.id, node.position] as const] : [])),
    );
  }

  /** The name of the first n8n node of a target, writing it (and what follows) on first use. */
  target(target: Target): string {
    if (target.kind === 'terminal') return this.terminal(target.outcome, target.reason);
    const instance = this.plan.byKey.get(target.key);
    if (!instance) return this.terminal('failed', `Unknown state ${target.key}`);
    const known = this.entries.get(instance.key);
    return known ?? this.instance(instance);
  }

  private position(nodeId: string, dx = 0, dy = 0): Position {
    const position = this.positions.get(nodeId);
    if (position) return [Math.round(position.x + dx), Math.round(position.y + dy)];
    this.fallbackX += 240;
    return [this.fallbackX + dx, 600 + dy];
  }

  private terminal(outcome: string, reason: string): string {
    const key = `${outcome}:${reason}`;
    const known = this.terminals.get(key);
    if (known) return known;
    this.fallbackX += 240;
    const position: Position = [this.fallbackX, 800];
    const name =
      outcome === 'rolled_back'
        ? this.builder.add('Rolled back', { kind: 'noOp', position, parameters: {}, notes: reason })
        : this.builder.add(outcome === 'failed' ? 'Failed' : 'Rollback incomplete', {
            kind: 'stopAndError',
            position,
            parameters: { errorMessage: reason },
          });
    this.terminals.set(key, name);
    return name;
  }

  private instance(instance: PlanInstance): string {
    const { flow } = instance;
    const add = this.builder.add.bind(this.builder);
    switch (flow.kind) {
      case 'rollback':
        return this.rollback(instance);
      case 'trigger':
        return this.remember(
          instance,
          add(instance.title, { kind: 'noOp', position: this.position(flow.node.id), parameters: {} }),
          flow.next,
        );
      case 'decision': {
        const name = add(
          instance.title,
          ifNode(
            `$json.decisions?.[${JSON.stringify(flow.node.id)}] === true`,
            this.position(flow.node.id),
            `TODO (Rollbook): translate the condition ${flow.node.condition}`,
          ),
        );
        this.entries.set(instance.key, name);
        this.builder.connect(name, this.target(flow.whenTrue), 0);
        this.builder.connect(name, this.target(flow.whenFalse), 1);
        return name;
      }
      case 'end': {
        const position = this.position(flow.node.id);
        const name =
          flow.node.outcome === 'failed'
            ? add(instance.title, {
                kind: 'stopAndError',
                position,
                parameters: { errorMessage: flow.node.label },
              })
            : add(instance.title, {
                kind: 'noOp',
                position,
                parameters: {},
                notes: `The run ends here: ${flow.node.outcome.replace('_', ' ')}.`,
                notesInFlow: true,
              });
        this.entries.set(instance.key, name);
        return name;
      }
      case 'action':
        return this.action(instance);
    }
  }

  /** Remembers the entry node and wires its regular output to `next`. */
  private remember(instance: PlanInstance, name: string, next: Target, onFailure?: Target | null): string {
    this.entries.set(instance.key, name);
    this.builder.connect(name, this.target(next), 0);
    if (onFailure) this.builder.connect(name, this.target(onFailure), 1);
    return name;
  }

  private action(instance: PlanInstance): string {
    if (instance.flow.kind !== 'action') throw new Error('not an action');
    const { node, next, onFailure } = instance.flow;
    const position = this.position(node.id);
    const add = (spec: Parameters<N8nWorkflowBuilder['add']>[1]) => this.builder.add(instance.title, spec);
    const errorOutput = onFailure ? { onError: 'continueErrorOutput' as const } : {};
    switch (node.kind) {
      case 'check': {
        const name = add(
          ifNode(
            `$json.checks?.[${JSON.stringify(node.id)}] === true`,
            position,
            `TODO (Rollbook): make this true when the data holds: ${node.invariants.map((invariant) => JSON.stringify(invariant)).join('; ')}`,
          ),
        );
        this.entries.set(instance.key, name);
        this.builder.connect(name, this.target(next), 0);
        this.builder.connect(
          name,
          onFailure ? this.target(onFailure) : this.terminal('failed', `${node.label} does not hold`),
          1,
        );
        return name;
      }
      case 'approval': {
        const wait = add(approvalWait(node, position, webhookIdFor(this.playbook.id, node.id)));
        this.entries.set(instance.key, wait);
        const decided = this.builder.add(
          `${node.label}: approved?`,
          ifNode('$json.body?.decision === "approve"', [position[0] + 220, position[1]]),
        );
        this.builder.connect(wait, decided);
        this.builder.connect(decided, this.target(next), 0);
        this.builder.connect(
          decided,
          onFailure ? this.target(onFailure) : this.terminal('failed', `${node.label} was rejected`),
          1,
        );
        return wait;
      }
      case 'notify':
        return this.remember(
          instance,
          add({ ...notifyNode(node, position, this.losses), ...errorOutput }),
          next,
          onFailure,
        );
      case 'compensation':
        return this.remember(
          instance,
          add({
            ...compensationNode(node, this.plan.graph.stepOf(node.id), position, this.losses),
            ...errorOutput,
          }),
          next,
          onFailure,
        );
      case 'restore':
        return this.remember(
          instance,
          add({
            ...todoRequest(
              `restores ${node.entities?.join(', ') ?? 'the data'} from the snapshot "${this.plan.graph.node(node.checkpoint).label}"`,
              position,
            ),
            ...errorOutput,
          }),
          next,
          onFailure,
        );
      case 'checkpoint':
        return this.remember(
          instance,
          add({ ...todoRequest(`snapshots ${node.entities.join(', ')}`, position), ...errorOutput }),
          next,
          onFailure,
        );
      case 'failsafe':
        return this.remember(
          instance,
          add({
            ...todoRequest(
              `switches to the degraded mode "${node.mode}"${node.pauses.length > 0 ? ` (pauses ${node.pauses.join(', ')})` : ''}`,
              position,
            ),
            ...errorOutput,
          }),
          next,
          onFailure,
        );
      case 'step': {
        const timeoutMs = node.timeout ? durationMs(node.timeout) : undefined;
        return this.remember(
          instance,
          add({
            ...todoRequest(`does "${node.label}"`, position, timeoutMs),
            ...retrySettings(node, this.losses),
            ...errorOutput,
          }),
          next,
          onFailure,
        );
      }
    }
  }

  /** A rollback: per undo, newest first, "did its step complete?" then the undo itself. */
  private rollback(instance: PlanInstance): string {
    if (instance.flow.kind !== 'rollback') throw new Error('not a rollback');
    const { undo, next } = instance.flow;
    const completed = `$(${JSON.stringify(COMPLETED_STEPS_NODE)}).first().json`;
    const chain = undo.map(({ step, compensation, onFailure }) => {
      const position = this.position(compensation.id);
      // A "revert" undo also runs for the step that failed: it may have changed something first.
      const ran =
        compensation.strategy === 'revert'
          ? `${completed}.completed.includes(${JSON.stringify(step.label)}) || ${completed}.failed === ${JSON.stringify(step.label)}`
          : `${completed}.completed.includes(${JSON.stringify(step.label)})`;
      const guard = this.builder.add(
        `Did "${step.label}" run?`,
        ifNode(ran, [position[0], position[1] - 160]),
      );
      const action = this.builder.add(compensation.label, {
        ...compensationNode(compensation, step, position, this.losses),
        onError: 'continueErrorOutput',
      });
      return { guard, action, onFailure };
    });
    if (chain.length === 0) {
      const name = this.builder.add(instance.title, {
        kind: 'noOp',
        position: this.position(instance.nodeId),
        parameters: {},
        notes: 'Nothing to undo.',
      });
      return this.remember(instance, name, next);
    }
    this.entries.set(instance.key, chain[0]!.guard);
    const after = this.target(next);
    chain.forEach(({ guard, action, onFailure }, index) => {
      const following = chain[index + 1]?.guard ?? after;
      this.builder.connect(guard, action, 0);
      this.builder.connect(guard, following, 1);
      this.builder.connect(action, following, 0);
      this.builder.connect(action, this.target(onFailure), 1);
    });
    return chain[0]!.guard;
  }
}

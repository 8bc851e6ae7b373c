import type { TemplateName } from '../domain/templates';
import type { Edge, Playbook, PlaybookNode } from '../domain/types';
import { formatHumanDuration } from '../lib/duration';
import { CelScope } from './celScope';
import type { SimulatedClock } from './clock';
import type { EffectContext } from './effects';
import type { RunOutcome, SimEvent, SimEventDraft } from './events';
import type { FaultPlan } from './faults';
import type { IdGenerator } from './ids';
import type { Snapshot } from './invariants';
import { Journal } from './journal';
import { ModelIndex } from './model';
import type { DataStore, Row } from './store';

export type NodeStatus = 'completed' | 'failed';

/** Per node: what `metrics.nodes` reports. */
export interface NodeMetrics {
  attempts: number;
  timeMs: number;
  status: NodeStatus;
}

/** A step on the compensation stack: completed (or partially applied) and not yet compensated. */
export interface StackEntry {
  step: string;
  /** Completion counter: later completions have larger numbers. */
  order: number;
}

export type ApprovalDecision = 'approve' | 'reject' | 'timeout';

/**
 * Everything a run holds while it walks: data, clock, faults, journals, the compensation stack,
 * snapshots, events and metrics. The walk (engine.ts), attempts, rollback and node handlers all
 * read and write this one object; nothing here reads the wall clock or `Math.random`.
 */
export class RunState {
  readonly model: ModelIndex;
  readonly scope = new CelScope();
  readonly nodes = new Map<string, PlaybookNode>();
  readonly outgoing = new Map<string, Edge[]>();
  /** step id → its compensation node id. */
  readonly compensationOf = new Map<string, string>();
  /** compensation id → the step it undoes. */
  readonly stepOf = new Map<string, string>();

  readonly events: SimEvent[] = [];
  readonly metrics = new Map<string, NodeMetrics>();
  readonly compensations = { run: 0, succeeded: 0, failed: 0 };
  readonly journals = new Map<string, Journal>();
  readonly insertedKeys = new Map<string, Set<string>>();
  /** Attempts per node over the whole run, which faults' `attempts` counts against. */
  readonly attemptCounts = new Map<string, number>();
  stack: StackEntry[] = [];
  readonly snapshots = new Map<string, Snapshot>();
  /** entity → the snapshot rows the latest restore covering it put back, and from which checkpoint. */
  readonly restored = new Map<string, { checkpoint: string; rows: Row[] }>();
  lastRestoreCheckpoint: string | null = null;
  completionCounter = 0;
  visits = 0;
  firstFailureMs: number | null = null;
  firstFailedNode: string | null = null;
  outcome: RunOutcome | null = null;
  endNode: string | null = null;
  currentNode: string | null = null;

  constructor(
    readonly playbook: Playbook,
    public store: DataStore,
    readonly clock: SimulatedClock,
    readonly ids: IdGenerator,
    readonly faults: FaultPlan,
    readonly approvals: Readonly<Record<string, ApprovalDecision>>,
  ) {
    this.model = new ModelIndex(playbook);
    for (const node of playbook.nodes) this.nodes.set(node.id, node);
    for (const edge of playbook.edges) {
      this.outgoing.set(edge.source, [...(this.outgoing.get(edge.source) ?? []), edge]);
      if (edge.kind === 'compensate') {
        this.compensationOf.set(edge.source, edge.target);
        this.stepOf.set(edge.target, edge.source);
      }
    }
  }

  node(id: string): PlaybookNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`Unknown node ${id}`);
    return node;
  }

  edge(nodeId: string, kind: Edge['kind']): Edge | undefined {
    return this.outgoing.get(nodeId)?.find((edge) => edge.kind === kind);
  }

  /** Numbers, times and records an event; returns it so a generator can yield it. */
  emit(draft: SimEventDraft): SimEvent {
    const event = { seq: this.events.length, atMs: this.clock.nowMs, ...draft } as SimEvent;
    this.events.push(event);
    return event;
  }

  nodeMetrics(nodeId: string): NodeMetrics {
    let metrics = this.metrics.get(nodeId);
    if (!metrics) {
      metrics = { attempts: 0, timeMs: 0, status: 'completed' };
      this.metrics.set(nodeId, metrics);
    }
    return metrics;
  }

  /** Advances the clock on behalf of a node, counting the time in its metrics. */
  spend(nodeId: string, ms: number): void {
    this.clock.advance(ms);
    this.nodeMetrics(nodeId).timeMs += ms;
  }

  /** A node has failed: the first failure starts the recovery clock (spec section 5, rule 4). */
  markFailed(nodeId: string): void {
    this.nodeMetrics(nodeId).status = 'failed';
    if (this.firstFailureMs === null) {
      this.firstFailureMs = this.clock.nowMs;
      this.firstFailedNode = nodeId;
    }
  }

  journal(stepId: string): Journal {
    let journal = this.journals.get(stepId);
    if (!journal) {
      journal = new Journal();
      this.journals.set(stepId, journal);
    }
    return journal;
  }

  keysInsertedBy(nodeId: string): Set<string> {
    let keys = this.insertedKeys.get(nodeId);
    if (!keys) {
      keys = new Set();
      this.insertedKeys.set(nodeId, keys);
    }
    return keys;
  }

  /** Puts a step on top of the compensation stack (once; a later completion moves it up). */
  pushCompleted(stepId: string): void {
    this.removeFromStack(stepId);
    this.completionCounter += 1;
    this.stack.push({ step: stepId, order: this.completionCounter });
  }

  /** Takes a step off the stack; searched from the top, where a rollback finds it. */
  removeFromStack(stepId: string): void {
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      if (this.stack[index]!.step === stepId) {
        this.stack.splice(index, 1);
        return;
      }
    }
  }

  /** Template values (section 6) as seen from `node` now. */
  templateValue(node: PlaybookNode, name: TemplateName): string {
    switch (name) {
      case 'now':
        return this.clock.iso();
      case 'id':
        return this.ids.next();
      case 'playbook.name':
        return this.playbook.name;
      case 'node.label':
        return node.label;
      case 'run.failedNode':
        return this.firstFailedNode ?? 'none';
      case 'run.elapsed':
        return formatHumanDuration(this.clock.nowMs);
      case 'run.outcome':
        return this.outcome ?? this.outcomeAhead(node.id) ?? 'in progress';
    }
  }

  /**
   * The outcome the run heads for from a notify node: the end reached by following `next` edges
   * through nodes that cannot fail or branch. `null` when the way on is not that simple.
   */
  private outcomeAhead(fromId: string): RunOutcome | null {
    let id: string | undefined = fromId;
    for (let hops = 0; id !== undefined && hops < 100; hops += 1) {
      const node = this.nodes.get(id);
      if (!node) return null;
      if (node.kind === 'end') return node.outcome;
      if (
        node.kind !== 'notify' &&
        node.kind !== 'failsafe' &&
        node.kind !== 'checkpoint' &&
        node.kind !== 'trigger'
      )
        return null;
      id = this.edge(id, 'next')?.target;
    }
    return null;
  }

  effectContext(node: PlaybookNode, store: DataStore, idempotent: boolean, budget: number): EffectContext {
    return {
      store,
      model: this.model,
      scope: this.scope,
      now: this.clock.date(),
      template: (name) => this.templateValue(node, name),
      insertedKeys: this.keysInsertedBy(node.id),
      idempotent,
      budget,
    };
  }
}

/** What a node handler tells the walk. */
export type NodeResult =
  | { kind: 'next' }
  | { kind: 'goto'; edge: Edge }
  | { kind: 'failed'; reason: string }
  | { kind: 'end'; outcome: RunOutcome; endNode: string | null; reason: string };

export type EngineGen<T> = Generator<SimEvent, T, void>;

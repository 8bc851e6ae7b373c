import type { TemplateName } from '../domain/templates';
import type { Edge, NodeOf, Playbook, PlaybookNode } from '../domain/types';
import { CelScope } from './celScope';
import type { SimulatedClock } from './clock';
import type { EffectContext, RecordWrite } from './effects';
import { type ErasedRecord, erasedRecords } from './erasure';
import type { RunOutcome, SimEvent, SimEventDraft } from './events';
import type { FaultPlan } from './faults';
import type { IdGenerator } from './ids';
import type { Snapshot } from './invariants';
import { Journal } from './journal';
import type { ModelIndex } from './model';
import { NodeSlots } from './nodeSlots';
import { PlaybookIndex } from './playbookIndex';
import type { RollbackMemo } from './rollbackMemo';
import type { DataStore, Row } from './store';
import { templateValue } from './templateValues';
import { isIdempotent } from './work';

const EMPTY_JOURNAL = new Journal(null);
const NO_KEYS: ReadonlySet<string> = new Set();

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
  /** The step's position among the playbook's nodes. */
  position: number;
}

export type ApprovalDecision = 'approve' | 'reject' | 'timeout';

/**
 * Everything a run holds while it walks: data, clock, faults, journals, the compensation stack,
 * snapshots, events and metrics. The walk (engine.ts), attempts, rollback and node handlers all
 * read and write this one object; nothing here reads the wall clock or `Math.random`.
 *
 * A *recording* run keeps every event (`simulate`, sessions). A *lean* run (the drill's) builds no
 * event and keeps no metrics, only what its verdict needs: every handler guards its `emit` with
 * `recording`, and nothing the walk decides ever reads an event or a metric, so both take the
 * same path through the playbook.
 */
export class RunState {
  readonly index: PlaybookIndex;
  readonly model: ModelIndex;
  scope = new CelScope();
  readonly nodes: ReadonlyMap<string, PlaybookNode>;
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  /** step id → its compensation node id. */
  readonly compensationOf: ReadonlyMap<string, string>;
  /** compensation id → the step it undoes. */
  readonly stepOf: ReadonlyMap<string, string>;

  readonly events: SimEvent[] = [];
  metrics = new Map<string, NodeMetrics>();
  private readonly scratchMetrics: NodeMetrics = { attempts: 0, timeMs: 0, status: 'completed' };
  compensations = { run: 0, succeeded: 0, failed: 0 };
  /** Step → journal. Shared with a fork until either side adds one. */
  private journals: NodeSlots<Journal>;
  /** Marks the journals this run may add to; a fork gives both sides new marks, so both copy. */
  private journalOwner: object = {};
  /**
   * Keys each node inserted; a set in here is never changed, only replaced. Shared with a fork
   * until either side replaces one.
   */
  private insertedKeys: NodeSlots<ReadonlySet<string>>;
  /** Attempts per node (by position) over the whole run, which faults' `attempts` counts against. */
  attemptCounts: Int32Array;
  /** Per node (by position): the visit during which the run first entered it, 0 when never. */
  enteredAt: Int32Array;
  /** Completed steps not yet compensated, oldest completion first; one entry per step at most. */
  stack: StackEntry[] = [];
  /** Per node (by position): 1 while it is on `stack`, so a step not on it is not searched for. */
  onStack: Uint8Array;
  snapshots = new Map<string, Snapshot>();
  /** entity → the snapshot rows the latest restore covering it put back, and from which checkpoint. */
  restored = new Map<string, { checkpoint: string; rows: Row[] }>();
  lastRestoreCheckpoint: string | null = null;
  /** What erasure steps erased, oldest first; replaced, never changed in place, so a fork shares it. */
  erasures: readonly ErasedRecord[] = [];
  completionCounter = 0;
  visits = 0;
  firstFailureMs: number | null = null;
  firstFailedNode: string | null = null;
  outcome: RunOutcome | null = null;
  endNode: string | null = null;
  currentNode: string | null = null;
  /** The drill's shared rollback walks (rollbackMemo.ts); `null` outside the drill's forked runs. */
  rollbackMemo: RollbackMemo | null = null;

  constructor(
    readonly playbook: Playbook,
    public store: DataStore,
    readonly clock: SimulatedClock,
    readonly ids: IdGenerator,
    readonly faults: FaultPlan,
    readonly approvals: Readonly<Record<string, ApprovalDecision>>,
    readonly recording = true,
    index?: PlaybookIndex,
    /** The run a fork copies its per-node arrays from. */
    from?: RunState,
  ) {
    this.index = index ?? new PlaybookIndex(playbook);
    this.model = this.index.model;
    this.nodes = this.index.nodes;
    this.outgoing = this.index.outgoing;
    this.compensationOf = this.index.compensationOf;
    this.stepOf = this.index.stepOf;
    this.attemptCounts = from ? from.attemptCounts.slice() : new Int32Array(playbook.nodes.length);
    this.enteredAt = from ? from.enteredAt.slice() : new Int32Array(playbook.nodes.length);
    this.onStack = from ? from.onStack.slice() : new Uint8Array(playbook.nodes.length);
    this.journals = from ? from.journals.fork() : new NodeSlots(this.index);
    this.insertedKeys = from ? from.insertedKeys.fork() : new NodeSlots(this.index);
  }

  /**
   * A lean copy of this run as it is now, to go on with other faults and approvals (the drill's
   * runs share their start with the baseline). Valid only while none of the new faults' or
   * approvals' nodes has been entered yet: until a node is entered, nothing consults its faults,
   * so the two runs cannot have differed. Everything mutable is copied or copy-on-write; events
   * and metrics are not carried (a lean run reports neither).
   */
  fork(faults: FaultPlan, approvals: Readonly<Record<string, ApprovalDecision>>): RunState {
    const fork = new RunState(
      this.playbook,
      this.store.fork(),
      this.clock.fork(),
      this.ids.fork(),
      faults,
      approvals,
      false,
      this.index,
      this,
    );
    fork.scope = this.scope.fork();
    fork.compensations = { ...this.compensations };
    // The constructor took over the journals and inserted keys; the journals this run owned are
    // now shared, so it too copies one before adding to it.
    this.journalOwner = {};
    fork.stack = [...this.stack];
    fork.snapshots = new Map(this.snapshots);
    fork.restored = new Map(this.restored);
    fork.lastRestoreCheckpoint = this.lastRestoreCheckpoint;
    fork.erasures = this.erasures;
    fork.completionCounter = this.completionCounter;
    fork.visits = this.visits;
    fork.firstFailureMs = this.firstFailureMs;
    fork.firstFailedNode = this.firstFailedNode;
    fork.outcome = this.outcome;
    fork.endNode = this.endNode;
    fork.currentNode = this.currentNode;
    return fork;
  }

  /** The node was entered: remember the first visit that did (the drill's "executed"). */
  markEntered(nodeId: string): void {
    const position = this.index.position.get(nodeId);
    if (position !== undefined && this.enteredAt[position] === 0) this.enteredAt[position] = this.visits;
  }

  /** `markEntered` by the node's position. */
  markEnteredAt(position: number): void {
    if (this.enteredAt[position] === 0) this.enteredAt[position] = this.visits;
  }

  /** Counts one more attempt of the node over the run and returns the count. */
  countAttempt(nodeId: string): number {
    const position = this.index.position.get(nodeId)!;
    const count = this.attemptCounts[position]! + 1;
    this.attemptCounts[position] = count;
    return count;
  }

  node(id: string): PlaybookNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`Unknown node ${id}`);
    return node;
  }

  edge(nodeId: string, kind: Edge['kind']): Edge | undefined {
    return this.index.edge(nodeId, kind);
  }

  /** Called right after each event is recorded, with the run as it is at that moment (a session's frames). */
  onEvent: ((event: SimEvent) => void) | null = null;

  /** Numbers, times and records an event (recording runs only: callers check `recording`). */
  emit(draft: SimEventDraft): SimEvent {
    const event = { seq: this.events.length, atMs: this.clock.nowMs, ...draft } as SimEvent;
    this.events.push(event);
    this.onEvent?.(event);
    return event;
  }

  nodeMetrics(nodeId: string): NodeMetrics {
    // A lean run reports no metrics: writes go to a scratch object nobody reads.
    if (!this.recording) return this.scratchMetrics;
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

  /** A step's journal, to read. */
  journal(stepId: string): Journal {
    return this.journals.get(stepId) ?? EMPTY_JOURNAL;
  }

  /** `journal` by the step's position. */
  journalAt(position: number): Journal {
    return this.journals.at(position) ?? EMPTY_JOURNAL;
  }

  /** A step's journal, to add to: copied first when a fork still shares it with its parent. */
  journalForWrite(stepId: string): Journal {
    let journal = this.journals.get(stepId);
    if (journal?.owner === this.journalOwner) return journal;
    if (!journal) journal = new Journal(this.journalOwner);
    else journal = journal.copyFor(this.journalOwner);
    this.journals.set(stepId, journal);
    return journal;
  }

  /** An erasure step's writes have landed in `store`: remember what they erased (see erasure.ts). */
  recordErasures(step: NodeOf<'step'>, writes: readonly RecordWrite[], store: DataStore): void {
    const found = erasedRecords(step, writes, store, this.model, this.completionCounter);
    if (found.length > 0) this.erasures = [...this.erasures, ...found];
  }

  /** The node's inserted keys after writes that landed. */
  setInsertedKeys(nodeId: string, keys: ReadonlySet<string>): void {
    this.insertedKeys.set(nodeId, keys);
  }

  keysInsertedBy(nodeId: string): ReadonlySet<string> {
    return this.insertedKeys.get(nodeId) ?? NO_KEYS;
  }

  /**
   * A copy of the node's inserted keys to apply effects with, or `null` when the node is not
   * idempotent: its keys are only ever read by its own idempotent inserts, so they need no record.
   */
  keysToTrack(node: PlaybookNode): Set<string> | null {
    return isIdempotent(node) ? new Set(this.keysInsertedBy(node.id)) : null;
  }

  /** Puts a step on top of the compensation stack (once; a later completion moves it up). */
  pushCompleted(stepId: string): void {
    this.removeFromStack(stepId);
    this.completionCounter += 1;
    const position = this.index.position.get(stepId)!;
    this.stack.push({ step: stepId, order: this.completionCounter, position });
    this.onStack[position] = 1;
  }

  isOnStack(stepId: string): boolean {
    const position = this.index.position.get(stepId);
    return position !== undefined && this.onStack[position] === 1;
  }

  /** Takes a step off the stack; searched from the top, where a rollback finds it. */
  removeFromStack(stepId: string): void {
    if (!this.isOnStack(stepId)) return;
    this.onStack[this.index.position.get(stepId)!] = 0;
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      if (this.stack[index]!.step === stepId) {
        this.stack.splice(index, 1);
        return;
      }
    }
  }

  /** A restore: every step completed after `order` leaves the stack; returns them, oldest first. */
  dropFromStackAfter(order: number): string[] {
    const dropped = this.stack.filter((entry) => entry.order > order).map((entry) => entry.step);
    for (const step of dropped) this.onStack[this.index.position.get(step)!] = 0;
    this.stack = this.stack.filter((entry) => entry.order <= order);
    return dropped;
  }

  private readonly clockDate = () => this.clock.date();

  /**
   * The template values as seen from `node`: a new small function per use, which is cheaper than
   * a map of them per run (a drill's forward run would fill one with every node it passes).
   */
  templateOf(node: PlaybookNode): (name: TemplateName) => string {
    return (name) => templateValue(this, node, name);
  }

  /**
   * What applying effects on behalf of `node` needs. `insertedKeys` is a copy of the node's
   * inserted keys (the caller stores it back when the writes land), or `null` (`keysToTrack`).
   */
  effectContext(
    node: PlaybookNode,
    store: DataStore,
    idempotent: boolean,
    budget: number,
    insertedKeys: Set<string> | null = this.keysToTrack(node),
  ): EffectContext {
    return {
      store,
      model: this.model,
      scope: this.scope,
      now: this.clockDate,
      template: this.templateOf(node),
      insertedKeys,
      idempotent,
      budget,
      summarize: this.recording,
    };
  }
}

/** What a node handler tells the walk. */
export type NodeResult =
  | { kind: 'next' }
  | { kind: 'goto'; edge: Edge }
  | { kind: 'failed'; reason: string }
  | { kind: 'end'; outcome: RunOutcome; endNode: string | null; reason: string };

import type { Playbook } from '../domain/types';
import type { ErasedRecord } from './erasure';
import type { FaultPlan } from './faults';
import { outageSystem } from './faults';
import type { Journal } from './journal';
import type { PlaybookIndex } from './playbookIndex';
import type { RunState, StackEntry } from './state';
import type { TableView } from './store';

/**
 * What one implicit rollback did from a point of its walk to its end: the inputs it read there and
 * what it left. Recorded by a drill run, reused by a later run that reaches the same point.
 */
interface Tail {
  /** The stack entries still to take, newest completion first (the walk's own list; never changed). */
  remaining: readonly StackEntry[];
  /** Each remaining step's journal, by the same index (journals a fork can see are never changed). */
  journals: readonly Journal[];
  tables: TableView;
  erasures: readonly ErasedRecord[];
  startMs: number;
  /** Filled once the walk has ended with every compensation done; until then the tail is not used. */
  end: { tables: TableView; durationMs: number } | null;
}

/** Tails kept: a drill's next few runs fail next to the last ones, so older tails are rarely met again. */
const KEPT = 8;

/**
 * Shares the implicit rollback between the drill's runs (issue 20). A run that fails at step k
 * walks back k compensations; the run failing at step k + 1, once it has undone step k, is where
 * the first one was when it began: the same stack entries left, the same journals and the very
 * same records in every table. From there the walk does the same thing, so the later run takes the
 * earlier one's end instead of walking it again.
 *
 * Why the end is the same: from a point of an implicit rollback (scope `all`, no rollback node)
 * the walk only takes the remaining entries in order and, for each step with a compensation,
 * reaches that node, runs its attempts and, on success, writes the step's journal back. With every
 * remaining compensation a `revert`, that depends on nothing but the remaining entries, their
 * journals and the rows of the store (row ids, order and record objects): no template, id, CEL or
 * clock value is read. Faults could change it, so a run with a fault on any compensation, or with
 * an outage window open on a system of a compensation, neither records nor takes a tail; then
 * every attempt takes its node's fixed time and the elapsed time is the same. A tail is recorded
 * only when every compensation succeeded (the run then ends `rolled_back` at once), and a run
 * that takes it gets the rows it ended with, the time it took and the compensations it entered:
 * everything the verdict and the drill's "entered" read. The tests compare the drill with and
 * without forking (which is when tails are used) and with full runs.
 */
export class RollbackMemo {
  private readonly tails = new Map<StackEntry, Tail>();
  /** How many walks back ended by taking a recorded tail (for the tests). */
  taken = 0;
  /** Per node position: 1 for a step with no compensation or a `revert` one (a tail may hold it). */
  private readonly revertOnly: Uint8Array;
  /** Per step position: the position of the compensation a rollback runs for it, else -1. */
  private readonly compensationAt: Int32Array;
  private readonly compensationSystems = new Set<string>();
  private readonly compensationIds = new Set<string>();

  constructor(playbook: Playbook, index: PlaybookIndex) {
    this.revertOnly = new Uint8Array(playbook.nodes.length);
    this.compensationAt = new Int32Array(playbook.nodes.length).fill(-1);
    playbook.nodes.forEach((node, position) => {
      if (node.kind === 'compensation') {
        this.compensationIds.add(node.id);
        this.compensationSystems.add(outageSystem(node));
      }
      const compensationId = index.compensationOf.get(node.id);
      const compensation = compensationId === undefined ? undefined : index.nodes.get(compensationId);
      if (
        compensation === undefined ||
        compensation.kind !== 'compensation' ||
        compensation.strategy === 'revert'
      )
        this.revertOnly[position] = 1;
      if (compensation?.kind === 'compensation')
        this.compensationAt[position] = index.position.get(compensation.id) ?? -1;
    });
  }

  /** Whether no fault of the run can touch a compensation: no fault on one, no outage on its system. */
  private faultFree(faults: FaultPlan): boolean {
    for (const nodeId of faults.faultNodes()) if (this.compensationIds.has(nodeId)) return false;
    for (const system of faults.openSystems()) if (this.compensationSystems.has(system)) return false;
    return true;
  }

  /**
   * At the start of an implicit rollback over `entries`: begins a tail for this run, or `null`
   * when the run or one of the steps rules it out.
   */
  begin(state: RunState, entries: readonly StackEntry[]): Tail | null {
    if (entries.length === 0 || !this.faultFree(state.faults)) return null;
    const journals: Journal[] = new Array(entries.length);
    for (let at = 0; at < entries.length; at += 1) {
      const position = entries[at]!.position;
      if (this.revertOnly[position] !== 1) return null;
      journals[at] = state.journalAt(position);
    }
    return {
      remaining: entries,
      journals,
      tables: state.store.view(),
      erasures: state.erasures,
      startMs: state.clock.nowMs,
      end: null,
    };
  }

  /** The rollback of `tail` ended with every compensation done: keep it for later runs. */
  finish(state: RunState, tail: Tail): void {
    tail.end = { tables: state.store.view(), durationMs: state.clock.nowMs - tail.startMs };
    const key = tail.remaining[0]!;
    this.tails.delete(key);
    this.tails.set(key, tail);
    if (this.tails.size > KEPT) this.tails.delete(this.tails.keys().next().value!);
  }

  /**
   * Before taking `entries[from]`: a recorded tail that starts exactly here, checked entry by
   * entry, journal by journal and row by row, or `null`.
   */
  find(state: RunState, entries: readonly StackEntry[], from: number): Tail | null {
    const tail = this.tails.get(entries[from]!);
    if (tail?.end == null || tail.remaining.length !== entries.length - from) return null;
    if (tail.erasures !== state.erasures || !this.faultFree(state.faults)) return null;
    for (let at = 0; at < tail.remaining.length; at += 1) {
      const entry = entries[from + at]!;
      if (entry !== tail.remaining[at] || state.journalAt(entry.position) !== tail.journals[at]) return null;
    }
    return state.store.holdsView(tail.tables) ? tail : null;
  }

  /** Ends the rollback as `tail` did: its compensations entered and done, its rows, its time. */
  apply(state: RunState, tail: Tail): void {
    const end = tail.end!;
    this.taken += 1;
    let done = 0;
    for (const entry of tail.remaining) {
      const compensation = this.compensationAt[entry.position]!;
      if (compensation < 0) continue;
      state.markEnteredAt(compensation);
      state.onStack[entry.position] = 0;
      done += 1;
    }
    state.compensations.run += done;
    state.compensations.succeeded += done;
    // The steps undone leave the stack; those without a compensation stay, as in the walk.
    state.stack = state.stack.filter((entry) => state.onStack[entry.position] === 1);
    state.store.adopt(end.tables);
    state.clock.advance(end.durationMs);
  }
}

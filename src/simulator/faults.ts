import type { Effect, Fault, PlaybookNode } from '../domain/types';
import { memoDurationMs } from './playbookIndex';

/** What a fault does to one attempt of a step or compensation. */
export type AttemptFault =
  | { kind: 'none' }
  | { kind: 'fail' }
  | { kind: 'timeout' }
  | { kind: 'outage'; system: string }
  | { kind: 'partial'; fraction: number };

const NO_FAULT: AttemptFault = { kind: 'none' };

interface OutageWindow {
  fromMs: number;
  untilMs: number;
}

const NOTHING_ON_ARRIVAL: { outages: string[]; corruptions: Effect[] } = Object.freeze({
  outages: [],
  corruptions: [],
}) as { outages: string[]; corruptions: Effect[] };

/** The system an outage takes down: the node's `system`, or the node alone when it names none. */
export const outageSystem = (node: PlaybookNode): string =>
  'system' in node && node.system !== undefined ? node.system : `node:${node.id}`;

/**
 * The faults of one run, indexed by node, with the state they need: outage windows opened when
 * their node is first reached, and corruptions applied once.
 */
export class FaultPlan {
  private readonly byNode = new Map<string, Fault[]>();
  private readonly windows = new Map<string, OutageWindow[]>();
  private readonly reached = new Set<string>();

  constructor(faults: readonly Fault[]) {
    for (const fault of faults) this.byNode.set(fault.node, [...(this.byNode.get(fault.node) ?? []), fault]);
  }

  /** The nodes with a fault. */
  faultNodes(): Iterable<string> {
    return this.byNode.keys();
  }

  /** The systems with an outage window opened so far. */
  openSystems(): Iterable<string> {
    return this.windows.keys();
  }

  faultsOn(nodeId: string): readonly Fault[] {
    return this.byNode.get(nodeId) ?? [];
  }

  /**
   * The node is being reached. The first time: open its outage windows, and hand back the
   * corruptions to apply before its work (each applies once per run).
   */
  reach(node: PlaybookNode, atMs: number): { outages: string[]; corruptions: Effect[] } {
    // Only a node with faults has anything to do on arrival (or to remember having been reached).
    if (!this.byNode.has(node.id) || this.reached.has(node.id)) return NOTHING_ON_ARRIVAL;
    this.reached.add(node.id);
    const outages: string[] = [];
    const corruptions: Effect[] = [];
    for (const fault of this.faultsOn(node.id)) {
      if (fault.type === 'outage') {
        const system = outageSystem(node);
        const window = { fromMs: atMs, untilMs: atMs + memoDurationMs(fault.duration) };
        this.windows.set(system, [...(this.windows.get(system) ?? []), window]);
        outages.push(system);
      } else if (fault.type === 'corrupt') {
        corruptions.push(fault.mutation);
      }
    }
    return { outages, corruptions };
  }

  isDown(system: string, atMs: number): boolean {
    return (this.windows.get(system) ?? []).some((window) => atMs >= window.fromMs && atMs < window.untilMs);
  }

  /**
   * The fault on attempt `attempt` (counted over the whole run for this node) starting at
   * `startMs`. An outage wins: a down system does nothing, whatever else is injected.
   */
  attemptFault(node: PlaybookNode, attempt: number, startMs: number): AttemptFault {
    if (this.windows.size > 0) {
      const system = outageSystem(node);
      if (this.isDown(system, startMs)) return { kind: 'outage', system };
    }
    const faults = this.byNode.get(node.id);
    if (faults === undefined) return NO_FAULT;
    for (const fault of faults) {
      if (fault.type === 'fail' && attempt <= (fault.attempts ?? Number.POSITIVE_INFINITY))
        return { kind: 'fail' };
      if (fault.type === 'timeout' && attempt <= (fault.attempts ?? Number.POSITIVE_INFINITY))
        return { kind: 'timeout' };
      if (fault.type === 'partial' && node.kind === 'step' && attempt === 1)
        return { kind: 'partial', fraction: fault.fraction };
    }
    return NO_FAULT;
  }

  duplicates(nodeId: string): boolean {
    return this.faultsOn(nodeId).some((fault) => fault.type === 'duplicate');
  }

  /** A `fail` fault on a node without attempts (a restore): fails while its attempts last. */
  failsOnce(nodeId: string, attempt: number): boolean {
    return this.faultsOn(nodeId).some(
      (fault) => fault.type === 'fail' && attempt <= (fault.attempts ?? Number.POSITIVE_INFINITY),
    );
  }
}

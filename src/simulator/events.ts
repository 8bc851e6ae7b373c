import type { FaultType } from '../domain/types';

/**
 * What happened in a run, one event at a time: a discriminated union on `type` that the CLI
 * report and the simulator panel render. `seq` counts from 0; `atMs` is simulated time.
 */
interface EventBase {
  seq: number;
  atMs: number;
  /** The node the event is about, or `null` for run-level events. */
  node: string | null;
  message: string;
}

export type FailureReason = 'fail' | 'timeout' | 'outage' | 'partial' | 'error';

export type SimEvent = EventBase &
  (
    | { type: 'enter'; edge: string | null }
    | { type: 'attempt'; attempt: number; maxAttempts: number }
    | { type: 'attempt-failed'; attempt: number; reason: FailureReason }
    | { type: 'wait'; waitMs: number }
    | {
        type: 'effect';
        op: 'insert' | 'update' | 'delete' | 'revert';
        entity: string;
        keys: string[];
        writes: number;
      }
    | { type: 'fault'; fault: FaultType }
    | { type: 'failed'; reason: string }
    | { type: 'snapshot'; checkpoint: string; entities: string[] }
    | { type: 'restore'; checkpoint: string; entities: string[]; droppedSteps: string[] }
    | { type: 'rollback'; steps: string[]; implicit: boolean }
    | { type: 'compensate'; step: string; compensation: string; strategy: 'revert' | 'effects' }
    | { type: 'not-compensated'; step: string }
    | { type: 'check'; passed: boolean; failed: string[] }
    | { type: 'approval'; decision: 'approve' | 'reject' | 'timeout'; waitedMs: number }
    | { type: 'notify'; channel: string; audience: string; tier: number; text: string }
    | { type: 'failsafe'; mode: string; pauses: string[] }
    | { type: 'decision'; value: boolean; edge: string | null }
    | { type: 'end'; outcome: RunOutcome; endNode: string | null }
  );

export type SimEventType = SimEvent['type'];

/** An event before the engine numbers and times it. */
export type SimEventDraft = SimEvent extends infer E
  ? E extends SimEvent
    ? Omit<E, 'seq' | 'atMs'>
    : never
  : never;

export type RunOutcome =
  | 'completed'
  | 'rolled_back'
  | 'restored'
  | 'degraded'
  | 'failed'
  | 'rollback_incomplete';

import { field, text } from '../json';
import { branchStartsOf, type FlatMachine, type FlatState, nextOf } from './flatten';
import { undoTargetByName } from './sagaNames';
import { catchTargets, commentOf, rollbookPayload } from './taskDetails';

/**
 * The saga pattern in a state machine: a `Catch` that leads to a chain of undo tasks (then usually
 * a Fail). Such a chain is the rollback of the steps before it, so its tasks become those steps'
 * compensations and the Catch a failure path to a rollback. Rollbook's own export writes the chain
 * after a Pass state "<label>: undo <ids>, most recent first", which names the steps exactly.
 */
export interface Rollback {
  /** The IR key of the rollback end the Catch links to. */
  key: string;
  /** The state the rollback end is named after (its Pass, or the Fail it ends at). */
  source: FlatState;
  /** True for Rollbook's implicit rollback: the playbook rolls back by itself, no failure path. */
  implicit: boolean;
  /** States folded into the rollback (the Pass, the end state after the chain). */
  folded: FlatState[];
}

export interface SagaReading {
  /** Catch target key → the rollback it enters. */
  rollbackAt: Map<string, Rollback>;
  /** Undo task key → the step key it compensates. */
  undoOf: Map<string, string>;
  /** Undo tasks no step could be matched to (reported; drawn as steps on the failure path). */
  unmatched: Set<string>;
}

const ROLLBOOK_ROLLBACK = /^(.*): undo (.*), most recent first$/;
export const UNDO_VERB =
  /^(cancel|undo|revert|refund|compensate|roll[\s_-]?back|release|void|unreserve|reverse|remove|delete|rollback)[\s_-]*/i;

/** The steps a Rollbook rollback's Comment lists: ids (m1, m2) or quoted labels ("Add row", "Charge"). */
function stepList(list: string): { text: string; quoted: boolean }[] {
  const quoted = [...list.matchAll(/"((?:[^"]|"(?!, "|$))*)"/g)].map((match) => ({
    text: match[1]!,
    quoted: true,
  }));
  return quoted.length > 0 ? quoted : list.split(', ').map((text) => ({ text, quoted: false }));
}

/** Keys reachable from the start without taking a Catch: the states a successful run can pass. */
export function forwardStates(machine: FlatMachine): Set<string> {
  const seen = new Set<string>();
  const pending = machine.start ? [machine.start] : [];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (seen.has(key)) continue;
    const flat = machine.byKey.get(key);
    if (!flat) continue;
    seen.add(key);
    pending.push(...successKeys(flat));
  }
  return seen;
}

/** Where a state goes when it does not fail: Next (or its scope's end), Choices, Default, branches. */
export function successKeys(flat: FlatState): string[] {
  const keys = [nextOf(flat), ...branchStartsOf(flat)];
  for (const choice of Array.isArray(field(flat.state, 'Choices')) ? (flat.state.Choices as unknown[]) : [])
    keys.push(resolveName(flat, text(field(choice, 'Next'))));
  keys.push(resolveName(flat, text(field(flat.state, 'Default'))));
  return keys.filter((key): key is string => key !== undefined);
}

const resolveName = (flat: FlatState, name: string | undefined) =>
  name === undefined ? undefined : flat.resolve(name);

const isTask = (flat: FlatState | undefined) => text(field(flat?.state, 'Type')) === 'Task';
const isTerminal = (flat: FlatState | undefined) =>
  ['Fail', 'Succeed'].includes(text(field(flat?.state, 'Type')) ?? '');

export function readSagas(machine: FlatMachine, forward: Set<string>): SagaReading {
  const reading: SagaReading = { rollbackAt: new Map(), undoOf: new Map(), unmatched: new Set() };
  const byLabel = new Map<string, Rollback>();
  const forwardTasks = machine.states.filter((flat) => forward.has(flat.key) && isTask(flat));
  // Rollbook's steps by label (its newer exports list the undone steps by label).
  const labelled = new Map<string, string>();
  for (const flat of machine.states) {
    const payload = rollbookPayload(flat.state);
    if (payload?.action === 'step') labelled.set(commentOf(flat.state) ?? flat.name, `node:${payload.node}`);
  }
  for (const catcher of machine.states) {
    for (const { next } of catchTargets(catcher.state)) {
      const entry = catcher.resolve(next);
      if (!entry || forward.has(entry) || reading.rollbackAt.has(entry)) continue;
      const rollback =
        rollbookChain(machine, entry, byLabel, reading, labelled) ??
        sagaChain(machine, entry, catcher, forward, forwardTasks, reading);
      if (rollback) reading.rollbackAt.set(entry, rollback);
    }
  }
  return reading;
}

/** Rollbook's export: the Pass names the steps its undo tasks compensate, in the same order. */
function rollbookChain(
  machine: FlatMachine,
  entry: string,
  byLabel: Map<string, Rollback>,
  reading: SagaReading,
  labelled: Map<string, string>,
): Rollback | undefined {
  const pass = machine.byKey.get(entry)!;
  const comment = commentOf(pass.state);
  const match = comment ? ROLLBOOK_ROLLBACK.exec(comment) : null;
  if (text(field(pass.state, 'Type')) !== 'Pass' || !match) return undefined;
  const label = match[1]!;
  const steps = match[2] === 'nothing' ? [] : stepList(match[2]!);
  const known = byLabel.get(label);
  const rollback: Rollback = known ?? {
    key: `rollback:${label}`,
    source: pass,
    implicit: label === 'Implicit rollback',
    folded: [],
  };
  if (known) rollback.folded.push(pass);
  byLabel.set(label, rollback);
  let at = nextOf(pass);
  for (const step of steps) {
    const undo = at ? machine.byKey.get(at) : undefined;
    const payload = undo ? rollbookPayload(undo.state) : undefined;
    if (!undo || payload?.action !== 'compensation') break;
    const stepKey = step.quoted ? labelled.get(step.text) : `node:${step.text}`;
    if (stepKey && !reading.undoOf.has(undo.key)) reading.undoOf.set(undo.key, stepKey);
    at = nextOf(undo);
  }
  const after = at ? machine.byKey.get(at) : undefined;
  if (after && isTerminal(after) && !rollback.folded.includes(after)) rollback.folded.push(after);
  return rollback;
}

/** A chain of undo tasks after a Catch: each matched to the step it undoes, by name, else by order. */
function sagaChain(
  machine: FlatMachine,
  entry: string,
  catcher: FlatState,
  forward: Set<string>,
  forwardTasks: FlatState[],
  reading: SagaReading,
): Rollback | undefined {
  const chain: FlatState[] = [];
  let at: string | undefined = entry;
  const seen = new Set<string>();
  while (at && !forward.has(at) && !seen.has(at) && isTask(machine.byKey.get(at))) {
    seen.add(at);
    chain.push(machine.byKey.get(at)!);
    at = nextOf(machine.byKey.get(at)!);
  }
  const tail = at ? machine.byKey.get(at) : undefined;
  // A saga's undo tasks come first; tasks after them (a notification) run before the run ends.
  const undoCount = chain.findIndex((flat) => !UNDO_VERB.test(flat.name));
  const undos = undoCount < 0 ? chain : chain.slice(0, undoCount);
  // A saga's undo chain ends the run (a Fail, or a Succeed); any other tail is a plain failure path.
  if (undos.length === 0 || !tail || !isTerminal(tail)) return undefined;
  const before = stepsBefore(catcher, forwardTasks);
  for (const undo of undos) {
    if (reading.undoOf.has(undo.key)) continue;
    const taken = new Set(reading.undoOf.values());
    const open = before.filter((task) => !taken.has(task.key));
    // By the words of its name, else the steps before the Catch, most recent first.
    const target = undoTargetByName(undo.name, open, (task) => task.name) ?? open[0];
    if (target) reading.undoOf.set(undo.key, target.key);
    else reading.unmatched.add(undo.key);
  }
  const after = chain.slice(undos.length);
  return { key: `rollback:${tail.key}`, source: tail, implicit: false, folded: after };
}

/** The Tasks a successful run completes before `catcher` (itself first), most recent first. */
function stepsBefore(catcher: FlatState, forwardTasks: FlatState[]): FlatState[] {
  const index = forwardTasks.findIndex((task) => task.key === catcher.key);
  if (index < 0) return [];
  return forwardTasks.slice(0, index + 1).reverse();
}

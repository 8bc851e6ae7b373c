import type { NodeOf, Playbook } from '../../domain/types';
import { type PlaybookGraph, playbookGraph, startTrigger } from './playbookGraph';

/**
 * The playbook unfolded into what a run can actually do (spec sections 4 and 5), for targets that
 * have no compensation construct (Serverless Workflow, Step Functions). A node is expanded once per
 * distinct *compensation stack* it can be reached with, so every rollback knows exactly which steps
 * it undoes and in which order; a node reached with only one stack (the common case) stays one state.
 */
export interface ExecutionPlan {
  graph: PlaybookGraph;
  start: Target;
  /** In discovery order (breadth first from the trigger), which is also a stable output order. */
  instances: PlanInstance[];
  byKey: ReadonlyMap<string, PlanInstance>;
  /** True when the unfolding stopped at `MAX_INSTANCES`; exporters report it as a loss. */
  truncated: boolean;
  /** Steps that run more than once on some path (a loop): they are compensated once. */
  repeatedSteps: string[];
}

/** A step or checkpoint on the stack; checkpoints are kept so a restore knows what it drops. */
export interface StackEntry {
  kind: 'step' | 'checkpoint';
  id: string;
}

/** Where a transition goes: another instance, or a run outcome that has no end node on the canvas. */
export type Target =
  | { kind: 'instance'; key: string }
  | { kind: 'terminal'; outcome: TerminalOutcome; reason: string };

export type TerminalOutcome = 'rolled_back' | 'rollback_incomplete' | 'failed';

/** Nodes that do work and then follow `next`; `onFailure` is null for kinds the spec never fails. */
export type ActionNode =
  | NodeOf<'step'>
  | NodeOf<'compensation'>
  | NodeOf<'checkpoint'>
  | NodeOf<'restore'>
  | NodeOf<'check'>
  | NodeOf<'approval'>
  | NodeOf<'notify'>
  | NodeOf<'failsafe'>;

/** One compensation a rollback runs, with where the run goes if it fails. */
export interface UndoStep {
  step: NodeOf<'step'>;
  compensation: NodeOf<'compensation'>;
  onFailure: Target;
}

export type InstanceFlow =
  | { kind: 'trigger'; node: NodeOf<'trigger'>; next: Target }
  | {
      kind: 'action';
      node: ActionNode;
      next: Target;
      onFailure: Target | null;
      /** A restore on a path that never passed its checkpoint: it always fails (spec 6). */
      alwaysFails: boolean;
    }
  | {
      kind: 'rollback';
      /** Null for the implicit rollback of a step with no failure edge (spec 4). */
      node: NodeOf<'rollback'> | null;
      undo: UndoStep[];
      /** Steps in scope with effects but no compensation: the run records `not-compensated`. */
      notCompensated: string[];
      next: Target;
    }
  | { kind: 'decision'; node: NodeOf<'decision'>; whenTrue: Target; whenFalse: Target }
  | { kind: 'end'; node: NodeOf<'end'> };

export interface PlanInstance {
  key: string;
  /** Unique name: the node id, or `id.after-<step>` when the node is reached with several stacks. */
  name: string;
  /**
   * Unique name in the user's words, for the platform exports: the node's label, or
   * `<label> after <label of the step completed last>` when the node is reached with several stacks.
   */
  title: string;
  /** The canvas node, or `implicit-rollback` for an implicit rollback. */
  nodeId: string;
  stack: StackEntry[];
  flow: InstanceFlow;
}

/** Beyond this many states a platform definition is unreadable; such a playbook is reported, not exported whole. */
export const MAX_INSTANCES = 2000;
export const IMPLICIT_ROLLBACK_ID = 'implicit-rollback';

const stackKey = (stack: readonly StackEntry[]): string =>
  stack.map((entry) => `${entry.kind === 'step' ? 's' : 'c'}:${entry.id}`).join(',');

/** Pushes an entry, moving it to the top when it is already there (a loop completes a step again). */
function push(stack: readonly StackEntry[], entry: StackEntry): StackEntry[] {
  return [...stack.filter((other) => !(other.kind === entry.kind && other.id === entry.id)), entry];
}

/** Unfolds the playbook from its trigger. Pure; the same playbook gives the same plan. */
export function buildExecutionPlan(playbook: Playbook): ExecutionPlan {
  const graph = playbookGraph(playbook);
  const drafts = new Map<string, Draft>();
  const pending: Draft[] = [];
  const repeated = new Set<string>();
  let truncated = false;

  const terminal = (outcome: TerminalOutcome, reason: string): Target => ({
    kind: 'terminal',
    outcome,
    reason,
  });

  const needs = stackNeeds(graph);

  /** The instance for (node, stack), created on first use and queued for expansion. */
  const reach = (nodeId: string, fullStack: StackEntry[]): Target => {
    // What no later node can read is dropped, so paths that differ only there share one state.
    const need = needs.get(nodeId) ?? 'steps';
    const stack =
      need === 'steps'
        ? fullStack
        : need === 'checkpoints'
          ? fullStack.filter((e) => e.kind === 'checkpoint')
          : [];
    const key = `${nodeId}|${stackKey(stack)}`;
    if (!drafts.has(key)) {
      if (drafts.size >= MAX_INSTANCES) {
        truncated = true;
        return terminal('failed', `the export stopped unfolding paths at ${MAX_INSTANCES} states`);
      }
      const draft: Draft = { key, nodeId, stack };
      drafts.set(key, draft);
      pending.push(draft);
    }
    return { kind: 'instance', key };
  };

  const follow = (nodeId: string, stack: StackEntry[]): Target => {
    const edge = graph.edge(nodeId, 'next');
    return edge ? reach(edge.target, stack) : terminal('failed', `dead end at "${graph.node(nodeId).label}"`);
  };

  const failurePath = (nodeId: string, stack: StackEntry[]): Target => {
    const edge = graph.edge(nodeId, 'failure');
    return edge ? reach(edge.target, stack) : terminal('failed', `${nodeId} failed and has no failure path`);
  };

  /** The rollback walk of spec 5, unrolled for one stack. */
  const rollbackFlow = (node: NodeOf<'rollback'> | null, stack: StackEntry[]): InstanceFlow => {
    const inScope = (id: string): boolean => node === null || node.scope === 'all' || node.scope.includes(id);
    const undo: UndoStep[] = [];
    const notCompensated: string[] = [];
    let remaining = [...stack];
    // 1. Completed steps in scope, most recent first.
    for (const entry of [...stack].reverse()) {
      if (entry.kind !== 'step' || !inScope(entry.id)) continue;
      const step = graph.node(entry.id);
      if (step.kind !== 'step') continue;
      const compensation = graph.compensationOf(step.id);
      if (!compensation) {
        if (step.effects.length > 0) notCompensated.push(step.id);
        continue;
      }
      // 2. A failed compensation: its own failure edge, else the rollback's, else rollback_incomplete.
      const own = graph.edge(compensation.id, 'failure');
      const fallback = node ? graph.edge(node.id, 'failure') : undefined;
      const failureEdge = own ?? fallback;
      const onFailure = failureEdge
        ? reach(failureEdge.target, remaining)
        : terminal('rollback_incomplete', `"${compensation.label}" failed while undoing "${step.label}"`);
      undo.push({ step, compensation, onFailure });
      // 3. A compensated step leaves the stack.
      remaining = remaining.filter((other) => !(other.kind === 'step' && other.id === step.id));
    }
    const next = node
      ? follow(node.id, remaining)
      : terminal('rolled_back', 'implicit rollback after a step with no failure path');
    return { kind: 'rollback', node, undo, notCompensated, next };
  };

  const expand = (instance: Draft): InstanceFlow => {
    const { stack } = instance;
    if (instance.nodeId === IMPLICIT_ROLLBACK_ID) return rollbackFlow(null, stack);
    const node = graph.node(instance.nodeId);
    switch (node.kind) {
      case 'trigger':
        return { kind: 'trigger', node, next: follow(node.id, stack) };
      case 'step': {
        if (stack.some((entry) => entry.kind === 'step' && entry.id === node.id)) repeated.add(node.id);
        const completed = push(stack, { kind: 'step', id: node.id });
        // A step that fails part-way counts as completed (spec 5). Only a `revert` undo is safe to
        // run without knowing whether anything was applied, so only then is the failing step undone too.
        const compensation = graph.compensationOf(node.id);
        const failedStack = compensation?.strategy === 'revert' ? completed : stack;
        const failureEdge = graph.edge(node.id, 'failure');
        const onFailure = failureEdge
          ? reach(failureEdge.target, failedStack)
          : reach(IMPLICIT_ROLLBACK_ID, failedStack);
        return { kind: 'action', node, next: follow(node.id, completed), onFailure, alwaysFails: false };
      }
      case 'checkpoint':
        return {
          kind: 'action',
          node,
          next: follow(node.id, push(stack, { kind: 'checkpoint', id: node.id })),
          onFailure: null,
          alwaysFails: false,
        };
      case 'restore': {
        const at = stack.findIndex((entry) => entry.kind === 'checkpoint' && entry.id === node.checkpoint);
        // Steps completed after the checkpoint leave the compensation stack (spec 6).
        const restored =
          at < 0 ? stack : stack.filter((entry, index) => index <= at || entry.kind !== 'step');
        return {
          kind: 'action',
          node,
          next: at < 0 ? terminal('failed', 'unreachable') : follow(node.id, restored),
          onFailure: failurePath(node.id, stack),
          alwaysFails: at < 0,
        };
      }
      case 'compensation':
      case 'check':
      case 'approval':
        return {
          kind: 'action',
          node,
          next: follow(node.id, stack),
          onFailure: failurePath(node.id, stack),
          alwaysFails: false,
        };
      case 'notify':
      case 'failsafe':
        return { kind: 'action', node, next: follow(node.id, stack), onFailure: null, alwaysFails: false };
      case 'rollback':
        return rollbackFlow(node, stack);
      case 'decision': {
        const branch = (when: boolean): Target => {
          const edge = graph.branch(node.id, when);
          return edge
            ? reach(edge.target, stack)
            : terminal('failed', `dead end at "${node.label}" (no ${when ? 'yes' : 'no'} branch)`);
        };
        return { kind: 'decision', node, whenTrue: branch(true), whenFalse: branch(false) };
      }
      case 'end':
        return { kind: 'end', node };
    }
  };

  const trigger = startTrigger(playbook);
  const start = trigger ? reach(trigger.id, []) : terminal('failed', 'the playbook has no trigger');
  const instances: PlanInstance[] = [];
  // Expanding a draft may reach new ones; the loop picks them up in discovery order.
  for (let index = 0; index < pending.length; index += 1) {
    const draft = pending[index]!;
    instances.push({ ...draft, name: draft.nodeId, title: draft.nodeId, flow: expand(draft) });
  }
  nameInstances(instances, graph);
  const byKey = new Map(instances.map((instance) => [instance.key, instance]));
  return { graph, start, instances, byKey, truncated, repeatedSteps: [...repeated] };
}

type StackNeed = 'steps' | 'checkpoints' | 'nothing';

/**
 * For each node, what of the stack anything reachable from it can read: a rollback or a step (whose
 * failure may roll back) reads the steps; a restore reads only the checkpoints passed.
 */
function stackNeeds(graph: PlaybookGraph): Map<string, StackNeed> {
  const needs = new Map<string, StackNeed>();
  for (const start of graph.playbook.nodes) {
    const seen = new Set<string>([start.id]);
    const queue = [start.id];
    let need: StackNeed = 'nothing';
    while (queue.length > 0 && need !== 'steps') {
      const node = graph.node(queue.shift()!);
      if (node.kind === 'rollback' || node.kind === 'step') need = 'steps';
      else if (node.kind === 'restore') need = 'checkpoints';
      for (const edge of graph.outgoing(node.id)) {
        if (edge.kind === 'compensate' || seen.has(edge.target)) continue;
        seen.add(edge.target);
        queue.push(edge.target);
      }
    }
    needs.set(start.id, need);
  }
  return needs;
}

type Draft = Pick<PlanInstance, 'key' | 'nodeId' | 'stack'>;

/**
 * A node reached with one stack keeps its id as its name; one reached with several is named for
 * the step completed last on each path (`rb1.after-s2`), which is what tells the copies apart.
 */
function nameInstances(instances: PlanInstance[], graph: PlaybookGraph): void {
  const taken = new Set(graph.playbook.nodes.map((node) => node.id));
  const takenTitles = new Set<string>();
  const unique = (base: string, used: Set<string>, separator: string): string => {
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}${separator}${n}`;
    used.add(name);
    return name;
  };
  const labelOf = (id: string): string =>
    id === IMPLICIT_ROLLBACK_ID ? 'Undo everything' : graph.node(id).label.trim();
  const groups = new Map<string, PlanInstance[]>();
  for (const instance of instances)
    groups.set(instance.nodeId, [...(groups.get(instance.nodeId) ?? []), instance]);
  for (const [nodeId, group] of groups) {
    const single = group.length === 1 && nodeId !== IMPLICIT_ROLLBACK_ID;
    for (const instance of group) {
      const top = [...instance.stack].reverse().find((entry) => entry.kind === 'step');
      instance.title = unique(
        single ? labelOf(nodeId) : `${labelOf(nodeId)} after ${top ? labelOf(top.id) : 'the start'}`,
        takenTitles,
        ' ',
      );
      if (!single) instance.name = unique(`${nodeId}.after-${top ? top.id : 'start'}`, taken, '-');
    }
  }
}

import { EDGE_KINDS } from './schema/edges';
import type { EdgeKind, NodeKind } from './types';

/** Why an edge kind is refused at a node kind, one reason per kind of mistake. */
export type EdgeRefusal =
  | 'end-finishes'
  | 'cannot-fail'
  | 'compensation-no-next'
  | 'decision-branches'
  | 'only-step-compensated'
  | 'only-decision-branches'
  | 'only-compensation-undoes'
  | 'trigger-starts';

/** The edge kinds refused at one end of a node kind, with why; a kind not listed is allowed. */
export type EdgeRefusals = Readonly<Partial<Record<EdgeKind, EdgeRefusal>>>;

export interface NodeEdgeRules {
  /** Edge kinds that may not start at this node kind. */
  leaving: EdgeRefusals;
  /** Edge kinds that may not arrive at this node kind. */
  entering: EdgeRefusals;
}

const NOT_A_STEP = { compensate: 'only-step-compensated', branch: 'only-decision-branches' } as const;
const CANNOT_FAIL = { ...NOT_A_STEP, failure: 'cannot-fail' } as const;
const NOT_A_COMPENSATION = { compensate: 'only-compensation-undoes' } as const;

/**
 * Spec section 4 as one table: which edge kinds may leave and enter each node kind. The document
 * validator (`checkEdges`), the canvas's connection check (`checkConnection`) and the handles each
 * node shows are all read from here, so they cannot disagree.
 *
 * One rule the spec's list does not spell out: nothing links into a trigger (a trigger is where a
 * run starts; BPMN, an export target, forbids flows into a start event). See
 * docs/format-decisions.md ("an edge into a trigger").
 */
export const EDGE_RULES: Readonly<Record<NodeKind, NodeEdgeRules>> = {
  trigger: {
    leaving: CANNOT_FAIL,
    entering: {
      next: 'trigger-starts',
      failure: 'trigger-starts',
      branch: 'trigger-starts',
      compensate: 'only-compensation-undoes',
    },
  },
  step: { leaving: { branch: 'only-decision-branches' }, entering: NOT_A_COMPENSATION },
  compensation: { leaving: { ...NOT_A_STEP, next: 'compensation-no-next' }, entering: {} },
  checkpoint: { leaving: CANNOT_FAIL, entering: NOT_A_COMPENSATION },
  restore: { leaving: NOT_A_STEP, entering: NOT_A_COMPENSATION },
  rollback: { leaving: NOT_A_STEP, entering: NOT_A_COMPENSATION },
  check: { leaving: NOT_A_STEP, entering: NOT_A_COMPENSATION },
  approval: { leaving: NOT_A_STEP, entering: NOT_A_COMPENSATION },
  notify: { leaving: CANNOT_FAIL, entering: NOT_A_COMPENSATION },
  decision: {
    leaving: { next: 'decision-branches', failure: 'cannot-fail', compensate: 'only-step-compensated' },
    entering: NOT_A_COMPENSATION,
  },
  failsafe: { leaving: CANNOT_FAIL, entering: NOT_A_COMPENSATION },
  end: {
    leaving: {
      next: 'end-finishes',
      failure: 'end-finishes',
      compensate: 'end-finishes',
      branch: 'end-finishes',
    },
    entering: NOT_A_COMPENSATION,
  },
};

/** "a step", "an approval": the node kind as a person reads it in a sentence. */
function withArticle(kind: NodeKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** The reason in words a person drawing the link understands; `kind` is the node it is about. */
export function edgeRefusalMessage(refusal: EdgeRefusal, kind: NodeKind): string {
  switch (refusal) {
    case 'end-finishes':
      return 'An end node finishes the run: nothing can follow it';
    case 'cannot-fail':
      return `${withArticle(kind).replace(/^a/, 'A')} cannot fail, so it has no failure path`;
    case 'compensation-no-next':
      return 'A compensation has no next link: after it, the rollback goes on by itself';
    case 'decision-branches':
      return 'A decision goes on by its yes / no branches, not a next link';
    case 'only-step-compensated':
      return `Only a step is undone by a compensation, not ${withArticle(kind)}`;
    case 'only-decision-branches':
      return 'Only a decision has yes / no branches';
    case 'only-compensation-undoes':
      return `A step is undone by a compensation node, not by ${withArticle(kind)}`;
    case 'trigger-starts':
      return 'A trigger is where a run starts: nothing links into it';
  }
}

/** May an edge of this kind start at a node of this kind? */
export function mayLeave(kind: NodeKind, edgeKind: EdgeKind): boolean {
  return EDGE_RULES[kind].leaving[edgeKind] === undefined;
}

/** May an edge of this kind arrive at a node of this kind? */
export function mayEnter(kind: NodeKind, edgeKind: EdgeKind): boolean {
  return EDGE_RULES[kind].entering[edgeKind] === undefined;
}

/**
 * Why an edge of `edgeKind` may not run from a `source` node to a `target` node, or null when the
 * kinds allow it. The source's rule is asked first: it is the end the person started drawing at.
 *
 * @example edgeKindRefusal('failure', 'notify', 'end') // 'A notify cannot fail, so it has no failure path'
 */
export function edgeKindRefusal(edgeKind: EdgeKind, source: NodeKind, target: NodeKind): string | null {
  const leaving = EDGE_RULES[source].leaving[edgeKind];
  if (leaving) return edgeRefusalMessage(leaving, source);
  const entering = EDGE_RULES[target].entering[edgeKind];
  return entering ? edgeRefusalMessage(entering, target) : null;
}

/** The edge kinds that may leave a node kind, in the format's order of edge kinds. */
export function edgeKindsLeaving(kind: NodeKind): EdgeKind[] {
  return EDGE_KINDS.filter((edgeKind) => mayLeave(kind, edgeKind));
}

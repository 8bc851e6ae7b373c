import type { Playbook } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import { hasFractionalSeconds } from '../plan/durations';
import type { ExecutionPlan, PlanInstance, Target } from '../plan/executionPlan';
import { buildExecutionPlan } from '../plan/executionPlan';
import { commonLosses } from '../plan/losses';
import {
  ACTION_FUNCTION_ARN,
  APPROVAL_FUNCTION_ARN,
  type AslState,
  actionTask,
  approvalTask,
  catchAll,
  outcomeError,
  retrier,
} from './states';

/** ASL state names are at most 80 characters. */
const MAX_NAME = 80;

/**
 * State names are the user's labels; the canvas node a state stands for is kept at the end of its
 * Comment as `(node <id>)` (Task states also carry it in their payload), so an import can find it.
 */
const nodeRef = (id: string): string => ` (node ${id})`;

/**
 * The playbook as an Amazon States Language state machine. Every (node, compensation stack) of the
 * execution plan is a state, so each failure point has its own compensation chain: Task states
 * with Retry and Catch, approvals as `.waitForTaskToken` tasks, a Choice for each decision, and
 * Succeed / Fail states for the outcomes.
 */
export function toStateMachine(playbook: Playbook): {
  document: Record<string, unknown>;
  losses: string[];
} {
  const plan = buildExecutionPlan(playbook);
  const states: Record<string, AslState> = {};
  const names = new StateNames(plan);

  for (const instance of plan.instances) {
    addInstance(instance, names, states);
  }
  for (const [name, target] of names.terminals) {
    states[name] = { Type: 'Fail', Error: outcomeError(target.outcome), Cause: target.reason };
  }
  const definition = {
    Comment: `${playbook.name} (Rollbook playbook ${playbook.id}, revision ${playbook.revision})`,
    StartAt: names.of(plan.start),
    States: states,
  };
  return { document: definition, losses: [...commonLosses(plan), ...aslLosses(playbook)] };
}

function addInstance(instance: PlanInstance, names: StateNames, states: Record<string, AslState>) {
  const name = names.of({ kind: 'instance', key: instance.key });
  const { flow } = instance;
  switch (flow.kind) {
    case 'trigger':
      states[name] = {
        Type: 'Pass',
        Comment: `${flow.node.label} (${flow.node.signal} trigger)${nodeRef(flow.node.id)}`,
        Next: names.of(flow.next),
      };
      return;
    case 'end':
      states[name] =
        flow.node.outcome === 'completed'
          ? { Type: 'Succeed', Comment: `${flow.node.label}${nodeRef(flow.node.id)}` }
          : {
              Type: 'Fail',
              Comment: `${flow.node.label}${nodeRef(flow.node.id)}`,
              Error: outcomeError(flow.node.outcome),
              Cause: flow.node.label,
            };
      return;
    case 'decision': {
      const evaluate = names.extra(`${name}: choose`);
      states[name] = {
        Type: 'Task',
        Comment: `${flow.node.label}: the action function answers yes or no${nodeRef(flow.node.id)}`,
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: {
          FunctionName: ACTION_FUNCTION_ARN,
          Payload: { node: flow.node.id, action: 'decision', 'input.$': '$' },
        },
        ResultSelector: { 'value.$': '$.Payload.value' },
        ResultPath: '$.rollbook.decision',
        Next: evaluate,
      };
      states[evaluate] = {
        Type: 'Choice',
        Comment: `${flow.node.label}${nodeRef(flow.node.id)}`,
        Choices: [
          { Variable: '$.rollbook.decision.value', BooleanEquals: true, Next: names.of(flow.whenTrue) },
        ],
        Default: names.of(flow.whenFalse),
      };
      return;
    }
    case 'rollback': {
      const label = flow.node ? flow.node.label : 'Implicit rollback';
      const undoNames = flow.undo.map((undo) => names.extra(`${name}: ${undo.compensation.label}`));
      const after = names.of(flow.next);
      states[name] = {
        Type: 'Pass',
        Comment: `${label}: undo ${flow.undo.map((undo) => `"${undo.step.label}"`).join(', ') || 'nothing'}, most recent first${nodeRef(instance.nodeId)}`,
        Next: undoNames[0] ?? after,
      };
      flow.undo.forEach((undo, index) => {
        states[undoNames[index]!] = {
          ...actionTask(undo.compensation, `${undo.compensation.label} (undoes ${undo.step.label})`),
          ...retrier(undo.compensation.retry),
          Catch: catchAll(names.of(undo.onFailure)),
          Next: undoNames[index + 1] ?? after,
        };
      });
      return;
    }
    case 'action': {
      const { node } = flow;
      if (flow.alwaysFails && flow.onFailure) {
        states[name] = {
          Type: 'Pass',
          Comment: `${node.label}: this path never passed its checkpoint, so the restore fails${nodeRef(node.id)}`,
          Next: names.of(flow.onFailure),
        };
        return;
      }
      const task = node.kind === 'approval' ? approvalTask(node, node.label) : actionTask(node, node.label);
      const retry = node.kind === 'step' || node.kind === 'compensation' ? retrier(node.retry) : {};
      states[name] = {
        ...task,
        ...retry,
        ...(flow.onFailure ? { Catch: catchAll(names.of(flow.onFailure)) } : {}),
        Next: names.of(flow.next),
      };
      return;
    }
  }
}

function aslLosses(playbook: Playbook): string[] {
  const losses = [
    `Every step, undo, snapshot, restore, check, notification and degraded mode calls one Lambda function (${ACTION_FUNCTION_ARN}) that someone must write: the data changes, checks and messages are not in the state machine.`,
    'Step Functions cannot work out your decision questions: that Lambda function must answer each one with yes or no.',
    `Approvals call a second Lambda function (${APPROVAL_FUNCTION_ARN}) that must ask the approvers and answer; who may approve and how many must agree are passed to it, not enforced by Step Functions.`,
  ];
  for (const node of playbook.nodes) {
    if (node.kind !== 'step' && node.kind !== 'compensation' && node.kind !== 'approval') continue;
    const rounded = [
      'timeout' in node && node.timeout && hasFractionalSeconds(node.timeout)
        ? `time limit (${formatHumanDuration(durationMs(node.timeout))})`
        : null,
      node.kind !== 'approval' &&
      node.retry.maxAttempts > 1 &&
      (hasFractionalSeconds(node.retry.backoff) || node.retry.backoff === 'PT0S')
        ? `wait between tries (${formatHumanDuration(durationMs(node.retry.backoff))})`
        : null,
    ].filter((text) => text !== null);
    if (rounded.length > 0) {
      losses.push(
        `The ${rounded.join(' and the ')} of "${node.label}" ${rounded.length === 1 ? 'is' : 'are'} rounded up to whole seconds (at least 1): Step Functions counts whole seconds.`,
      );
    }
  }
  return losses;
}

/** Unique state names: instance names, extra states, and one Fail state per distinct terminal. */
class StateNames {
  readonly terminals = new Map<string, Extract<Target, { kind: 'terminal' }>>();
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(private readonly plan: ExecutionPlan) {}

  of(target: Target): string {
    const key = target.kind === 'instance' ? target.key : `terminal|${target.outcome}|${target.reason}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const base =
      target.kind === 'instance'
        ? this.plan.byKey.get(target.key)!.title
        : `${outcomeError(target.outcome).replace('Rollbook.', '')}: ${target.reason}`;
    const name = this.extra(base);
    this.byKey.set(key, name);
    if (target.kind === 'terminal') this.terminals.set(name, target);
    return name;
  }

  extra(base: string): string {
    const trimmed = base.slice(0, MAX_NAME);
    let name = trimmed;
    for (let n = 2; this.taken.has(name); n += 1) name = `${trimmed.slice(0, MAX_NAME - 4)}-${n}`;
    this.taken.add(name);
    return name;
  }
}

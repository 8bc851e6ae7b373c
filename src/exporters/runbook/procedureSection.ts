import type { Playbook, PlaybookNode } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import type { PlaybookGraph } from '../plan/playbookGraph';
import { describeInvariant } from './appendix';
import type { Section } from './blocks';
import { type ProcedureStep, undoneBy } from './procedureOrder';
import { describeEffects, whoDoes } from './procedureWords';
import { OUTCOME_WORDS, readableMessage, roleNames } from './summary';

const human = (ms: number): string => (ms <= 0 ? 'a moment' : `about ${formatHumanDuration(ms)}`);

/**
 * "Procedure": one sub-section per numbered step, in the order a person performs them, each with
 * who does it, which system, the expected time and the running total against the RTO, what "done"
 * looks like, where to go when it fails and where to go next.
 */
export function procedureSections(
  playbook: Playbook,
  graph: PlaybookGraph,
  steps: ProcedureStep[],
): Section[] {
  const numberOf = new Map(steps.map((step) => [step.node.id, step.number]));
  const rtoMs = playbook.objectives.rto ? durationMs(playbook.objectives.rto) : null;
  const goTo = (id: string): string => {
    const target = graph.node(id);
    if (target.kind === 'end')
      return `the run is over: it ends as "${target.label}" (${OUTCOME_WORDS[target.outcome]}). Stop here.`;
    const number = numberOf.get(id);
    return number === undefined ? `"${target.label}"` : `go to step ${number} ("${target.label}").`;
  };
  const intro: Section = {
    title: 'Procedure',
    level: 2,
    blocks: [
      {
        kind: 'paragraph',
        text: `Do the steps in order, starting at step 1 when "${steps.length > 0 ? startLabel(playbook) : ''}" happens. Each step says what to do when it fails; a failure never means "carry on". ${
          rtoMs === null
            ? 'No recovery time objective (RTO) is set, so the running totals are for planning only.'
            : `The running total is the expected time since the start, on the slowest way to that step; the recovery time objective (RTO) is ${formatHumanDuration(rtoMs)}.`
        }`,
      },
      {
        kind: 'paragraph',
        text: `Stop when: ${playbook.objectives.terminationCriteria ?? 'the run reaches one of its end points (no termination criteria are written down).'}`,
      },
    ],
  };
  return [
    intro,
    ...steps.map((step): Section => {
      const { node } = step;
      const irreversible = node.kind === 'step' && node.irreversible;
      const lines = [
        `Who: ${whoDoes(playbook, node)}.`,
        ...(node.kind === 'step' || node.kind === 'compensation'
          ? [`System: ${node.system ?? 'not named'}.`]
          : []),
        `Time: ${human(step.expectedMs)}${timeLimit(node)}; running total ${formatHumanDuration(step.runningTotalMs)}${rtoMs === null ? '' : ` of the ${formatHumanDuration(rtoMs)} RTO${step.runningTotalMs > rtoMs ? ' (OVER the RTO)' : ''}`}.`,
        ...whatToDo(playbook, graph, node),
        `Done when: ${doneWhen(playbook, graph, node)}`,
        ...(irreversible ? [`Cannot be undone: ${irreversible.reason} Make sure before you do it.`] : []),
        ...whenItFails(graph, node, goTo),
        ...nextLines(graph, node, step, goTo),
      ];
      return {
        title: `Step ${step.number}. ${node.label}${irreversible ? ' (cannot be undone)' : ''}`,
        level: 3,
        blocks: [{ kind: 'list', items: lines }],
        keepTogether: true,
      };
    }),
  ];
}

function startLabel(playbook: Playbook): string {
  return playbook.nodes.find((node) => node.kind === 'trigger')?.label ?? '';
}

function timeLimit(node: PlaybookNode): string {
  const parts: string[] = [];
  if (node.kind === 'step' && node.timeout)
    parts.push(`give up on a try after ${formatHumanDuration(durationMs(node.timeout))}`);
  if (node.kind === 'step' && node.retry.maxAttempts > 1) {
    const { maxAttempts, backoff, multiplier } = node.retry;
    parts.push(
      `up to ${maxAttempts} tries, waiting ${formatHumanDuration(durationMs(backoff))} before the second${multiplier > 1 ? ` and ${multiplier} times longer before each next one` : ' and each next one'}`,
    );
  }
  if (node.kind === 'approval' && node.timeout)
    parts.push(`wait at most ${formatHumanDuration(durationMs(node.timeout))} for the answer`);
  return parts.map((part) => `, ${part}`).join('');
}

/** Extra lines saying what the step involves, where its label alone does not. */
function whatToDo(playbook: Playbook, graph: PlaybookGraph, node: PlaybookNode): string[] {
  switch (node.kind) {
    case 'rollback': {
      const undos = undoneBy(node, graph);
      return [
        undos.length === 0
          ? 'Do: nothing to undo (no step in its scope has an undo).'
          : `Do: undo each step that completed, most recent first, and skip those that did not: ${undos
              .map((step) => `"${graph.compensationOf(step.id)?.label}" (undoes "${step.label}")`)
              .join(', then ')}.`,
      ];
    }
    case 'notify':
      return [
        `Do: tell ${node.audience} by ${node.channel} (tier ${node.tier}): "${readableMessage(playbook, node)}"`,
      ];
    case 'failsafe':
      return [
        `Do: switch to ${node.mode} mode${node.pauses.length > 0 ? `, pausing ${node.pauses.join(', ')}` : ''}.`,
      ];
    case 'restore':
      return [`Do: put the data back from the snapshot "${graph.node(node.checkpoint).label}".`];
    default:
      return node.description ? [`Do: ${node.description}`] : [];
  }
}

/** What "done" looks like, one check a person can make. */
function doneWhen(playbook: Playbook, graph: PlaybookGraph, node: PlaybookNode): string {
  switch (node.kind) {
    case 'step':
      return `the ${node.system ?? 'action'} reports success${describeEffects(node.effects)}.`;
    case 'checkpoint':
      return `the snapshot of ${node.entities.includes('*') ? 'all the data' : node.entities.join(', ')} is taken.`;
    case 'check':
      return `${node.invariants.map((invariant) => describeInvariant(invariant, (id) => `"${graph.node(id).label}"`)).join('; ')}.`;
    case 'approval':
      return `${node.quorum} of ${roleNames(playbook, node.approvers)} approve${node.quorum === 1 ? 's' : ''}.`;
    case 'rollback':
      return 'every undo above reports success.';
    case 'restore':
      return 'the data is back as the snapshot took it.';
    case 'notify':
      return 'the message is sent.';
    case 'decision':
      return 'you know the answer (yes or no).';
    case 'failsafe':
      return node.exitCriteria
        ? `${node.exitCriteria} (only then leave ${node.mode} mode).`
        : `${node.mode} mode is on.`;
    default:
      return 'it is done.';
  }
}

function whenItFails(graph: PlaybookGraph, node: PlaybookNode, goTo: (id: string) => string): string[] {
  const failure = graph.edge(node.id, 'failure');
  const when = node.kind === 'approval' ? 'If it is rejected or nobody answers in time' : 'If it fails';
  if (failure) return [`${when}: ${goTo(failure.target)}`];
  switch (node.kind) {
    case 'step':
      return [
        `${when}: undo every completed step, most recent first (as a rollback does), then the run is over: it ends as rolled back. Stop here.`,
      ];
    case 'rollback':
      return [`${when}: stop and escalate: the undo is incomplete and people must finish it by hand.`];
    case 'check':
    case 'approval':
    case 'restore':
      return [`${when}: stop and escalate: the run ends as failed and people take over.`];
    default:
      return [];
  }
}

function nextLines(
  graph: PlaybookGraph,
  node: PlaybookNode,
  step: ProcedureStep,
  goTo: (id: string) => string,
): string[] {
  if (node.kind === 'decision') {
    return ([true, false] as const).map((when) => {
      const branch = graph.branch(node.id, when);
      const answer = when ? 'yes' : 'no';
      const named = branch?.label && branch.label.toLowerCase() !== answer ? ` ("${branch.label}")` : '';
      return `If ${answer}${named}: ${branch ? goTo(branch.target) : 'the run stops: there is no way on.'}`;
    });
  }
  const next = graph.edge(node.id, 'next');
  if (!next) return ['Then: the run stops here: there is no way on (it ends as failed).'];
  const nextNumber = goTo(next.target);
  // The next step in number needs no pointer; anything else does.
  return nextNumber === `go to step ${step.number + 1} ("${graph.node(next.target).label}").`
    ? []
    : [`Then: ${nextNumber}`];
}

import { rtoBudget } from '../../analysis/rto';
import { renderTemplate, type TemplateName } from '../../domain/templates';
import type { NodeOf, Playbook } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import type { ExportContext } from '../types';
import { asSentence, type Block, type Section } from './blocks';

const SIGNAL_WORDS = {
  manual: 'by hand',
  alert: 'when a monitoring alert fires',
  anomaly: 'when unusual data is detected',
  schedule: 'on a schedule',
} as const;

export const OUTCOME_WORDS = {
  completed: 'the work is done',
  rolled_back: 'everything is put back as it was',
  restored: 'the data is restored from a snapshot',
  degraded: 'the business keeps running in a reduced mode',
  failed: 'the run stops as failed and people take over',
} as const;

const nodesOf = <K extends Playbook['nodes'][number]['kind']>(playbook: Playbook, kind: K) =>
  playbook.nodes.filter((node): node is NodeOf<K> => node.kind === kind);

/** Role ids in words: "Operations lead (ops-lead)". */
export function roleNames(
  playbook: Playbook,
  ids: readonly string[],
  none = 'anyone (no role is named)',
): string {
  if (ids.length === 0) return none;
  return ids
    .map((id) => {
      const role = playbook.roles.find((candidate) => candidate.id === id);
      return role ? `${role.name} (${id})` : id;
    })
    .join(', ');
}

function rolesWith(
  playbook: Playbook,
  permission: 'initiate' | 'approve' | 'override' | 'execute',
): string[] {
  return playbook.roles.filter((role) => role.permissions.includes(permission)).map((role) => role.id);
}

/** The plain-language part, for business stakeholders: no ids unless a name needs one. */
export function summarySection(playbook: Playbook, context: ExportContext): Section {
  const blocks: Block[] = [];
  const entities = playbook.dataModel.entities.map((entity) => entity.name);
  const systems = [
    ...new Set(nodesOf(playbook, 'step').flatMap((step) => (step.system ? [step.system] : []))),
  ];
  blocks.push({
    kind: 'paragraph',
    text: `What it protects: ${asSentence(playbook.description ?? playbook.name)}${entities.length > 0 ? ` The data involved: ${entities.join(', ')}.` : ''}${systems.length > 0 ? ` Outside systems: ${systems.join(', ')}.` : ''}`,
  });

  const triggers = nodesOf(playbook, 'trigger');
  blocks.push({
    kind: 'list',
    items: triggers.map((trigger) => {
      const who = trigger.initiators.length > 0 ? trigger.initiators : rolesWith(playbook, 'initiate');
      return `It starts ${SIGNAL_WORDS[trigger.signal]} ("${trigger.label}"). Who may start it: ${roleNames(playbook, who)}.`;
    }),
  });

  blocks.push({ kind: 'paragraph', text: 'If something goes wrong:' });
  blocks.push({ kind: 'list', items: failureSentences(playbook) });

  const notifications = nodesOf(playbook, 'notify');
  blocks.push({
    kind: 'paragraph',
    text:
      notifications.length === 0
        ? 'Who is told: nobody is notified by this playbook.'
        : 'Who is told, and when:',
  });
  if (notifications.length > 0) {
    blocks.push({
      kind: 'list',
      items: notifications.map(
        (notify) =>
          `${notify.audience}, by ${notify.channel} (tier ${notify.tier}), at "${notify.label}": "${readableMessage(playbook, notify)}"`,
      ),
    });
  }

  // The same worst case the lint engine's RTO budget computes (one arithmetic, analysis/rto.ts).
  const budget = rtoBudget(playbook);
  const worst = budget.worstCaseMs;
  const rtoMs = budget.rtoMs;
  const estimate = budget.bounded
    ? `at most about ${formatHumanDuration(worst)} from the first failure to the end, on the slowest recovery path (retries and failed undos included).`
    : 'unbounded: a recovery path can loop, so only the 10,000-visit limit stops it.';
  blocks.push({
    kind: 'paragraph',
    text: `Expected recovery time: ${estimate} ${
      rtoMs === null
        ? 'No recovery time objective (RTO) is set.'
        : `The recovery time objective (RTO) is ${formatHumanDuration(rtoMs)}: ${budget.withinRto ? 'the estimate is within it.' : 'the estimate is OVER it.'}`
    }${playbook.objectives.rpo ? ` Acceptable data loss (RPO): ${formatHumanDuration(durationMs(playbook.objectives.rpo))}.` : ''}`,
  });
  blocks.push({
    kind: 'paragraph',
    text: `When it is over: ${playbook.objectives.terminationCriteria ?? 'no termination criteria are written down; the run ends at one of its end points.'}`,
  });
  const ends = nodesOf(playbook, 'end');
  blocks.push({ kind: 'paragraph', text: 'The run can end in these ways:' });
  blocks.push({
    kind: 'list',
    items: ends.map((end) => `"${end.label}": ${OUTCOME_WORDS[end.outcome]}.`),
  });

  const approvers = playbook.governance.approverRoles;
  blocks.push({
    kind: 'list',
    items: [
      `Who may approve this playbook: ${approvers.length > 0 ? roleNames(playbook, approvers) : 'any role'} (${playbook.governance.requiredApprovals} approval${playbook.governance.requiredApprovals === 1 ? '' : 's'} needed).`,
      `Who may override during a run: ${roleNames(playbook, rolesWith(playbook, 'override'), 'no role has this right')}.`,
      ...nodesOf(playbook, 'approval').map(
        (approval) =>
          `During a run, "${approval.label}" needs ${approval.quorum} of: ${roleNames(playbook, approval.approvers)}${approval.timeout ? `, within ${formatHumanDuration(durationMs(approval.timeout))}` : ''}.`,
      ),
      `Approval status of this version: ${(context.approvalStatus ?? 'not known to this export').replace(/\.$/, '')}.`,
    ],
  });
  return { title: 'Summary', level: 2, blocks };
}

/** A notification's text as a reader sees it: run-time values become words in brackets. */
export function readableMessage(playbook: Playbook, notify: NodeOf<'notify'>): string {
  const words: Record<TemplateName, string> = {
    now: '[time]',
    id: '[id]',
    'playbook.name': playbook.name,
    'node.label': notify.label,
    'run.failedNode': '[the step that failed]',
    'run.elapsed': '[time since the start]',
    'run.outcome': '[how the run ended]',
  };
  return renderTemplate(notify.message, (name) => words[name]);
}

/** One sentence per way the playbook reacts to failure, in the order a reader meets them. */
function failureSentences(playbook: Playbook): string[] {
  const sentences: string[] = [];
  const steps = nodesOf(playbook, 'step');
  const undone = steps.filter((step) =>
    playbook.edges.some((edge) => edge.kind === 'compensate' && edge.source === step.id),
  );
  if (undone.length > 0) {
    sentences.push(
      `Each of these steps has an undo, run in reverse order of completion: ${undone.map((step) => `"${step.label}"`).join(', ')}.`,
    );
  }
  for (const step of steps.filter((candidate) => candidate.irreversible)) {
    sentences.push(`"${step.label}" cannot be undone: ${asSentence(step.irreversible!.reason)}`);
  }
  const label = (id: string) => playbook.nodes.find((node) => node.id === id)?.label ?? id;
  for (const node of nodesOf(playbook, 'rollback')) {
    sentences.push(
      `"${node.label}" undoes the completed steps${node.scope === 'all' ? '' : ` among ${node.scope.map((id) => `"${label(id)}"`).join(', ')}`}.`,
    );
  }
  for (const node of nodesOf(playbook, 'restore')) {
    sentences.push(
      `"${node.label}" puts the data back to the snapshot "${label(node.checkpoint)}" if undoing is not enough.`,
    );
  }
  for (const node of nodesOf(playbook, 'failsafe')) {
    sentences.push(
      `"${node.label}" keeps the business running in ${node.mode} mode${node.pauses.length > 0 ? `, pausing ${node.pauses.join(', ')}` : ''}${node.exitCriteria ? `, until: ${node.exitCriteria}` : ''}.`,
    );
  }
  const implicit = steps.filter(
    (step) => !playbook.edges.some((edge) => edge.kind === 'failure' && edge.source === step.id),
  );
  if (implicit.length > 0) {
    sentences.push(
      `If ${implicit.length === 1 ? '' : 'any of '}${implicit.map((step) => `"${step.label}"`).join(', ')} fails, everything done so far is undone automatically and the run ends as rolled back.`,
    );
  }
  return sentences.length > 0 ? sentences : ['Nothing: the playbook has no failure handling.'];
}

import type { ApprovalRecord, Invariant, Playbook } from '../../domain/types';
import { durationMs, formatHumanDuration } from '../../lib/duration';
import type { ExecutionPlan } from '../plan/executionPlan';
import type { ExportContext } from '../types';
import type { Section } from './blocks';
import { roleNames } from './summary';

const human = (duration: string): string => formatHumanDuration(durationMs(duration));

/** An invariant in words; `checkpointName` says how to name a snapshot (its id by default). */
export function describeInvariant(
  invariant: Invariant,
  checkpointName: (id: string) => string = (id) => id,
): string {
  const text = (() => {
    switch (invariant.type) {
      case 'unique':
        return `no two ${invariant.entity} share ${invariant.fields.join(' + ')}`;
      case 'references':
        return `every reference of ${invariant.entity}${invariant.field ? `.${invariant.field}` : ''} points at an existing record`;
      case 'required':
        return `every ${invariant.entity} record has ${invariant.fields.join(', ')}`;
      case 'count':
        return `the number of ${invariant.entity} records ${invariant.op} ${invariant.value}`;
      case 'matchesCheckpoint':
        return `the data${invariant.entities ? ` of ${invariant.entities.join(', ')}` : ''} equals the snapshot ${checkpointName(invariant.checkpoint)}`;
      case 'model':
        return 'every rule of the data model holds';
      case 'expression':
        return `the expression \`${invariant.expr}\` is true`;
    }
  })();
  return invariant.message ? `${text} (${invariant.message})` : text;
}

/** The technical appendix: steps and their undo, order, checkpoints, checks, failure paths, evidence. */
export function appendixSections(playbook: Playbook, plan: ExecutionPlan, context: ExportContext): Section[] {
  const { graph } = plan;
  const label = (id: string) => `${graph.node(id).label} (${id})`;
  const stepRows = graph.stepOrder.map((id, index) => {
    const step = graph.node(id);
    if (step.kind !== 'step') return [];
    const undo = graph.compensationOf(id);
    return [
      String(index + 1),
      label(id),
      step.system ?? '',
      undo
        ? `${undo.label} (${undo.id}, ${undo.strategy})`
        : step.irreversible
          ? `none: ${step.irreversible.reason}`
          : 'none',
      step.retry.maxAttempts > 1
        ? `${step.retry.maxAttempts} attempts, wait ${human(step.retry.backoff)} × ${step.retry.multiplier}`
        : '1 attempt',
      step.timeout ? human(step.timeout) : '',
      step.idempotent || step.idempotencyKey
        ? `yes${step.idempotencyKey ? ` (key ${step.idempotencyKey})` : ''}`
        : 'no',
    ];
  });
  const undoOrder = [...graph.stepOrder].reverse().filter((id) => graph.compensationOf(id));
  const failureRows = playbook.edges
    .filter((edge) => edge.kind === 'failure')
    .map((edge) => [label(edge.source), label(edge.target)]);
  const implicit = playbook.nodes.filter((node) => node.kind === 'step' && !graph.edge(node.id, 'failure'));
  const checkpoints = playbook.nodes.flatMap((node) =>
    node.kind === 'checkpoint'
      ? [
          `${label(node.id)}: snapshot of ${node.entities.includes('*') ? 'all the data' : node.entities.join(', ')}`,
        ]
      : [],
  );
  const checks = playbook.nodes.flatMap((node) =>
    node.kind === 'check'
      ? [`${label(node.id)}: ${node.invariants.map((invariant) => describeInvariant(invariant)).join('; ')}`]
      : [],
  );
  const approvals = playbook.nodes.flatMap((node) =>
    node.kind === 'approval'
      ? [
          `${label(node.id)}: ${node.quorum} of ${roleNames(playbook, node.approvers)}${node.timeout ? `, timeout ${human(node.timeout)}` : ''}`,
        ]
      : [],
  );
  const drill = context.drill;
  return [
    {
      title: 'Technical appendix',
      level: 2,
      blocks: [{ kind: 'paragraph', text: `Playbook ${playbook.id}, revision ${playbook.revision}.` }],
    },
    {
      title: 'Steps and their undo',
      level: 3,
      blocks: [
        {
          kind: 'table',
          header: ['#', 'Step', 'System', 'Undo', 'Retry', 'Timeout', 'Idempotent'],
          rows: stepRows.filter((row) => row.length > 0),
        },
        {
          kind: 'paragraph',
          text:
            undoOrder.length > 0
              ? `A rollback undoes completed steps in reverse order of completion: ${undoOrder.map((id) => label(id)).join(' → ')}. Steps not completed on the path taken are skipped.`
              : 'No step has an undo.',
        },
      ],
    },
    {
      title: 'Checkpoints',
      level: 3,
      blocks: [{ kind: 'list', items: checkpoints.length > 0 ? checkpoints : ['None.'] }],
    },
    { title: 'Checks', level: 3, blocks: [{ kind: 'list', items: checks.length > 0 ? checks : ['None.'] }] },
    {
      title: 'Approvals during a run',
      level: 3,
      blocks: [{ kind: 'list', items: approvals.length > 0 ? approvals : ['None.'] }],
    },
    {
      title: 'Failure paths',
      level: 3,
      blocks: [
        { kind: 'table', header: ['When this fails', 'The run goes to'], rows: failureRows },
        ...(implicit.length > 0
          ? [
              {
                kind: 'paragraph' as const,
                text: `No failure path (implicit rollback of every completed step, then the run ends as rolled back): ${implicit.map((node) => label(node.id)).join(', ')}.`,
              },
            ]
          : []),
      ],
    },
    {
      title: 'Evidence',
      level: 3,
      blocks: [
        {
          kind: 'list',
          items: [
            `Latest drill: ${
              drill
                ? `${drill.runs} runs, ${drill.consistent} consistent, ${drill.withinRto} within the RTO, ${drill.notReached} nodes not reached, worst recovery ${formatHumanDuration(drill.worstRecoveryMs)}${drill.at ? ` (${drill.at})` : ''}`
                : 'no drill of this version has run (run one in the designer, then export again)'
            }.`,
            `Content hash: ${context.contentHash ?? 'not computed by this export'}.`,
            `Approval status: ${(context.approvalStatus ?? 'not known to this export').replace(/\.$/, '')}.`,
            ...latestDecisions(playbook.review.approvals).map(
              (approval) =>
                `${approval.decision} by ${approval.reviewer} (${approval.role}) at ${approval.at}${context.contentHash ? (approval.contentHash === context.contentHash ? ', for this version' : ', for an earlier version') : ''}${approval.comment ? `: ${approval.comment}` : ''}`,
            ),
          ],
        },
      ],
    },
  ];
}

/**
 * Each reviewer's latest decision per version: a decision the same reviewer replaced on the same
 * version (spec 8: their latest counts) is not listed again, so one approval reads once.
 */
function latestDecisions(records: readonly ApprovalRecord[]): ApprovalRecord[] {
  const key = (record: ApprovalRecord) =>
    `${record.reviewer.trim().toLowerCase()}\u0000${record.contentHash}`;
  const latest = new Map<string, number>();
  records.forEach((record, index) => {
    const previous = latest.get(key(record));
    if (previous === undefined || Date.parse(record.at) >= Date.parse(records[previous]!.at))
      latest.set(key(record), index);
  });
  return records.filter((record, index) => latest.get(key(record)) === index);
}

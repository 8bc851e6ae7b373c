import { parsePlaybook } from '../../domain/parse';
import type { PlaybookInput } from '../../domain/types';
import type { IrStep, IrWorkflow } from '../ir';
import type { ImportError, ReportEntry } from '../types';
import {
  type EdgeInput,
  type EmitContext,
  emitFlowNode,
  type NodeInput,
  OWNER_ROLE,
  type Placed,
} from './emit';
import { EntityGuesses } from './entities';
import { buildFlowGraph, END_ID, type FlowGraph, type FlowNode, type SlotName, START_ID } from './flowGraph';
import { IdAllocator, label, slug } from './ids';
import { ReportCollector } from './report';
import { pruneUnreached, removeLoops, serializeBranches } from './serialize';
import { assignStickyNotes } from './stickyNotes';

export type BuildOutcome =
  | { ok: true; playbook: import('../../domain/types').Playbook; report: ReportEntry[] }
  | { ok: false; error: ImportError };

const PLATFORM_NAMES: Readonly<Record<IrWorkflow['format'], string>> = {
  n8n: 'n8n',
  make: 'Make',
  'power-automate': 'Power Automate',
  asl: 'Step Functions',
  bpmn: 'BPMN',
  'serverless-workflow': 'Serverless Workflow',
};

/**
 * The one builder (issue 14 items 1, 4, 5): a platform-neutral workflow becomes a playbook that
 * validates and that the simulator can run, with compensations, checkpoints and approvals
 * proposed from what each step does, guessed entities with sample data, and a report entry for
 * every element of the source. Never throws for any workflow.
 */
export function buildPlaybook(workflow: IrWorkflow): BuildOutcome {
  if (workflow.steps.length === 0)
    return { ok: false, error: { kind: 'empty', message: 'The workflow has no steps to import' } };
  if (workflow.steps.every((step) => step.disabled))
    return {
      ok: false,
      error: { kind: 'empty', message: 'Every step of the workflow is disabled: nothing to import' },
    };

  const platform = PLATFORM_NAMES[workflow.format];
  const report = new ReportCollector(workflow);
  const graph = buildFlowGraph(workflow);
  const loops = removeLoops(graph);
  serializeBranches(graph);
  const cutOff = pruneUnreached(graph);
  for (const node of graph.nodes.values()) {
    if (
      node.step?.role === 'action' &&
      node.step.continueOnFailure &&
      !(node.slots.get('failure') ?? []).length
    )
      node.slots.set('failure', [...(node.slots.get('next') ?? [])]);
  }

  const ids = new IdAllocator();
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const entities = new EntityGuesses();
  const sticky = assignStickyNotes(workflow, graph);
  let restoreTail: string | null = null;
  const ctx: EmitContext = {
    ids,
    entities,
    nodes,
    edges,
    platform,
    stickyText: sticky.byStep,
    report: (step, level, sentence, node) => report.step(step, level, sentence, node),
    reportUndo: (entry) => report.add(entry),
    afterRestore: () => {
      restoreTail ??= emitRestoreTail(ids, nodes, edges);
      return restoreTail;
    },
  };

  // 1. Nodes, in the source's order (the drill takes steps in node order), a Switch's tests after it.
  const placed = new Map<string, Placed>();
  if (graph.nodes.has(START_ID)) placed.set(START_ID, emitStart(ctx));
  for (const step of workflow.steps) {
    for (const flow of flowNodesOf(graph, step)) placed.set(flow.id, emitFlowNode(flow, step, ctx));
  }
  // The shared end, only when some path needs it (an unused end would be unreachable).
  const usesEnd = [...graph.nodes.values()].some((flow) =>
    [...flow.slots.values()].some((targets) => targets.includes(END_ID)),
  );
  const endId = usesEnd ? ids.fromName('Workflow finished') : null;
  if (endId)
    nodes.push({
      id: endId,
      kind: 'end',
      label: 'Workflow finished',
      outcome: 'completed',
      ...endPosition(workflow),
    });

  // 2. Edges from the flow's slots.
  for (const [id, flow] of graph.nodes) {
    const from = placed.get(id);
    if (!from) continue;
    for (const slot of ['next', 'true', 'false', 'failure'] as const satisfies readonly SlotName[]) {
      for (const target of flow.slots.get(slot) ?? []) {
        const to = target === END_ID ? endId : placed.get(target)?.entry;
        if (to) edges.push(edgeOf(ids.edge(), from.exit, to, slot, flow));
      }
    }
  }

  // 3. The report: what was left out, and what was guessed for the whole workflow.
  reportOmissions(workflow, graph, loops, report, platform);
  for (const flow of cutOff) {
    if (flow.step && (flow.caseIndex ?? 0) === 0)
      report.step(
        flow.step,
        'warning',
        'It runs only after a parallel branch that always stops the workflow, so it never runs: left out of the playbook.',
      );
  }
  for (const entry of sticky.entries) report.add(entry);
  const triggers = nodes.filter((node) => node.kind === 'trigger');
  report.aboutWorkflow(
    'info',
    `Imported from ${platform}: ${workflow.steps.length} steps became ${nodes.length} playbook nodes. Guessed: one role, "${OWNER_ROLE}" (Workflow owner), owns every step, starts every trigger and approves: rename it or add your team's roles.`,
  );
  if (graph.addedStart)
    report.aboutWorkflow(
      'warning',
      'The workflow has no trigger: a manual start ("Start") was added before its first steps.',
    );
  if (triggers.length > 1)
    report.aboutWorkflow(
      'info',
      `It has ${triggers.length} triggers: one scenario per trigger rehearses each of them.`,
    );
  if (entities.list().length > 0)
    report.aboutWorkflow(
      'info',
      `Guessed ${entities.list().length} entit${entities.list().length === 1 ? 'y' : 'ies'} from what the steps write (${entities
        .list()
        .map((entity) => `"${entity.name}"`)
        .join(', ')}), each with 2 sample records, so a dry run can start at once.`,
    );

  const input: PlaybookInput = {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: slug(workflow.name) || 'imported-workflow',
    name: label(workflow.name).slice(0, 200),
    ...(descriptionOf(workflow, sticky.unplaced) ?? {}),
    metadata: { tags: ['imported', workflow.format] },
    roles: [{ id: OWNER_ROLE, name: 'Workflow owner', permissions: ['initiate', 'approve', 'execute'] }],
    dataModel: { entities: entities.list() },
    dataset: entities.dataset(),
    nodes,
    edges,
    scenarios:
      triggers.length > 1
        ? triggers.map((trigger) => ({
            id: ids.fromName(`from ${trigger.id}`),
            name: label(`Started by ${trigger.label}`),
            trigger: trigger.id,
          }))
        : [],
    'x-imported-from': {
      format: workflow.format,
      workflow: workflow.name,
      ...(workflow.sourceId !== undefined ? { id: workflow.sourceId } : {}),
    },
  };
  const parsed = parsePlaybook(input);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message: `The imported playbook does not validate (please report this): ${first?.message ?? 'unknown error'}`,
        ...(first ? { path: first.path } : {}),
      },
    };
  }
  return { ok: true, playbook: parsed.playbook, report: report.entries() };
}

/** A step's flow nodes: itself, and for a Switch its further tests in order. */
function flowNodesOf(graph: FlowGraph, step: IrStep): FlowNode[] {
  const head = graph.nodes.get(step.key);
  if (!head) return [];
  return [head, ...(head.tests ?? []).filter((test) => graph.nodes.has(test.id))];
}

/**
 * After a restore: check the data, tell the owner, end "restored". Shared by every restore, so the
 * recovery path is verified and announced (lint: verify-after-recovery, notify-before-bad-end).
 */
function emitRestoreTail(ids: IdAllocator, nodes: NodeInput[], edges: EdgeInput[]): string {
  const check = ids.fromName('Check the restored data');
  const notify = ids.fromName('Tell the owner the data was restored');
  const end = ids.fromName('Restored from the snapshot');
  nodes.push(
    { id: check, kind: 'check', label: 'Check the restored data', invariants: [{ type: 'model' }] },
    {
      id: notify,
      kind: 'notify',
      label: 'Tell the owner the data was restored',
      channel: 'email',
      audience: 'Workflow owner',
      message:
        '{{playbook.name}}: an undo failed at {{run.failedNode}}, so the data was restored from the snapshot.',
    },
    { id: end, kind: 'end', label: 'Restored from the snapshot', outcome: 'restored' },
  );
  edges.push(
    { id: ids.edge(), source: check, target: notify, kind: 'next' },
    { id: ids.edge(), source: notify, target: end, kind: 'next' },
  );
  return check;
}

function emitStart(ctx: EmitContext): Placed {
  const id = ctx.ids.fromName('Start');
  ctx.nodes.push({ id, kind: 'trigger', label: 'Start', signal: 'manual', initiators: [OWNER_ROLE] });
  return { entry: id, exit: id };
}

function edgeOf(id: string, source: string, target: string, slot: SlotName, flow: FlowNode): EdgeInput {
  if (slot === 'next' || slot === 'failure') return { id, source, target, kind: slot };
  const when = slot === 'true';
  const text = flow.branchLabels?.[slot];
  return { id, source, target, kind: 'branch', when, ...(text ? { label: text } : {}) };
}

function endPosition(workflow: IrWorkflow): { position?: { x: number; y: number } } {
  const placed = workflow.steps.flatMap((step) => (step.position ? [step.position] : []));
  if (placed.length === 0) return {};
  return { position: { x: Math.max(...placed.map((p) => p.x)) + 260, y: placed[0]!.y } };
}

function descriptionOf(workflow: IrWorkflow, notes: string[]): { description: string } | undefined {
  const texts = [workflow.description ?? '', ...notes].filter((text) => text.trim() !== '');
  return texts.length > 0 ? { description: texts.join('\n\n') } : undefined;
}

function reportOmissions(
  workflow: IrWorkflow,
  graph: FlowGraph,
  loops: [string, string][],
  report: ReportCollector,
  platform: string,
) {
  for (const step of graph.disabled)
    report.step(
      step,
      'warning',
      `Disabled in ${platform}, so it never runs: left out of the playbook, its links joined through.`,
    );
  for (const step of graph.unreachable)
    report.step(step, 'warning', 'No trigger leads to it, so it never runs: left out of the playbook.');
  const steps = new Map(workflow.steps.map((step) => [step.key, step]));
  for (const [key, notes] of graph.dropped) {
    const step = steps.get(key);
    if (step)
      for (const text of notes) report.step(step, 'warning', `${text[0]!.toUpperCase()}${text.slice(1)}.`);
  }
  for (const [from, to] of loops) {
    const step = graph.nodes.get(from)?.step;
    const target = graph.nodes.get(to)?.step;
    if (step)
      report.step(
        step,
        'warning',
        `It loops back to "${target?.source.name ?? to}": a playbook walks the loop once (one batch of items), so that link is not drawn.`,
      );
  }
}

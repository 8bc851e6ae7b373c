import type { PlaybookNode } from '../../domain/types';
import type { PlaybookGraph } from '../plan/playbookGraph';

const isForward = (edge: { kind: string }) => edge.kind === 'next' || edge.kind === 'branch';

/**
 * The nodes of the forward workflow a failure can stop at: reached from a trigger by `next` and
 * `branch` edges, triggers and ends left out, in the playbook's node order.
 */
export function forwardNodes(graph: PlaybookGraph): PlaybookNode[] {
  const { nodes } = graph.playbook;
  const reached = new Set(nodes.filter((node) => node.kind === 'trigger').map((node) => node.id));
  const pending = [...reached];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const edge of graph.outgoing(id)) {
      if (!isForward(edge) || reached.has(edge.target)) continue;
      reached.add(edge.target);
      pending.push(edge.target);
    }
  }
  return nodes.filter((node) => reached.has(node.id) && node.kind !== 'trigger' && node.kind !== 'end');
}

/**
 * For each forward node, the labels of the steps that run before it: its step ancestors, in the
 * playbook's step order. A failure at that node means those steps completed. An approval or a
 * snapshot can fail too, so every forward node is listed, not only the steps.
 */
export function stepsBefore(
  graph: PlaybookGraph,
  forward: readonly PlaybookNode[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const node of forward) {
    const ancestors = new Set<string>();
    const pending = graph
      .incoming(node.id)
      .filter(isForward)
      .map((edge) => edge.source);
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (ancestors.has(id)) continue;
      ancestors.add(id);
      for (const edge of graph.incoming(id)) if (isForward(edge)) pending.push(edge.source);
    }
    out[node.label] = graph.stepOrder
      .filter((id) => ancestors.has(id) && id !== node.id)
      .map((id) => graph.node(id).label);
  }
  return out;
}

/** The kinds that can fail in a playbook (spec section 4); the others have no failure path. */
const CAN_FAIL = new Set<PlaybookNode['kind']>(['step', 'check', 'approval', 'restore']);

/**
 * Forward nodes whose failure does not lead to a rollback in the playbook (spec section 4), with
 * what the playbook does instead: a failure edge to another node, or, for a node that is not a step
 * and has no failure edge, the run ends as failed. The Code node stops on these rather than undo
 * steps the playbook would leave alone.
 */
export function failuresWithoutRollback(
  graph: PlaybookGraph,
  forward: readonly PlaybookNode[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const node of forward) {
    if (!CAN_FAIL.has(node.kind)) continue;
    const edge = graph.edge(node.id, 'failure');
    const target = edge ? graph.node(edge.target) : undefined;
    if (target?.kind === 'rollback') continue;
    if (target)
      out[node.label] = `the playbook goes on to "${target.label}" instead, which this workflow does not run`;
    else if (node.kind !== 'step') out[node.label] = 'the playbook ends the run as failed and undoes nothing';
  }
  return out;
}

/**
 * The JavaScript of the Code node that works out which steps completed. From the Error Trigger it
 * reads `execution.lastNodeExecuted` (the node that failed; n8n documents it in the Error Trigger's
 * output) and looks up the steps that run before that node; from the Manual Trigger (a drill) it
 * uses `drillCompleted`, every step unless the author shortens the list. A failed node the playbook
 * does not have stops the run with a message instead of guessing: undoing a step that never ran can
 * do harm (refunding a payment never taken).
 */
export function completedStepsCode(
  playbookName: string,
  steps: readonly string[],
  before: Record<string, string[]>,
  noRollback: Record<string, string>,
): string {
  return [
    `// Rollbook: which steps of "${playbookName.replace(/[\r\n]/g, ' ')}" completed before the failure.`,
    "// The steps in the order they run; their names are the forward workflow's node names.",
    `const steps = ${JSON.stringify(steps, null, 2)};`,
    '// For each node of the forward workflow, the steps that run before it.',
    `const stepsBefore = ${JSON.stringify(before, null, 2)};`,
    '// For a drill (the manual trigger): the steps to treat as completed.',
    'const drillCompleted = steps;',
    'const input = $input.first().json;',
    'const failed = input.execution?.lastNodeExecuted;',
    'if (failed === undefined) return [{ json: { completed: drillCompleted, failed: null } }];',
    '// Failures the playbook does not roll back, and what it does instead.',
    `const noRollback = ${JSON.stringify(noRollback, null, 2)};`,
    'if (noRollback[failed] !== undefined) {',
    "  throw new Error('Rollbook: when \"' + failed + '\" fails, ' + noRollback[failed] + '.');",
    '}',
    'const completed = stepsBefore[failed];',
    'if (completed === undefined) {',
    "  throw new Error('Rollbook: the failed node \"' + failed + '\" is not in the playbook (' + Object.keys(stepsBefore).join(\", \") + '); find out which steps completed and run the drill trigger with them.');",
    '}',
    'return [{ json: { completed, failed, execution: input.execution } }];',
  ].join('\n');
}

import type { Playbook } from '../../domain/types';

/**
 * For each node of the forward workflow (reached from a trigger by `next` and `branch` edges), the
 * labels of the steps that run before it: its step ancestors, in the playbook's step order. A
 * failure at that node means those steps completed. An approval or a snapshot can fail too, so
 * every forward node is listed, not only the steps.
 */
export function stepsBefore(playbook: Playbook, stepOrder: readonly string[]): Record<string, string[]> {
  const forward = playbook.edges.filter((edge) => edge.kind === 'next' || edge.kind === 'branch');
  const parents = new Map<string, string[]>();
  for (const edge of forward) parents.set(edge.target, [...(parents.get(edge.target) ?? []), edge.source]);
  const reached = new Set(playbook.nodes.filter((node) => node.kind === 'trigger').map((node) => node.id));
  for (let grown = true; grown; ) {
    grown = false;
    for (const edge of forward)
      if (reached.has(edge.source) && !reached.has(edge.target)) {
        reached.add(edge.target);
        grown = true;
      }
  }
  const byId = new Map(playbook.nodes.map((node) => [node.id, node]));
  const out: Record<string, string[]> = {};
  for (const node of playbook.nodes) {
    if (!reached.has(node.id) || node.kind === 'trigger' || node.kind === 'end') continue;
    const ancestors = new Set<string>();
    const queue = [...(parents.get(node.id) ?? [])];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (ancestors.has(id)) continue;
      ancestors.add(id);
      queue.push(...(parents.get(id) ?? []));
    }
    out[node.label] = stepOrder
      .filter((id) => ancestors.has(id) && id !== node.id)
      .map((id) => byId.get(id)!.label);
  }
  return out;
}

/**
 * Forward nodes whose failure does not lead to a rollback in the playbook (spec section 4), with
 * what the playbook does instead: a failure edge to another node, or, for a node that is not a step
 * and has no failure edge, the run ends as failed. The Code node stops on these rather than undo
 * steps the playbook would leave alone.
 */
export function failuresWithoutRollback(
  playbook: Playbook,
  forward: Iterable<string>,
): Record<string, string> {
  const byId = new Map(playbook.nodes.map((node) => [node.id, node]));
  const out: Record<string, string> = {};
  for (const label of forward) {
    const node = playbook.nodes.find((candidate) => candidate.label === label);
    // Only these kinds can fail in a playbook (spec section 4); the others have no failure path.
    if (!node || !['step', 'check', 'approval', 'restore'].includes(node.kind)) continue;
    const edge = playbook.edges.find(
      (candidate) => candidate.source === node.id && candidate.kind === 'failure',
    );
    const target = edge ? byId.get(edge.target) : undefined;
    if (target?.kind === 'rollback') continue;
    if (target)
      out[label] = `the playbook goes on to "${target.label}" instead, which this workflow does not run`;
    else if (node.kind !== 'step') out[label] = 'the playbook ends the run as failed and undoes nothing';
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

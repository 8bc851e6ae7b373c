/**
 * The JavaScript of the Code node that works out which steps completed. From the Error Trigger it
 * reads `execution.lastNodeExecuted` (the node that failed; n8n documents it in the Error Trigger's
 * output) and counts the steps before it in the playbook's order as completed; from the Manual
 * Trigger (a drill) it uses `drillCompleted`, every step unless the author shortens the list.
 * A failed node that is not a step stops the run with a message instead of guessing: undoing a
 * step that never ran can do harm (refunding a payment never taken).
 */
export function completedStepsCode(playbookName: string, steps: readonly string[]): string {
  return [
    `// Rollbook: which steps of "${playbookName.replace(/[\r\n]/g, ' ')}" completed before the failure.`,
    "// The steps in the order they run; their names are the forward workflow's node names.",
    `const steps = ${JSON.stringify(steps, null, 2)};`,
    '// For a drill (the manual trigger): the steps to treat as completed.',
    'const drillCompleted = steps;',
    'const input = $input.first().json;',
    'const failed = input.execution?.lastNodeExecuted;',
    'if (failed === undefined) return [{ json: { completed: drillCompleted, failed: null } }];',
    'const at = steps.indexOf(failed);',
    'if (at === -1) {',
    "  throw new Error('Rollbook: the failed node \"' + failed + '\" is not one of the playbook\\'s steps (' + steps.join(\", \") + '); find out which steps completed and run the drill trigger with them.');",
    '}',
    'return [{ json: { completed: steps.slice(0, at), failed, execution: input.execution } }];',
  ].join('\n');
}

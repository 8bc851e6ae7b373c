import type { IrLink, IrMessage, IrRemark, IrStep, IrUndo, IrWorkflow } from '../ir';
import { field, text } from '../json';
import type { ParseOutcome } from '../registry';
import { flattenMachine, nextOf } from './flatten';
import { forwardStates, type Rollback, readSagas } from './saga';
import { addLinks, type LinkContext } from './stateLinks';
import { copyRemark, isTerminalType, sourceOf, stepOf } from './stateSteps';
import { catchTargets, commentOf, nodeIdOf, retryOf, rollbookPayload, timeoutMsOf } from './taskDetails';

/**
 * A state machine as the neutral workflow: Tasks are actions (Retry → retry policy, Catch →
 * failure links, TimeoutSeconds → timeout), task-token waits approvals, Choice decisions, Wait
 * waits, Parallel and Map run their branches one after the other, Succeed and Fail ends, and a
 * saga's undo chain the compensations of the steps before it.
 */
export function parseStateMachine(definition: Record<string, unknown>, name?: string): ParseOutcome {
  const machine = flattenMachine(definition);
  if (machine.states.length === 0)
    return {
      ok: false,
      error: { kind: 'empty', message: 'The state machine has no states', path: '/States' },
    };
  if (!machine.start)
    return {
      ok: false,
      error: { kind: 'invalid', message: 'StartAt names no state of the machine', path: '/StartAt' },
    };
  const forward = forwardStates(machine);
  const saga = readSagas(machine, forward);
  const rollbackOf = new Map<string, Rollback>();
  for (const rollback of saga.rollbackAt.values()) {
    rollbackOf.set(rollback.source.key, rollback);
    for (const folded of rollback.folded) rollbackOf.set(folded.key, rollback);
  }

  // Rollbook's export repeats a node once per compensation stack: one key per node merges them.
  const keyOf = new Map<string, string>();
  for (const flat of machine.states) {
    const node = nodeIdOf(flat.state);
    const rollback = rollbackOf.get(flat.key);
    keyOf.set(flat.key, rollback ? rollback.key : node !== undefined ? `node:${node}` : flat.key);
  }
  // A Rollbook decision is a Task that evaluates the condition, then a Choice: one decision.
  for (const flat of machine.states) {
    if (rollbookPayload(flat.state)?.action !== 'decision') continue;
    const choice = nextOf(flat);
    if (choice && text(field(machine.byKey.get(choice)?.state, 'Type')) === 'Choice')
      keyOf.set(choice, keyOf.get(flat.key)!);
  }
  const key = (flatKey: string | undefined) => (flatKey === undefined ? undefined : keyOf.get(flatKey));

  const steps: IrStep[] = [];
  const links: IrLink[] = [];
  const remarks: IrRemark[] = [];
  const emitted = new Set<string>();
  const context: LinkContext = { machine, links, key, rollbackOf, saga };
  const undos = new Map<string, IrUndo>();
  for (const [undoKey, stepKey] of saga.undoOf) {
    const flat = machine.byKey.get(undoKey)!;
    const { retry, messages } = retryOf(flat.state);
    const timeoutMs = timeoutMsOf(flat.state);
    const dropped: IrMessage[] =
      catchTargets(flat.state).length > 0
        ? [
            {
              level: 'warning',
              message:
                'Its Catch is not kept: a failed undo ends the rollback "rollback_incomplete" unless you add a failure path.',
            },
          ]
        : [];
    if (!undos.has(stepKey))
      undos.set(stepKey, {
        source: sourceOf(flat),
        ...(retry ? { retry } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
        messages: [...messages, ...dropped],
      });
    else remarks.push(copyRemark(flat, stepKey));
  }

  for (const flat of machine.states) {
    const irKey = keyOf.get(flat.key)!;
    if (saga.undoOf.has(flat.key)) {
      if (undos.get(saga.undoOf.get(flat.key)!)?.source.id !== flat.name)
        remarks.push(copyRemark(flat, saga.undoOf.get(flat.key)!));
      continue;
    }
    const rollback = rollbackOf.get(flat.key);
    if (rollback && flat !== rollback.source) {
      const task = text(field(flat.state, 'Type')) === 'Task';
      remarks.push({
        level: task ? 'warning' : 'info',
        source: sourceOf(flat),
        message: isTerminalType(flat)
          ? 'Where the rollback ends: part of the rollback.'
          : task
            ? 'It runs after the undos, before the run ends: not drawn (a playbook rollback goes straight to its end). If it tells people, add a notify on the failure path.'
            : 'Part of the rollback.',
        attachedTo: rollback.key,
      });
      continue;
    }
    const after = nextOf(flat);
    if (
      rollbookPayload(flat.state)?.action === 'decision' &&
      after &&
      keyOf.get(after) === irKey &&
      !emitted.has(irKey)
    ) {
      // Folded into the Choice after it, which carries its key and its links.
      remarks.push({
        ...copyRemark(flat, irKey),
        message: "Evaluates the decision's condition: part of the decision.",
      });
      continue;
    }
    if (emitted.has(irKey)) {
      remarks.push(copyRemark(flat, irKey));
      addLinks(flat, irKey, context);
      continue;
    }
    emitted.add(irKey);
    if (rollback) {
      steps.push({ key: irKey, role: 'end', outcome: 'rolled_back', source: sourceOf(flat) });
      continue;
    }
    const step = stepOf(flat, irKey, undos.get(irKey));
    steps.push(step);
    addLinks(flat, irKey, context);
  }
  for (const broken of machine.broken)
    remarks.push({
      level: 'warning',
      source: { id: broken.name, name: broken.name, type: 'state' },
      message: `Not a state object (at ${broken.path}): left out.`,
    });
  const comment = commentOf(definition);
  return {
    ok: true,
    workflow: {
      format: 'asl',
      name: name ?? (comment ? comment.replace(/ \(Rollbook playbook .*\)$/, '') : 'State machine'),
      ...(comment ? { description: comment } : {}),
      steps,
      links,
      notes: [],
      remarks,
    } satisfies IrWorkflow,
  };
}

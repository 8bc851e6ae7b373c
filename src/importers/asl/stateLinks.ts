import type { IrLink } from '../ir';
import { field, isRecord, list, text } from '../json';
import { branchStartsOf, type FlatMachine, type FlatState, nextOf } from './flatten';
import type { Rollback, readSagas } from './saga';
import { catchTargets } from './taskDetails';

export interface LinkContext {
  machine: FlatMachine;
  links: IrLink[];
  key: (flatKey: string | undefined) => string | undefined;
  rollbackOf: Map<string, Rollback>;
  saga: ReturnType<typeof readSagas>;
}

/** The links leaving one state: Next (or its branches), a Choice's choices, its first Catch. */
export function addLinks(flat: FlatState, from: string, context: LinkContext) {
  const { links, key, rollbackOf, saga } = context;
  const push = (to: string | undefined, kind: IrLink['kind'], branch?: number) => {
    if (to === undefined || to === from) return;
    if (links.some((l) => l.from === from && l.to === to && l.kind === kind && l.branch === branch)) return;
    links.push({ from, to, kind, ...(branch === undefined ? {} : { branch }) });
  };
  const type = text(field(flat.state, 'Type'));
  if (type === 'Choice') {
    const choices = list(field(flat.state, 'Choices')).filter(isRecord);
    choices.forEach((choice, index) => {
      push(key(flat.resolve(text(field(choice, 'Next')) ?? '')), 'branch', index);
    });
    const fallback = text(field(flat.state, 'Default'));
    if (fallback !== undefined) push(key(flat.resolve(fallback)), 'branch', choices.length);
    return;
  }
  for (const start of branchStartsOf(flat)) push(key(start), 'next');
  if (branchStartsOf(flat).length === 0) push(key(nextOf(flat)), 'next');
  const first = catchTargets(flat.state)[0];
  if (first) {
    const target = flat.resolve(first.next);
    const rollback = target ? (saga.rollbackAt.get(target) ?? rollbackOf.get(target)) : undefined;
    const failed = target !== undefined && noFailurePath(context.machine, target);
    // Rollbook's implicit rollback, or its "no failure path" end, is what a playbook does anyway
    // when a step has no failure path: no link.
    if (!rollback?.implicit && !failed) push(rollback ? rollback.key : key(target), 'failure');
  }
}

/** Rollbook's export ends a node without a failure path at a Fail whose Cause says so. */
function noFailurePath(machine: FlatMachine, target: string): boolean {
  const state = machine.byKey.get(target)?.state;
  return (
    text(field(state, 'Type')) === 'Fail' &&
    text(field(state, 'Error')) === 'Rollbook.Failed' &&
    / has no failure path$/.test(text(field(state, 'Cause')) ?? '')
  );
}
